import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClock, IconMapPin, IconVideo } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { EventCardFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../hooks/useLanguage';
import { formatTimeRange } from '../lib/datetime';
import { EventStatusBadge, EventTypeBadge, MyRegistrationBadge, SeatsText } from './EventBadges';
import classes from './EventCard.module.css';
import { EventDateBlock } from './EventDateBlock';

export interface EventCardProps {
  event: EventCardFieldsFragment;
}

export function EventCard({ event }: EventCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const cancelled = event.status === 'CANCELLED';
  // Some events say "online" as their address; show that once.
  const location = event.location?.trim().toLowerCase() === 'online' ? null : event.location;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      className={`${classes.card} ${cancelled ? classes.cancelled : ''}`}
    >
      <div className={classes.inner}>
        <EventDateBlock startsAt={event.startsAt} />
        <Stack gap={6} className={classes.body}>
          <Group gap={6} wrap="wrap">
            <EventTypeBadge type={event.type} />
            <EventStatusBadge status={event.status} />
            <MyRegistrationBadge registration={event.myRegistration} />
          </Group>
          <Title order={2} fz="lg" lh={1.3}>
            <Link to={`/agenda/${event.id}`} className={classes.title}>
              {event.title}
            </Link>
          </Title>
          <Stack gap={2} className={classes.meta}>
            <Group gap={6} wrap="nowrap">
              <IconClock size={16} aria-hidden="true" />
              <Text size="sm">{formatTimeRange(event.startsAt, event.endsAt, language)}</Text>
            </Group>
            {location || event.onlineUrl ? (
              <Group gap={6} wrap="nowrap" align="flex-start">
                {location ? (
                  <IconMapPin size={16} aria-hidden="true" style={{ flex: 'none', marginTop: 3 }} />
                ) : (
                  <IconVideo size={16} aria-hidden="true" style={{ flex: 'none', marginTop: 3 }} />
                )}
                <Text size="sm">
                  {location ?? t('agenda.online')}
                  {location && event.onlineUrl ? ` · ${t('agenda.online')}` : ''}
                </Text>
              </Group>
            ) : null}
          </Stack>
          {cancelled ? null : <SeatsText event={event} />}
        </Stack>
      </div>
    </Card>
  );
}
