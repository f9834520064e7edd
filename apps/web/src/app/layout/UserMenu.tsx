import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconBellCog, IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useSignOut } from '../../features/auth';
import type { CurrentMember } from '../../hooks/useCurrentMember';
import classes from './UserMenu.module.css';

export interface UserMenuProps {
  member: CurrentMember;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

export function UserMenu({ member }: UserMenuProps) {
  const { t } = useTranslation();
  const { signOut, signingOut } = useSignOut();

  return (
    <Menu position="bottom-end" shadow="md" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton className={classes.trigger}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="blue" variant="filled" radius="xl" size={32} aria-hidden="true">
              {initials(member.name)}
            </Avatar>
            {/* Name and purpose form the accessible name; the name is only visible on wide screens. */}
            <span className={classes.name}>{member.name}</span>
            <VisuallyHidden>{t('userMenu.label')}</VisuallyHidden>
            <IconChevronDown size={14} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('userMenu.signedInAs')}</Menu.Label>
        <div className={classes.identity}>
          <Text size="sm" fw={600} truncate="end">
            {member.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {member.email}
          </Text>
        </div>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/profiel"
          leftSection={<IconUserCircle size={16} aria-hidden="true" />}
        >
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/instellingen/meldingen"
          leftSection={<IconBellCog size={16} aria-hidden="true" />}
        >
          {t('settings.menuLink')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden="true" />}
          onClick={() => void signOut()}
          disabled={signingOut}
        >
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
