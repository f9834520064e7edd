import { useMutation, useQuery } from '@apollo/client/react';
import { Paper, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import type { NotificationDelivery } from '../../../gql/graphql';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import {
  NotificationPreferencesQuery,
  SetNotificationPreferenceMutation,
} from '../graphql/notificationPreferences';

const DELIVERIES: NotificationDelivery[] = ['IMMEDIATE', 'DIGEST', 'IN_APP'];

/** `/instellingen/meldingen`: per kind, by e-mail at once, in a daily digest or in-app only. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery);
  const [save] = useMutation(SetNotificationPreferenceMutation, {
    update(cache, result) {
      const preferences = result.data?.setNotificationPreference;
      if (preferences) {
        cache.writeQuery({
          query: NotificationPreferencesQuery,
          data: { notificationPreferences: preferences },
        });
      }
    },
  });
  const preferences = data?.notificationPreferences;

  const change = async (kind: string, label: string, delivery: NotificationDelivery) => {
    try {
      await save({ variables: { input: { kind, delivery } } });
      notifySuccess(
        t('settings.notifications.saved', { label, delivery: t(`settings.delivery.${delivery}`) }),
      );
    } catch (caught) {
      notifyFailure(getApiError(caught).message ?? t('errors.unknown'));
    }
  };

  return (
    <>
      <PageHeader
        title={t('settings.notifications.title')}
        description={t('settings.notifications.intro')}
      />
      {error && !preferences ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !preferences && loading ? (
        <Skeleton height={240} radius="md" />
      ) : (
        <Paper withBorder radius="md" p="md" maw={720}>
          <Stack gap="md">
            {(preferences ?? []).map((preference) => (
              <Select
                key={preference.kind}
                label={preference.label}
                data={DELIVERIES.map((delivery) => ({
                  value: delivery,
                  label: t(`settings.delivery.${delivery}`),
                }))}
                value={preference.delivery}
                allowDeselect={false}
                onChange={(value) => {
                  if (value && value !== preference.delivery) {
                    void change(preference.kind, preference.label, value as NotificationDelivery);
                  }
                }}
                comboboxProps={{ withinPortal: true }}
              />
            ))}
            <Text size="sm" c="dimmed">
              {t('settings.notifications.footnote')}
            </Text>
          </Stack>
        </Paper>
      )}
    </>
  );
}
