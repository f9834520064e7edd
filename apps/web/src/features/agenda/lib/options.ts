import type { EventType } from '../../../gql/graphql';

export const EVENT_TYPES: EventType[] = [
  'TRAINING',
  'BIJEENKOMST',
  'MARKTPLAATS',
  'ATELIER',
  'WEBINAR',
];

export const EVENT_TYPE_COLORS: Record<EventType, string> = {
  TRAINING: 'blue',
  BIJEENKOMST: 'cyan',
  MARKTPLAATS: 'pink',
  ATELIER: 'grape',
  WEBINAR: 'indigo',
};

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as string[]).includes(value);
}

/** Same-origin download of one event as an iCalendar file. */
export function icsUrl(eventId: string): string {
  return `/calendar/events/${encodeURIComponent(eventId)}.ics`;
}

export function attendeesCsvUrl(eventId: string): string {
  return `/export/events/${encodeURIComponent(eventId)}/attendees.csv`;
}
