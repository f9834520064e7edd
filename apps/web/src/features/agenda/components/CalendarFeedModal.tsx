import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { MyCalendarFeedQuery, RegenerateCalendarFeedMutation } from '../graphql/calendarFeed';

export interface CalendarFeedModalProps {
  opened: boolean;
  onClose: () => void;
}

function CalendarFeedContent() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyCalendarFeedQuery, {
    fetchPolicy: 'cache-first',
  });
  const [confirming, setConfirming] = useState(false);
  const [regenerate, { loading: regenerating }] = useMutation(RegenerateCalendarFeedMutation, {
    update(cache, result) {
      const feed = result.data?.regenerateCalendarFeed;
      if (feed) cache.writeQuery({ query: MyCalendarFeedQuery, data: { myCalendarFeed: feed } });
    },
  });

  const handleRegenerate = async () => {
    try {
      await regenerate();
      setConfirming(false);
      notifySuccess(t('agenda.feed.regenerated'));
    } catch {
      notifyFailure(t('agenda.feed.failed'));
    }
  };

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const url = data?.myCalendarFeed.url ?? '';

  return (
    <Stack gap="md">
      <Text size="sm">{t('agenda.feed.intro')}</Text>
      {loading && !data ? (
        <Skeleton height={36} />
      ) : (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('agenda.feed.urlLabel')}
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1, minWidth: 0 }}
            data-autofocus
          />
          <CopyButton value={url} timeout={2500}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'default'}
                color={copied ? 'green' : undefined}
                onClick={copy}
                leftSection={
                  copied ? (
                    <IconCheck size={16} aria-hidden="true" />
                  ) : (
                    <IconCopy size={16} aria-hidden="true" />
                  )
                }
              >
                <span aria-live="polite">
                  {copied ? t('agenda.feed.copied') : t('agenda.feed.copy')}
                </span>
              </Button>
            )}
          </CopyButton>
        </Group>
      )}
      <Text size="sm" c="dimmed">
        {t('agenda.feed.secret')}
      </Text>
      {confirming ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title={t('agenda.feed.regenerate')}
        >
          <Text size="sm">{t('agenda.feed.regenerateWarning')}</Text>
          <Group mt="sm" gap="xs">
            <Button
              size="xs"
              color="orange.9"
              loading={regenerating}
              onClick={() => void handleRegenerate()}
            >
              {t('agenda.feed.regenerateConfirm')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Alert>
      ) : (
        <Group>
          <Button
            variant="subtle"
            size="sm"
            leftSection={<IconRefresh size={16} aria-hidden="true" />}
            onClick={() => setConfirming(true)}
          >
            {t('agenda.feed.regenerate')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The personal calendar feed: copy the secret address, or replace it with a new one. */
export function CalendarFeedModal({ opened, onClose }: CalendarFeedModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('agenda.feed.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened ? <CalendarFeedContent /> : null}
    </Modal>
  );
}
