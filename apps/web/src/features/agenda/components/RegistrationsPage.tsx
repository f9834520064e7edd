import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Checkbox, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ScrollableTable } from '../../../components/ScrollableTable';
import type {
  EventRegistrationsQuery as EventRegistrationsData,
  MarkAttendanceMutation as MarkAttendanceMutationData,
} from '../../../gql/graphql';
import { useLanguage } from '../../../hooks/useLanguage';
import { errorMessageKey, getApiError } from '../../../lib/errors';
import { notifyFailure } from '../../../lib/notify';
import { EventRegistrationsQuery } from '../graphql/eventRegistrations';
import { MarkAttendanceMutation } from '../graphql/markAttendance';
import { formatDateTimeShort } from '../lib/datetime';
import { attendeesCsvUrl } from '../lib/options';
import { EventStatusBadge, WAITLIST_BADGE } from './EventBadges';
import { EventNotFound } from './EventPage';

type Registration = NonNullable<EventRegistrationsData['event']>['registrations'][number];

function PersonCell({ registration }: { registration: Registration }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {registration.member.name}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {registration.member.email}
      </Text>
    </>
  );
}

function schoolOf(registration: Registration): string {
  const school = registration.member.school;
  if (!school) return '—';
  return school.town ? `${school.name} (${school.town})` : school.name;
}

function CheckInTable({ registrations }: { registrations: Registration[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [markAttendance] = useMutation(MarkAttendanceMutation);

  const toggle = async (registration: Registration, attended: boolean) => {
    try {
      await markAttendance({
        variables: { input: { registrationId: registration.id, attended } },
        optimisticResponse: {
          // __typename lets Apollo update the cached registration at once.
          markAttendance: {
            __typename: 'Registration',
            id: registration.id,
            status: attended ? 'ATTENDED' : 'CONFIRMED',
          } as MarkAttendanceMutationData['markAttendance'],
        },
      });
    } catch (error) {
      const info = getApiError(error);
      notifyFailure(
        info.message && info.code === 'BAD_USER_INPUT'
          ? info.message
          : t(errorMessageKey(info.code)),
        {
          title: t('agenda.registrations.checkInFailed'),
        },
      );
    }
  };

  if (!registrations.length) {
    return <Text c="dimmed">{t('agenda.registrations.noneConfirmed')}</Text>;
  }
  const present = registrations.filter((r) => r.status === 'ATTENDED').length;
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t('agenda.registrations.checkInHelp')}{' '}
        <span aria-live="polite">
          {t('agenda.registrations.presentCount', { present, total: registrations.length })}
        </span>
      </Text>
      <ScrollableTable label={t('agenda.registrations.confirmedTitle')} minWidth={620}>
        <Table verticalSpacing="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('agenda.registrations.checkInTitle')}</Table.Th>
              <Table.Th scope="col">{t('agenda.registrations.name')}</Table.Th>
              <Table.Th scope="col">{t('agenda.registrations.school')}</Table.Th>
              <Table.Th scope="col">{t('agenda.registrations.role')}</Table.Th>
              <Table.Th scope="col">{t('agenda.registrations.signedUpAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {registrations.map((registration) => (
              <Table.Tr key={registration.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('agenda.registrations.attended', {
                      name: registration.member.name,
                    })}
                    checked={registration.status === 'ATTENDED'}
                    onChange={(event) => void toggle(registration, event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <PersonCell registration={registration} />
                </Table.Td>
                <Table.Td>{schoolOf(registration)}</Table.Td>
                <Table.Td>{registration.member.roleLabel ?? '—'}</Table.Td>
                <Table.Td>{formatDateTimeShort(registration.createdAt, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </>
  );
}

function WaitlistTable({ registrations }: { registrations: Registration[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!registrations.length) {
    return <Text c="dimmed">{t('agenda.registrations.noneWaiting')}</Text>;
  }
  return (
    <ScrollableTable label={t('agenda.registrations.waitlistTitle')} minWidth={560}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('agenda.registrations.position')}</Table.Th>
            <Table.Th scope="col">{t('agenda.registrations.name')}</Table.Th>
            <Table.Th scope="col">{t('agenda.registrations.school')}</Table.Th>
            <Table.Th scope="col">{t('agenda.registrations.signedUpAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {registrations.map((registration, index) => (
            <Table.Tr key={registration.id}>
              <Table.Td>
                <Badge {...WAITLIST_BADGE} radius="sm">
                  {registration.position ?? index + 1}
                </Badge>
              </Table.Td>
              <Table.Td>
                <PersonCell registration={registration} />
              </Table.Td>
              <Table.Td>{schoolOf(registration)}</Table.Td>
              <Table.Td>{formatDateTimeShort(registration.createdAt, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}

/** Coordinators: who signed up, the waiting list in order, check-in and CSV export. */
export function RegistrationsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EventRegistrationsQuery, {
    variables: { id },
  });

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
  if (!event) return <EventNotFound />;

  const confirmed = event.registrations.filter(
    (r) => r.status === 'CONFIRMED' || r.status === 'ATTENDED',
  );
  const waiting = event.registrations
    .filter((r) => r.status === 'WAITLISTED')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));

  return (
    <>
      <Button
        component={Link}
        to={`/agenda/${event.id}`}
        variant="subtle"
        size="compact-sm"
        mb="sm"
        leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
      >
        {event.title}
      </Button>
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
          <CheckInTable registrations={confirmed} />
        </section>
        <section aria-labelledby="registrations-waiting">
          <Title order={2} fz="h3" mb="xs" id="registrations-waiting">
            {t('agenda.registrations.waitlistTitle')} ({waiting.length})
          </Title>
          <WaitlistTable registrations={waiting} />
        </section>
      </Stack>
    </>
  );
}
