import { Badge, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { EventCardFieldsFragment, EventType } from '../../../gql/graphql';
import { EVENT_TYPE_COLORS } from '../lib/options';

/** Yellow and green tints need dark or white text to reach WCAG AA contrast. */
export const WAITLIST_BADGE = { color: 'yellow', variant: 'light', c: 'dark.8' } as const;
// Teal 9 under white text is 4.9:1; green 9 is only 4.4:1.
export const CONFIRMED_BADGE = { color: 'teal.9', variant: 'filled' } as const;

export function EventTypeBadge({ type }: { type: EventType }) {
  const { t } = useTranslation();
  return (
    <Badge color={EVENT_TYPE_COLORS[type]} variant="light" radius="sm">
      {t(`agenda.types.${type}`)}
    </Badge>
  );
}

/** "Concept" for drafts, "Gaat niet door" for cancelled events; nothing when published. */
export function EventStatusBadge({ status }: { status: EventCardFieldsFragment['status'] }) {
  const { t } = useTranslation();
  if (status === 'PUBLISHED') return null;
  return (
    <Badge color={status === 'CANCELLED' ? 'red' : 'dark'} variant="outline" radius="sm">
      {t(`agenda.status.${status}`)}
    </Badge>
  );
}

export interface MyRegistrationBadgeProps {
  registration: EventCardFieldsFragment['myRegistration'];
}

/** The viewer's own status: aangemeld, wachtlijst · positie 4, aanwezig geweest. */
export function MyRegistrationBadge({ registration }: MyRegistrationBadgeProps) {
  const { t } = useTranslation();
  if (!registration || registration.status === 'CANCELLED') return null;
  const { status, position } = registration;
  const label =
    status === 'WAITLISTED'
      ? position
        ? t('agenda.my.WAITLISTED', { position })
        : t('agenda.my.WAITLISTED_noPosition')
      : t(`agenda.my.${status}`);
  return (
    <Badge {...(status === 'WAITLISTED' ? WAITLIST_BADGE : CONFIRMED_BADGE)} radius="sm">
      {label}
    </Badge>
  );
}

/** "nog 3 plekken", "vol · wachtlijst" or "onbeperkt". */
export function seatsLabel(
  t: TFunction,
  event: Pick<EventCardFieldsFragment, 'seatsLeft' | 'capacity'>,
): string {
  if (event.capacity === null || event.seatsLeft === null) return t('agenda.seats.unlimited');
  if (event.seatsLeft <= 0) return t('agenda.seats.full');
  return t('agenda.seats.left', { count: event.seatsLeft });
}

export function SeatsText({
  event,
}: {
  event: Pick<EventCardFieldsFragment, 'seatsLeft' | 'capacity'>;
}) {
  const { t } = useTranslation();
  const full = event.capacity !== null && (event.seatsLeft ?? 0) <= 0;
  return (
    <Text size="sm" fw={600} c={full ? 'red.9' : 'dimmed'} component="span">
      {seatsLabel(t, event)}
    </Text>
  );
}
