import { Group, Text } from '@mantine/core';
import { Link } from 'react-router';

import classes from './Brand.module.css';

export interface BrandProps {
  /** Where the name links to. */
  to?: string;
  /** On a phone, show only the mark (the name stays the link's accessible name). */
  compactOnPhone?: boolean;
}

/** The Deelwijs name and mark, linking home. */
export function Brand({ to = '/', compactOnPhone = false }: BrandProps) {
  return (
    <Link to={to} className={classes.brand} data-compact={compactOnPhone || undefined}>
      <Group gap={8} wrap="nowrap">
        <svg className={classes.mark} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="7" fill="currentColor" />
          <path
            d="M9 8h6.5c5 0 8.5 3.2 8.5 8s-3.5 8-8.5 8H9z"
            fill="none"
            stroke="#fff"
            strokeWidth="3"
          />
        </svg>
        <Text component="span" fw={800} fz="xl" lh={1} className={classes.name}>
          Deelwijs
        </Text>
      </Group>
    </Link>
  );
}
