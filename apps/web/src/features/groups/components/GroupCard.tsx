import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { GroupSummaryFieldsFragment } from '../../../gql/graphql';
import { GroupBadges } from './GroupBadges';
import classes from './GroupCard.module.css';
import { JoinButton } from './JoinButton';

/** Every card shows the same number of description lines, whatever else it holds. */
export const DESCRIPTION_LINES = 3;

export interface GroupCardProps {
  group: GroupSummaryFieldsFragment;
}

export function GroupCard({ group }: GroupCardProps) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder radius="md" p="md" className={classes.card}>
      <Stack gap="sm" h="100%">
        <Title order={2} fz="h4">
          <Link to={`/groepen/${group.slug}`} className={classes.link}>
            {group.name}
          </Link>
        </Title>
        <GroupBadges kind={group.kind} visibility={group.visibility} />
        {/* The box takes the card's spare height; the text itself stays at most three lines. */}
        <Box style={{ flex: 1 }}>
          <Text size="sm" lineClamp={DESCRIPTION_LINES} data-testid="group-description">
            {group.description || t('groups.noDescription')}
          </Text>
        </Box>
        <Group justify="space-between" gap="xs">
          <Group gap={4} c="dimmed">
            <IconUsers size={16} aria-hidden="true" />
            <Text size="sm">{t('groups.memberCount', { count: group.memberCount })}</Text>
          </Group>
          <JoinButton group={group} size="xs" />
        </Group>
      </Stack>
    </Paper>
  );
}
