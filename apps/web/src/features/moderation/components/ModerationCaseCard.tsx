import { Anchor, Badge, Blockquote, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEyeOff, IconMail, IconThumbUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ModerationQueueQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';

export type ModerationItem = ModerationQueueQuery['moderationQueue']['nodes'][number];

export type ModerationAction = 'hide' | 'dismiss' | 'contact';

export interface ModerationCaseCardProps {
  item: ModerationItem;
  /** Leave out for resolved cases: they show who decided instead. */
  onAction?: (action: ModerationAction, item: ModerationItem) => void;
  busy?: boolean;
}

function Resolution({ item }: { item: ModerationItem }) {
  const { t, i18n } = useTranslation();
  if (!item.resolution) return null;
  const values = {
    name: item.resolvedBy?.name ?? t('moderation.someone'),
    date: formatDateTime(item.resolvedAt, i18n.language) ?? '',
  };
  return (
    <Text size="sm" fw={600}>
      {item.resolution === 'HIDDEN'
        ? t('moderation.resolvedHidden', values)
        : t('moderation.resolvedDismissed', values)}
    </Text>
  );
}

/** One reported post: what it says, who wrote it, why it was reported, and what to do. */
export function ModerationCaseCard({ item, onAction, busy = false }: ModerationCaseCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = `moderation-case-${item.id}`;
  const isAnswer = item.targetType === 'ANSWER';
  const heading = item.title
    ? isAnswer
      ? t('moderation.answerTo', { title: item.title })
      : item.title
    : t('moderation.deleted');
  const author = item.author;

  return (
    <Paper component="li" withBorder radius="md" p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap={6}>
          <Badge variant="light" color="gray" c="dark.7">
            {isAnswer ? t('moderation.answer') : t('moderation.question')}
          </Badge>
          <Badge variant="light" color="orange">
            {t('moderation.reportCount', { count: item.reportCount })}
          </Badge>
          {item.hidden ? (
            <Badge variant="light" color="red">
              {t('moderation.hidden')}
            </Badge>
          ) : null}
        </Group>
        <Title order={3} fz="h4" id={headingId}>
          {item.threadId ? (
            <Anchor component={Link} to={`/vragen/${item.threadId}`} inherit>
              {heading}
            </Anchor>
          ) : (
            heading
          )}
        </Title>
        {item.excerpt ? (
          <Blockquote p="sm" color="gray" style={{ whiteSpace: 'pre-line' }}>
            {item.excerpt}
          </Blockquote>
        ) : null}
        {author ? (
          <Text size="sm" c="dimmed">
            {t('moderation.byPrefix')}{' '}
            <Anchor component={Link} to={`/leden/${author.id}`} size="sm">
              {author.name}
            </Anchor>
            {author.former ? ` (${t('moderation.formerMember')})` : ''}
          </Text>
        ) : null}
        <div>
          <Title order={4} fz="sm" mb={4}>
            {t('moderation.reportsTitle')}
          </Title>
          <Stack component="ul" gap={6} m={0} pl="md">
            {item.reports.map((report) => (
              <li key={report.id}>
                <Text size="sm">{report.reason}</Text>
                <Text size="xs" c="dimmed">
                  {t('moderation.reportedBy', {
                    name: report.reporter?.name ?? t('moderation.unknownReporter'),
                    date: formatDateTime(report.createdAt, i18n.language) ?? '',
                  })}
                </Text>
              </li>
            ))}
          </Stack>
        </div>
        <Resolution item={item} />
        {onAction ? (
          <Group gap="sm" role="group" aria-label={t('moderation.actionsFor')}>
            {!item.hidden && item.threadId ? (
              <Button
                color="red"
                leftSection={<IconEyeOff size={18} aria-hidden="true" />}
                onClick={() => onAction('hide', item)}
                disabled={busy}
              >
                {t('moderation.hide')}
              </Button>
            ) : null}
            <Button
              variant="default"
              leftSection={<IconThumbUp size={18} aria-hidden="true" />}
              onClick={() => onAction('dismiss', item)}
              disabled={busy}
            >
              {t('moderation.dismiss')}
            </Button>
            {author && !author.former ? (
              <Button
                variant="light"
                leftSection={<IconMail size={18} aria-hidden="true" />}
                onClick={() => onAction('contact', item)}
                disabled={busy}
              >
                {t('moderation.contact')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
