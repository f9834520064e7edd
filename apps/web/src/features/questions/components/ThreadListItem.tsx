import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconMessage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ThreadSummaryFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../hooks/useLanguage';
import { formatDateTime } from '../../../lib/format';
import classes from './ThreadListItem.module.css';

export interface ThreadListItemProps {
  thread: ThreadSummaryFieldsFragment;
  showGroup?: boolean;
}

export function ThreadListItem({ thread, showGroup = true }: ThreadListItemProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const answered = thread.acceptedAnswer !== null;
  return (
    <Paper component="li" withBorder p="md" radius="md" className={classes.item}>
      <Stack gap={6}>
        <Text fw={700} fz="lg" lh={1.3}>
          <Link to={`/vragen/${thread.id}`} className={classes.link}>
            {thread.title}
          </Link>
        </Text>
        <Group gap="xs" wrap="wrap">
          {answered ? (
            <Badge
              color="green"
              variant="light"
              c="dark.8"
              leftSection={<IconCircleCheck size={14} aria-hidden="true" />}
            >
              {t('questions.list.solved')}
            </Badge>
          ) : null}
          <Badge
            color={thread.answerCount === 0 ? 'yellow' : 'gray'}
            variant="light"
            c="dark.8"
            leftSection={<IconMessage size={14} aria-hidden="true" />}
          >
            {t('questions.list.answers', { count: thread.answerCount })}
          </Badge>
          {thread.hidden ? (
            <Badge color="red" variant="light">
              {t('questions.hidden')}
            </Badge>
          ) : null}
          {thread.domains.map((domain) => (
            <Badge key={domain.slug} variant="outline" color="blue">
              {domain.label}
            </Badge>
          ))}
        </Group>
        <Text size="sm" c="dimmed">
          {t('questions.list.meta', {
            author: thread.author.name,
            date: formatDateTime(thread.lastActivityAt, language),
          })}
          {showGroup ? ` · ${thread.group?.name ?? t('questions.board')}` : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
