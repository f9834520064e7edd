import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Stack } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import type { EventDetailFieldsFragment } from '../../../gql/graphql';
import { errorMessageKey, getApiError, pageStatusOf } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { CreateEventMutation } from '../graphql/createEvent';
import { EventDetailQuery } from '../graphql/eventDetail';
import { UpdateEventMutation } from '../graphql/updateEvent';
import {
  EMPTY_EVENT_FORM,
  type EventFormErrors,
  type EventFormValues,
  eventToFormValues,
  toCreateEventInput,
  toUpdateEventInput,
} from '../lib/eventForm';
import { EventForm } from './EventForm';
import { BackToAgenda, EventStatus } from './EventPage';

const FORM_FIELDS = new Set<string>(Object.keys(EMPTY_EVENT_FORM));

/** Puts a BAD_USER_INPUT message next to its field, or shows it as a notification. */
function useServerErrors() {
  const { t } = useTranslation();
  const [serverErrors, setServerErrors] = useState<EventFormErrors>({});
  const report = (error: unknown) => {
    const info = getApiError(error);
    if (info.code === 'BAD_USER_INPUT' && info.field && FORM_FIELDS.has(info.field)) {
      setServerErrors({ [info.field]: info.message });
      document.getElementById(`event-${info.field}`)?.focus();
      return;
    }
    notifyFailure(
      info.code === 'BAD_USER_INPUT' && info.message ? info.message : t(errorMessageKey(info.code)),
      { title: t('agenda.form.failed') },
    );
  };
  return { serverErrors, clear: () => setServerErrors({}), report };
}

export function CreateEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { serverErrors, clear, report } = useServerErrors();
  const [createEvent, { loading }] = useMutation(CreateEventMutation);

  const handleSubmit = async (values: EventFormValues) => {
    clear();
    try {
      const result = await createEvent({ variables: { input: toCreateEventInput(values) } });
      const created = result.data?.createEvent;
      if (!created) return;
      notifySuccess(
        t(values.publish ? 'agenda.form.created' : 'agenda.form.createdDraft', {
          title: created.title,
        }),
      );
      await navigate(`/agenda/${created.id}`);
    } catch (error) {
      report(error);
    }
  };

  return (
    <>
      <BackToAgenda />
      <PageHeader title={t('agenda.form.createTitle')} />
      <EventForm
        initialValues={EMPTY_EVENT_FORM}
        submitLabel={t('agenda.form.create')}
        submitting={loading}
        serverErrors={serverErrors}
        onSubmit={(values) => void handleSubmit(values)}
        onCancel={() => void navigate('/agenda')}
      />
    </>
  );
}

function EditEventForm({ event }: { event: EventDetailFieldsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { serverErrors, clear, report } = useServerErrors();
  const [updateEvent, { loading }] = useMutation(UpdateEventMutation);

  const handleSubmit = async (values: EventFormValues) => {
    clear();
    try {
      await updateEvent({ variables: { input: toUpdateEventInput(event.id, values) } });
      notifySuccess(t('agenda.form.saved'));
      await navigate(`/agenda/${event.id}`);
    } catch (error) {
      report(error);
    }
  };

  return (
    <>
      <BackToAgenda />
      <PageHeader title={t('agenda.form.editTitle')} description={event.title} />
      {event.status === 'CANCELLED' ? (
        <Alert color="red" variant="light" icon={<IconCalendarOff aria-hidden="true" />}>
          {t('agenda.form.cancelledNote')}
        </Alert>
      ) : (
        <EventForm
          initialValues={eventToFormValues(event)}
          submitLabel={t('agenda.form.save')}
          submitting={loading}
          serverErrors={serverErrors}
          onSubmit={(values) => void handleSubmit(values)}
          onCancel={() => void navigate(`/agenda/${event.id}`)}
        />
      )}
    </>
  );
}

export function EditEventPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EventDetailQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const status = data ? null : pageStatusOf(error);
  if (status) return <EventStatus status={status} />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) {
    return (
      <Stack gap="md">
        <Skeleton height={40} width="60%" />
        <Skeleton height={420} />
      </Stack>
    );
  }
  if (!data?.event) return <EventStatus />;
  return <EditEventForm key={data.event.id} event={data.event} />;
}
