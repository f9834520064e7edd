import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Group,
  Menu,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconDots,
  IconMailForward,
  IconUserCheck,
  IconUserCog,
  IconUserOff,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { EmailAddress } from '../../../components/EmailAddress';
import { ScrollableTable } from '../../../components/ScrollableTable';
import type { AdminMemberFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { STATUS_COLORS } from '../options';

export type MemberAction = 'changeRole' | 'resendInvitation' | 'deactivate' | 'reactivate';

export interface MembersTableProps {
  members: readonly AdminMemberFieldsFragment[];
  /** Show skeleton rows instead of members (first load). */
  loading?: boolean;
  /** New results are on their way (filter or page change): the rows shown are stale. */
  refreshing?: boolean;
  /** The signed-in admin: cannot deactivate or demote themselves from here. */
  currentMemberId?: string;
  onAction: (action: MemberAction, member: AdminMemberFieldsFragment) => void;
}

const COLUMN_COUNT = 7;

function SkeletonRows() {
  return (
    <>
      {Array.from({ length: 5 }, (_, row) => (
        <Table.Tr key={row}>
          {Array.from({ length: COLUMN_COUNT }, (_, cell) => (
            <Table.Td key={cell}>
              <Skeleton height={14} radius="sm" />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
}

interface MemberActionsMenuProps {
  member: AdminMemberFieldsFragment;
  isSelf: boolean;
  onAction: MembersTableProps['onAction'];
  /** A full-width button (phone cards) instead of an icon. */
  big?: boolean;
}

function MemberActionsMenu({ member, isSelf, onAction, big = false }: MemberActionsMenuProps) {
  const { t } = useTranslation();
  const label = t('admin.members.actionsFor', { name: member.name });
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        {big ? (
          <Button
            variant="default"
            fullWidth
            size="md"
            leftSection={<IconDots size={18} aria-hidden="true" />}
            aria-label={label}
          >
            {t('admin.members.columns.actions')}
          </Button>
        ) : (
          <ActionIcon variant="subtle" color="gray" aria-label={label}>
            <IconDots size={18} aria-hidden="true" />
          </ActionIcon>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconUserCog size={16} aria-hidden="true" />}
          onClick={() => onAction('changeRole', member)}
        >
          {t('admin.role.menu')}
        </Menu.Item>
        {member.status === 'INVITED' ? (
          <Menu.Item
            leftSection={<IconMailForward size={16} aria-hidden="true" />}
            onClick={() => onAction('resendInvitation', member)}
          >
            {t('admin.resend.menu')}
          </Menu.Item>
        ) : null}
        {member.status === 'DEACTIVATED' ? (
          <Menu.Item
            leftSection={<IconUserCheck size={16} aria-hidden="true" />}
            onClick={() => onAction('reactivate', member)}
          >
            {t('admin.reactivate.menu')}
          </Menu.Item>
        ) : (
          <Menu.Item
            color="red"
            disabled={isSelf}
            leftSection={<IconUserOff size={16} aria-hidden="true" />}
            onClick={() => onAction('deactivate', member)}
          >
            {t('admin.deactivate.menu')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

function StatusBadge({ status }: { status: AdminMemberFieldsFragment['status'] }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Badge
      variant="dot"
      color={STATUS_COLORS[status]}
      tt="none"
      style={{ minWidth: 'max-content' }}
    >
      {t(`memberStatus.${status}`)}
    </Badge>
  );
}

/** On a phone: one card per member, name first, the actions as one big button. */
function MemberCards({
  members,
  loading,
  refreshing,
  currentMemberId,
  onAction,
}: MembersTableProps) {
  const { t, i18n } = useTranslation();
  if (loading) {
    return (
      <Stack gap="sm" role="status" aria-label={t('common.loading')}>
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} height={120} radius="md" />
        ))}
      </Stack>
    );
  }
  return (
    <Stack
      component="ul"
      gap="sm"
      m={0}
      p={0}
      aria-label={t('admin.members.caption')}
      aria-busy={refreshing}
      style={{ listStyle: 'none', opacity: refreshing ? 0.6 : 1 }}
    >
      {members.map((member) => (
        <Paper
          key={member.id}
          component="li"
          withBorder
          radius="md"
          p="sm"
          data-testid={`member-card-${member.id}`}
        >
          <Stack gap={4}>
            <Text fw={700}>{member.name}</Text>
            {member.email ? <EmailAddress size="sm" c="dimmed" email={member.email} /> : null}
            <Text size="sm">
              {[member.roleLabel, member.school?.name ?? t('admin.members.noSchool')].join(' · ')}
            </Text>
            <Group gap="xs">
              <StatusBadge status={member.status} />
              <Text size="sm">{t(`platformRole.${member.platformRole}`)}</Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t('admin.members.columns.lastLogin')}:{' '}
              {formatDateTime(member.lastLoginAt, i18n.language) ??
                t('admin.members.neverSignedIn')}
            </Text>
            <Box mt={6}>
              <MemberActionsMenu
                member={member}
                isSelf={member.id === currentMemberId}
                onAction={onAction}
                big
              />
            </Box>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

export function MembersTable(props: MembersTableProps) {
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  return wide ? <MembersGrid {...props} /> : <MemberCards {...props} />;
}

function MembersGrid({
  members,
  loading = false,
  refreshing = false,
  currentMemberId,
  onAction,
}: MembersTableProps) {
  const { t, i18n } = useTranslation();

  return (
    <ScrollableTable label={t('admin.members.caption')} minWidth={960}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="sm"
        aria-busy={loading || refreshing}
        style={{ opacity: refreshing ? 0.6 : 1, transition: 'opacity 120ms ease' }}
      >
        <VisuallyHidden component="caption">{t('admin.members.caption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.members.columns.member')}</Table.Th>
            <Table.Th scope="col">{t('admin.members.columns.school')}</Table.Th>
            <Table.Th scope="col">{t('admin.members.columns.jobRole')}</Table.Th>
            <Table.Th scope="col">{t('admin.members.columns.platformRole')}</Table.Th>
            <Table.Th scope="col">{t('admin.members.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('admin.members.columns.lastLogin')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('admin.members.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading ? (
            <SkeletonRows />
          ) : (
            members.map((member) => {
              const isSelf = member.id === currentMemberId;
              return (
                <Table.Tr key={member.id} data-testid={`member-row-${member.id}`}>
                  <Table.Td miw={220}>
                    <Stack gap={0}>
                      <Text fw={600} size="sm">
                        {member.name}
                      </Text>
                      {member.email ? (
                        <EmailAddress size="sm" c="dimmed" email={member.email} />
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {member.school ? (
                      <Text size="sm">{member.school.name}</Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('admin.members.noSchool')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{member.roleLabel}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`platformRole.${member.platformRole}`)}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <StatusBadge status={member.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={member.lastLoginAt ? undefined : 'dimmed'}>
                      {formatDateTime(member.lastLoginAt, i18n.language) ??
                        t('admin.members.neverSignedIn')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <MemberActionsMenu member={member} isSelf={isSelf} onAction={onAction} />
                  </Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
