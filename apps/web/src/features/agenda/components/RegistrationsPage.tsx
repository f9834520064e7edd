import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useLanguage } from '../../../hooks/useLanguage';
import { pageStatusOf } from '../../../lib/errors';
import { EventRegistrationsQuery } from '../graphql/eventRegistrations';
import { formatDateTimeShort } from '../lib/datetime';
import { attendeesCsvUrl } from '../lib/options';
import { EventStatusBadge } from './EventBadges';
import { EventStatus } from './EventPage';
import { CheckInList, WaitlistList } from './RegistrationLists';

/** Coordinators: who signed up, the waiting list in order, check-in and CSV export. */
export function RegistrationsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EventRegistrationsQuery, {
    variables: { id },
  });

  const status = data ? null : pageStatusOf(error);
  if (status) return <EventStatus status={status} />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) {
    return (
      <Stack gap="md">
        <Skeleton height={40} width="60%" />
        <Skeleton height={300} />
      </Stack>
    );
  }
  const event = data?.event;
  if (!event) return <EventStatus />;

  const confirmed = event.registrations.filter(
    (r) => r.status === 'CONFIRMED' || r.status === 'ATTENDED',
  );
  const waiting = event.registrations
    .filter((r) => r.status === 'WAITLISTED')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));

  return (
    <>
      <Anchor component={Link} to={`/agenda/${event.id}`} size="sm" mb="sm" display="block">
        <IconArrowLeft size={16} aria-hidden="true" style={{ verticalAlign: '-3px' }} />{' '}
        {event.title}
      </Anchor>
      <PageHeader
        title={t('agenda.registrations.title')}
        description={
          <>
            {t('agenda.registrations.subtitle', {
              title: event.title,
              date: formatDateTimeShort(event.startsAt, language),
            })}{' '}
            <EventStatusBadge status={event.status} />
          </>
        }
        actions={
          <Button
            component="a"
            href={attendeesCsvUrl(event.id)}
            download
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}
          >
            {t('agenda.registrations.export')}
          </Button>
        }
      />
      <Text fw={600} mb="lg">
        {t('agenda.registrations.summary', {
          confirmed: event.confirmedCount,
          waiting: event.waitlistCount,
        })}
        {event.capacity !== null
          ? ` · ${t('agenda.event.capacity', { count: event.capacity })}`
          : ''}
      </Text>
      <Stack gap="xl">
        <section aria-labelledby="registrations-confirmed">
          <Group gap="xs" mb="xs">
            <Title order={2} fz="h3" id="registrations-confirmed">
              {t('agenda.registrations.confirmedTitle')} ({confirmed.length})
            </Title>
          </Group>
          <CheckInList registrations={confirmed} />
        </section>
        <section aria-labelledby="registrations-waiting">
          <Title order={2} fz="h3" mb="xs" id="registrations-waiting">
            {t('agenda.registrations.waitlistTitle')} ({waiting.length})
          </Title>
          <WaitlistList registrations={waiting} />
        </section>
      </Stack>
    </>
  );
}
