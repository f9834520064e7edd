import { Box, Text } from '@mantine/core';

import { useLanguage } from '../../../hooks/useLanguage';
import { dateBlockParts } from '../lib/datetime';
import classes from './EventCard.module.css';

/** The calendar-leaf date on a card; screen readers hear the full date instead. */
export function EventDateBlock({ startsAt }: { startsAt: string }) {
  const { language } = useLanguage();
  const parts = dateBlockParts(startsAt, language);
  return (
    <Box className={classes.dateBlock}>
      <span className={classes.visuallyHidden}>{parts.full}</span>
      <Text component="span" size="xs" fw={600} tt="uppercase" aria-hidden="true">
        {parts.weekday}
      </Text>
      <Text component="span" fz={26} fw={800} lh={1.1} aria-hidden="true">
        {parts.day}
      </Text>
      <Text component="span" size="sm" fw={600} aria-hidden="true">
        {parts.month}
      </Text>
      {parts.year ? (
        <Text component="span" size="xs" fw={700} aria-hidden="true">
          {parts.year}
        </Text>
      ) : null}
    </Box>
  );
}
