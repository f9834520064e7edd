import { Box } from '@mantine/core';
import {
  IconCalendarEvent,
  IconMessageQuestion,
  IconSearch,
  IconSettings,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import classes from './MainNav.module.css';

export interface MainNavProps {
  /** Beheer: for admins and moderators. */
  showAdmin: boolean;
  /** Shown after "Beheer", e.g. the number of open reports. */
  adminBadge?: ReactNode;
  orientation: 'horizontal' | 'vertical';
  /** Called after a link is followed (closes the mobile menu). */
  onNavigate?: () => void;
}

interface NavItem {
  to: string;
  labelKey: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean | 'true' }>;
  end?: boolean;
  adminOnly?: boolean;
}

const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.search', icon: IconSearch, end: true },
  { to: '/leden', labelKey: 'nav.colleagues', icon: IconUsers },
  { to: '/groepen', labelKey: 'nav.groups', icon: IconUsersGroup },
  { to: '/vragen', labelKey: 'nav.questions', icon: IconMessageQuestion },
  { to: '/agenda', labelKey: 'nav.agenda', icon: IconCalendarEvent },
  { to: '/profiel', labelKey: 'nav.profile', icon: IconUserCircle },
  { to: '/beheer', labelKey: 'nav.admin', icon: IconSettings, adminOnly: true },
];

/** The main navigation; react-router marks the current page with aria-current="page". */
export function MainNav({ showAdmin, adminBadge, orientation, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const items = NAV_ITEMS.filter((item) => showAdmin || !item.adminOnly);
  return (
    <Box component="ul" className={classes.list} data-orientation={orientation}>
      {items.map(({ to, labelKey, icon: Icon, end, adminOnly }) => (
        <li key={to}>
          <NavLink to={to} end={end} className={classes.link} onClick={onNavigate}>
            <Icon size={18} aria-hidden="true" />
            <span>{t(labelKey)}</span>
            {adminOnly ? adminBadge : null}
          </NavLink>
        </li>
      ))}
    </Box>
  );
}
