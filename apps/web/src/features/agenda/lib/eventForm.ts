import type {
  CreateEventInput,
  EventDetailFieldsFragment,
  EventType,
  UpdateEventInput,
} from '../../../gql/graphql';
import { amsterdamLocalToUtc, utcToAmsterdamLocal } from './datetime';

/** The event form's values: datetime-local strings in Amsterdam time, text as typed. */
export interface EventFormValues {
  type: EventType;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl: string;
  capacity: string;
  domains: string[];
  signupDeadline: string;
  cancellationDeadline: string;
  publish: boolean;
}

export type EventFormErrors = Partial<Record<keyof EventFormValues, string>>;

export const EMPTY_EVENT_FORM: EventFormValues = {
  type: 'BIJEENKOMST',
  title: '',
  description: '',
  startsAt: '',
  endsAt: '',
  location: '',
  onlineUrl: '',
  capacity: '',
  domains: [],
  signupDeadline: '',
  cancellationDeadline: '',
  publish: true,
};

export function eventToFormValues(event: EventDetailFieldsFragment): EventFormValues {
  return {
    type: event.type,
    title: event.title,
    description: event.description ?? '',
    startsAt: utcToAmsterdamLocal(event.startsAt),
    endsAt: utcToAmsterdamLocal(event.endsAt),
    location: event.location ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    domains: event.domains.map((d) => d.slug),
    signupDeadline: utcToAmsterdamLocal(event.signupDeadline),
    cancellationDeadline: utcToAmsterdamLocal(event.cancellationDeadline),
    publish: event.status !== 'DRAFT',
  };
}

/** Checks in the browser what the api would refuse; returns i18n keys per field. */
export function validateEventForm(values: EventFormValues): EventFormErrors {
  const errors: EventFormErrors = {};
  const prefix = 'agenda.form.errors.';
  if (!values.title.trim()) errors.title = `${prefix}titleRequired`;
  const start = values.startsAt ? amsterdamLocalToUtc(values.startsAt) : null;
  if (!values.startsAt) errors.startsAt = `${prefix}startsAtRequired`;
  else if (!start) errors.startsAt = `${prefix}dateInvalid`;
  const later = (field: 'endsAt' | 'signupDeadline' | 'cancellationDeadline', after: boolean) => {
    if (!values[field]) return;
    const utc = amsterdamLocalToUtc(values[field]);
    if (!utc) errors[field] = `${prefix}dateInvalid`;
    else if (start && after && utc < start) errors[field] = `${prefix}endsBeforeStart`;
    else if (start && !after && utc > start) errors[field] = `${prefix}deadlineAfterStart`;
  };
  later('endsAt', true);
  later('signupDeadline', false);
  later('cancellationDeadline', false);
  if (values.capacity.trim() && !/^[1-9]\d{0,5}$/.test(values.capacity.trim())) {
    errors.capacity = `${prefix}capacityInvalid`;
  }
  if (values.onlineUrl.trim() && !/^https?:\/\/\S+\.\S+/i.test(values.onlineUrl.trim())) {
    errors.onlineUrl = `${prefix}urlInvalid`;
  }
  return errors;
}

function optionalText(value: string): string | null {
  return value.trim() ? value.trim() : null;
}

function optionalTime(value: string): string | null {
  return value ? amsterdamLocalToUtc(value) : null;
}

/** Values (already validated) → createEvent input; empty fields take the api's defaults. */
export function toCreateEventInput(values: EventFormValues): CreateEventInput {
  const input: CreateEventInput = {
    type: values.type,
    title: values.title.trim(),
    startsAt: amsterdamLocalToUtc(values.startsAt) ?? '',
    capacity: values.capacity.trim() ? Number(values.capacity) : null,
    domains: values.domains,
    status: values.publish ? 'PUBLISHED' : 'DRAFT',
  };
  const description = optionalText(values.description);
  if (description) input.description = description;
  const location = optionalText(values.location);
  if (location) input.location = location;
  const onlineUrl = optionalText(values.onlineUrl);
  if (onlineUrl) input.onlineUrl = onlineUrl;
  const endsAt = optionalTime(values.endsAt);
  if (endsAt) input.endsAt = endsAt;
  const signupDeadline = optionalTime(values.signupDeadline);
  if (signupDeadline) input.signupDeadline = signupDeadline;
  const cancellationDeadline = optionalTime(values.cancellationDeadline);
  if (cancellationDeadline) input.cancellationDeadline = cancellationDeadline;
  return input;
}

/** Values → updateEvent input: every field is sent, so clearing a field clears it. */
export function toUpdateEventInput(id: string, values: EventFormValues): UpdateEventInput {
  const create = toCreateEventInput(values);
  return {
    id,
    type: create.type,
    title: create.title,
    startsAt: create.startsAt,
    capacity: create.capacity,
    domains: create.domains,
    status: create.status,
    description: optionalText(values.description),
    location: optionalText(values.location),
    onlineUrl: optionalText(values.onlineUrl),
    // An empty end means "two hours after the start", as when creating.
    endsAt:
      optionalTime(values.endsAt) ??
      new Date(new Date(create.startsAt).getTime() + 2 * 3600_000).toISOString(),
    signupDeadline: optionalTime(values.signupDeadline),
    cancellationDeadline: optionalTime(values.cancellationDeadline),
  };
}
