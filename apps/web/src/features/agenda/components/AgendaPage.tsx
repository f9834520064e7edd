import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarEvent, IconCalendarPlus, IconRss } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import type { EventFilterInput } from '../../../gql/graphql';
import { useCurrentMember } from '../../../hooks/useCurrentMember';
import { AgendaDomainsQuery } from '../graphql/agendaDomains';
import { AgendaEventsQuery } from '../graphql/agendaEvents';
import { useAgendaFilters } from '../hooks/useAgendaFilters';
import { canManageEvents } from '../lib/permissions';
import { AgendaFilters, hasActiveAgendaFilters } from './AgendaFilters';
import { CalendarFeedModal } from './CalendarFeedModal';
import { EventCard } from './EventCard';

function LoadingList() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-live="polite" aria-label={t('common.loading')}>
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} height={132} radius="md" />
      ))}
    </Stack>
  );
}

/** Upcoming (or past) events as cards, with filters and "mijn aanmeldingen". */
export function AgendaPage() {
  const { t } = useTranslation();
  const { member } = useCurrentMember();
  const manager = canManageEvents(member);
  const [values, setValues] = useAgendaFilters();
  const [feedOpened, feed] = useDisclosure(false);

  const filter: EventFilterInput = {};
  if (values.mine) filter.mine = true;
  if (values.types.length) filter.types = values.types;
  if (values.domains.length) filter.domains = values.domains;

  const { data, loading, error, refetch } = useQuery(AgendaEventsQuery, {
    variables: { upcoming: !values.past, filter },
  });
  const { data: domainData } = useQuery(AgendaDomainsQuery, { fetchPolicy: 'cache-first' });
  const domainOptions = (domainData?.taxonomy ?? []).map((d) => ({
    value: d.slug,
    label: d.label,
  }));
  const events = data?.events ?? [];

  const emptyText = hasActiveAgendaFilters({ ...values, past: false })
    ? t('agenda.list.emptyFiltered')
    : values.mine
      ? t('agenda.list.emptyMine')
      : values.past
        ? t('agenda.list.emptyPast')
        : t('agenda.list.emptyUpcoming');

  return (
    <>
      <PageHeader
        title={t('agenda.title')}
        description={t('agenda.description')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconRss size={18} aria-hidden="true" />}
              onClick={feed.open}
            >
              {t('agenda.feed.button')}
            </Button>
            {manager ? (
              <Button
                component={Link}
                to="/agenda/nieuw"
                leftSection={<IconCalendarPlus size={18} aria-hidden="true" />}
              >
                {t('agenda.newEvent')}
              </Button>
            ) : null}
          </>
        }
      />
      <AgendaFilters values={values} domainOptions={domainOptions} onChange={setValues} />
      {error && !data ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingList />
      ) : events.length === 0 ? (
        <EmptyState
          variant="light"
          size="lg"
          icon={<IconCalendarEvent aria-hidden="true" />}
          title={t('agenda.list.emptyTitle')}
          description={emptyText}
          py="xl"
          mx="auto"
          maw={560}
        />
      ) : (
        <section aria-labelledby="agenda-list-heading">
          <Text id="agenda-list-heading" size="sm" c="dimmed" mb="xs" aria-live="polite">
            {t('agenda.list.count', { count: events.length })}
          </Text>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {events.map((event) => (
              <li key={event.id}>
                <EventCard event={event} />
              </li>
            ))}
          </Stack>
        </section>
      )}
      <CalendarFeedModal opened={feedOpened} onClose={feed.close} />
    </>
  );
}
