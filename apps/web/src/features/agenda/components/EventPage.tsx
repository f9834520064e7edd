import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowLeft,
  IconCalendarDown,
  IconClock,
  IconEdit,
  IconExternalLink,
  IconMapPin,
  IconUser,
  IconUsers,
  IconX,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { type PageStatus, StatusPage } from '../../../components/StatusPage';
import type { EventDetailFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../hooks/useLanguage';
import { pageStatusOf } from '../../../lib/errors';
import { EventDetailQuery } from '../graphql/eventDetail';
import { formatDateTimeShort, formatLongDate, formatTimeRange } from '../lib/datetime';
import { icsUrl } from '../lib/options';
import { CancelEventModal } from './CancelEventModal';
import { EventStatusBadge, EventTypeBadge, seatsLabel } from './EventBadges';
import { RegistrationPanel } from './RegistrationPanel';

export function BackToAgenda() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/agenda" size="sm" mb="sm" display="inline-flex">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden="true" />
        {t('agenda.event.back')}
      </Group>
    </Anchor>
  );
}

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  // A <div> directly inside the <dl> groups each <dt>/<dd> pair.
  return (
    <div>
      <Text
        component="dt"
        size="xs"
        fw={700}
        tt="uppercase"
        c="dimmed"
        style={{ display: 'flex', alignItems: 'center', gap: 8 }}
      >
        <span aria-hidden="true" style={{ display: 'inline-flex' }}>
          {icon}
        </span>
        {label}
      </Text>
      <Text component="dd" ml={28} mt={2} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function EventDetails({ event }: { event: EventDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [cancelOpened, cancelModal] = useDisclosure(false);
  const editable = event.canManage && event.status !== 'CANCELLED';

  return (
    <>
      <BackToAgenda />
      <Group gap={6} mb="xs">
        <EventTypeBadge type={event.type} />
        <EventStatusBadge status={event.status} />
      </Group>
      <PageHeader
        title={event.title}
        actions={
          event.canManage ? (
            <>
              <Button
                component={Link}
                to={`/agenda/${event.id}/aanmeldingen`}
                variant="default"
                leftSection={<IconUsers size={18} aria-hidden="true" />}
              >
                {t('agenda.event.registrations')}
              </Button>
              {editable ? (
                <>
                  <Button
                    component={Link}
                    to={`/agenda/${event.id}/bewerken`}
                    variant="default"
                    leftSection={<IconEdit size={18} aria-hidden="true" />}
                  >
                    {t('agenda.event.edit')}
                  </Button>
                  <Button
                    variant="outline"
                    color="red"
                    leftSection={<IconX size={18} aria-hidden="true" />}
                    onClick={cancelModal.open}
                  >
                    {t('agenda.event.cancelEvent')}
                  </Button>
                </>
              ) : null}
            </>
          ) : null
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            <Title order={2} fz="h3">
              {t('agenda.event.about')}
            </Title>
            {/* Plain text from the api: React escapes it; pre-line keeps its line breaks. */}
            <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {event.description?.trim() || t('agenda.event.noDescription')}
            </Text>
            {event.domains.length ? (
              <div>
                <Title order={3} fz="sm" mb={6}>
                  {t('agenda.event.domains')}
                </Title>
                <Group gap={6}>
                  {event.domains.map((domain) => (
                    <Badge
                      key={domain.slug}
                      variant="light"
                      color="gray"
                      c="dark.7"
                      radius="sm"
                      tt="none"
                    >
                      {domain.label}
                    </Badge>
                  ))}
                </Group>
              </div>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="md">
              <RegistrationPanel event={event} />
            </Card>
            <Card withBorder radius="md" padding="md">
              <Stack gap="md" component="dl" m={0}>
                <Fact icon={<IconClock size={18} />} label={t('agenda.event.when')}>
                  {formatLongDate(event.startsAt, language)}
                  <br />
                  {formatTimeRange(event.startsAt, event.endsAt, language)}
                </Fact>
                {event.location || event.onlineUrl ? (
                  <Fact icon={<IconMapPin size={18} />} label={t('agenda.event.where')}>
                    {event.location ? (
                      <span style={{ whiteSpace: 'pre-line' }}>{event.location}</span>
                    ) : null}
                    {event.location && event.onlineUrl ? <br /> : null}
                    {event.onlineUrl ? (
                      <Anchor href={event.onlineUrl} target="_blank" rel="noopener noreferrer">
                        <Group gap={4} component="span" wrap="nowrap">
                          {t('agenda.event.onlineLink')}
                          <IconExternalLink size={14} aria-hidden="true" />
                        </Group>
                      </Anchor>
                    ) : null}
                  </Fact>
                ) : null}
                {event.organiser ? (
                  <Fact icon={<IconUser size={18} />} label={t('agenda.event.organiser')}>
                    {event.organiser.name}
                  </Fact>
                ) : null}
                {event.status !== 'CANCELLED' ? (
                  <Fact icon={<IconUsers size={18} />} label={t('agenda.event.seats')}>
                    <strong>{seatsLabel(t, event)}</strong>
                    {event.capacity !== null ? (
                      <>
                        <br />
                        {t('agenda.event.capacity', { count: event.capacity })}
                        {event.waitlistCount > 0
                          ? ` · ${t('agenda.event.waiting', { count: event.waitlistCount })}`
                          : ''}
                      </>
                    ) : null}
                  </Fact>
                ) : null}
              </Stack>
              {event.signupDeadline || event.cancellationDeadline ? (
                <Stack gap={2} mt="md">
                  {event.signupDeadline ? (
                    <Text size="sm" c="dimmed">
                      {t('agenda.event.signupDeadline', {
                        date: formatDateTimeShort(event.signupDeadline, language),
                      })}
                    </Text>
                  ) : null}
                  {event.cancellationDeadline ? (
                    <Text size="sm" c="dimmed">
                      {t('agenda.event.cancellationDeadline', {
                        date: formatDateTimeShort(event.cancellationDeadline, language),
                      })}
                    </Text>
                  ) : null}
                </Stack>
              ) : null}
              {event.status !== 'CANCELLED' ? (
                <Button
                  component="a"
                  href={icsUrl(event.id)}
                  download
                  variant="light"
                  mt="md"
                  fullWidth
                  leftSection={<IconCalendarDown size={18} aria-hidden="true" />}
                >
                  {t('agenda.event.addToCalendar')}
                </Button>
              ) : null}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      {event.canManage ? (
        <CancelEventModal event={event} opened={cancelOpened} onClose={cancelModal.close} />
      ) : null}
    </>
  );
}

/** A wrong or stale link to an event, or one the viewer may not see (the page or its lists). */
export function EventStatus({ status = 'notFound' }: { status?: PageStatus }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      kind={status}
      title={status === 'notFound' ? t('agenda.event.notFoundTitle') : undefined}
      text={status === 'notFound' ? t('agenda.event.notFoundText') : undefined}
      back={{ to: '/agenda', label: t('agenda.event.back') }}
    />
  );
}

export function EventPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EventDetailQuery, { variables: { id } });

  const status = data ? null : pageStatusOf(error);
  if (status) return <EventStatus status={status} />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) {
    return (
      <Stack gap="md">
        <Skeleton height={20} width={160} />
        <Skeleton height={40} width="70%" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (!data?.event) return <EventStatus />;
  return <EventDetails event={data.event} />;
}
