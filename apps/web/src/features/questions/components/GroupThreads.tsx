import { Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ThreadList } from './ThreadList';

export interface GroupThreadsProps {
  group: { id: string; slug: string; name: string };
  /** Only active members may ask in the group. */
  canAsk: boolean;
}

/** A group's questions, shown on the group page (composed there by the app's routes). */
export function GroupThreads({ group, canAsk }: GroupThreadsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={2} fz="h3">
          {t('questions.inGroup', { group: group.name })}
        </Title>
        {canAsk ? (
          <Button
            component={Link}
            to={`/vragen/nieuw?groep=${encodeURIComponent(group.slug)}`}
            leftSection={<IconPlus size={18} aria-hidden="true" />}
          >
            {t('questions.askButton')}
          </Button>
        ) : null}
      </Group>
      <ThreadList
        groupId={group.id}
        showDomainFilter={false}
        label={t('questions.inGroup', { group: group.name })}
      />
    </Stack>
  );
}
