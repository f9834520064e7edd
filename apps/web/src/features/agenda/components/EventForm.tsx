import { useQuery } from '@apollo/client/react';
import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AgendaDomainsQuery } from '../graphql/agendaDomains';
import { type EventFormErrors, type EventFormValues, validateEventForm } from '../lib/eventForm';
import { EVENT_TYPES, isEventType } from '../lib/options';

export interface EventFormProps {
  initialValues: EventFormValues;
  submitLabel: string;
  submitting: boolean;
  /** Field errors from the api (`extensions.field` → Dutch message). */
  serverErrors?: EventFormErrors;
  onSubmit: (values: EventFormValues) => void;
  onCancel: () => void;
}

const FIELD_ORDER: (keyof EventFormValues)[] = [
  'type',
  'title',
  'description',
  'startsAt',
  'endsAt',
  'location',
  'onlineUrl',
  'capacity',
  'domains',
  'signupDeadline',
  'cancellationDeadline',
];

const fieldId = (field: keyof EventFormValues) => `event-${field}`;

/** Create or edit an event. Times are typed in Dutch time and sent to the api in UTC. */
export function EventForm({
  initialValues,
  submitLabel,
  submitting,
  serverErrors = {},
  onSubmit,
  onCancel,
}: EventFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<EventFormErrors>({});
  const { data: domainData } = useQuery(AgendaDomainsQuery, { fetchPolicy: 'cache-first' });
  const domainOptions = (domainData?.taxonomy ?? []).map((d) => ({
    value: d.slug,
    label: d.label,
  }));

  const set = <K extends keyof EventFormValues>(field: K, value: EventFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const errorOf = (field: keyof EventFormValues): string | undefined =>
    errors[field] ? t(errors[field] as string) : serverErrors[field];
  const text = (field: keyof EventFormValues) => ({
    id: fieldId(field),
    value: values[field] as string,
    error: errorOf(field),
    onChange: (event: { currentTarget: { value: string } }) =>
      set(field, event.currentTarget.value as never),
  });

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateEventForm(values);
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    onSubmit(values);
  };

  const timeHelp = t('agenda.form.timeZoneHelp');
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg" maw={760}>
        <Fieldset legend={t('agenda.form.basics')} radius="md">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                id={fieldId('type')}
                label={t('agenda.form.type')}
                data={EVENT_TYPES.map((type) => ({
                  value: type,
                  label: t(`agenda.types.${type}`),
                }))}
                value={values.type}
                onChange={(value) => value && isEventType(value) && set('type', value)}
                allowDeselect={false}
              />
            </SimpleGrid>
            <TextInput label={t('agenda.form.title')} required maxLength={200} {...text('title')} />
            <Textarea
              label={t('agenda.form.description')}
              description={t('agenda.form.descriptionHelp')}
              autosize
              minRows={4}
              maxRows={14}
              maxLength={5000}
              {...text('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                type="datetime-local"
                label={t('agenda.form.startsAt')}
                description={timeHelp}
                required
                {...text('startsAt')}
              />
              <TextInput
                type="datetime-local"
                label={t('agenda.form.endsAt')}
                description={t('agenda.form.endsAtHelp')}
                min={values.startsAt || undefined}
                {...text('endsAt')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('agenda.form.placeAndSeats')} radius="md">
          <Stack gap="sm">
            <TextInput
              label={t('agenda.form.location')}
              description={t('agenda.form.locationHelp')}
              maxLength={300}
              autoComplete="street-address"
              {...text('location')}
            />
            <TextInput
              type="url"
              label={t('agenda.form.onlineUrl')}
              description={t('agenda.form.onlineUrlHelp')}
              inputMode="url"
              {...text('onlineUrl')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('agenda.form.capacity')}
                description={t('agenda.form.capacityHelp')}
                inputMode="numeric"
                pattern="[0-9]*"
                {...text('capacity')}
              />
            </SimpleGrid>
            <MultiSelect
              id={fieldId('domains')}
              label={t('agenda.form.domains')}
              data={domainOptions}
              value={values.domains}
              onChange={(next) => set('domains', next)}
              error={errorOf('domains')}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('agenda.filters.reset') }}
              nothingFoundMessage={t('agenda.filters.nothingFound')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('agenda.form.deadlines')} radius="md">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                type="datetime-local"
                label={t('agenda.form.signupDeadline')}
                description={t('agenda.form.signupDeadlineHelp')}
                max={values.startsAt || undefined}
                {...text('signupDeadline')}
              />
              <TextInput
                type="datetime-local"
                label={t('agenda.form.cancellationDeadline')}
                description={t('agenda.form.cancellationDeadlineHelp')}
                max={values.startsAt || undefined}
                {...text('cancellationDeadline')}
              />
            </SimpleGrid>
            <Switch
              id={fieldId('publish')}
              label={t('agenda.form.publish')}
              description={t('agenda.form.publishHelp')}
              checked={values.publish}
              onChange={(event) => set('publish', event.currentTarget.checked)}
            />
          </Stack>
        </Fieldset>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('agenda.form.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
