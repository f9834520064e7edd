import type { ReactNode } from 'react';

import classes from './ScrollableTable.module.css';

export interface ScrollableTableProps {
  /** Accessible name of the scroll region, e.g. the table's caption. */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  children: ReactNode;
}

/**
 * Horizontal scrolling for wide tables on small screens. The region is focusable so that
 * keyboard users can scroll it too.
 */
export function ScrollableTable({ label, minWidth, children }: ScrollableTableProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className={classes.region} role="region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
