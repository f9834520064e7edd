import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCalendarOff,
  IconCheck,
  IconHourglass,
  IconInfoCircle,
} from '@tabler/icons-react';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EventDetailFieldsFragment } from '../../../gql/graphql';
import { errorMessageKey, getApiError } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { CancelRegistrationMutation } from '../graphql/cancelRegistration';
import { RegisterForEventMutation } from '../graphql/registerForEvent';
import { isPast } from '../lib/datetime';
import { WAITLIST_BADGE } from './EventBadges';

export type RegistrationPanelEvent = Pick<
  EventDetailFieldsFragment,
  | 'id'
  | 'title'
  | 'status'
  | 'startsAt'
  | 'endsAt'
  | 'capacity'
  | 'seatsLeft'
  | 'signupDeadline'
  | 'myRegistration'
>;

export interface RegistrationPanelProps {
  event: RegistrationPanelEvent;
}

function StatusLine({
  icon,
  color,
  children,
}: {
  icon: ReactNode;
  color: string;
  children: ReactNode;
}) {
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <ThemeIcon color={color} variant="light" radius="xl" size="lg" aria-hidden="true">
        {icon}
      </ThemeIcon>
      <Group gap="xs" wrap="wrap">
        {children}
      </Group>
    </Group>
  );
}

/**
 * The one sign-up control of the event page. Its state follows the member: aanmelden,
 * aangemeld (afmelden), op de wachtlijst met positie (van de wachtlijst af), gaat niet door.
 */
export function RegistrationPanel({ event }: RegistrationPanelProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const [register, { loading: registering }] = useMutation(RegisterForEventMutation);
  const [cancel, { loading: cancelling }] = useMutation(CancelRegistrationMutation);

  const registration =
    event.myRegistration && event.myRegistration.status !== 'CANCELLED'
      ? event.myRegistration
      : null;
  const full = event.capacity !== null && (event.seatsLeft ?? 0) <= 0;
  const input = { eventId: event.id };

  // Keep keyboard focus in the panel when its button is replaced by another.
  const refocus = () =>
    window.setTimeout(() => panelRef.current?.querySelector<HTMLElement>('button')?.focus(), 0);

  const handleRegister = async () => {
    setError(null);
    try {
      const result = await register({ variables: { input } });
      const created = result.data?.registerForEvent;
      notifySuccess(
        created?.status === 'WAITLISTED'
          ? t('agenda.signup.waitlistedToast', {
              title: event.title,
              position: created.position ?? '?',
            })
          : t('agenda.signup.registeredToast', { title: event.title }),
      );
      refocus();
    } catch (caught) {
      setError(caught);
    }
  };

  const handleCancel = async () => {
    setError(null);
    const wasWaiting = registration?.status === 'WAITLISTED';
    try {
      await cancel({ variables: { input } });
      setConfirming(false);
      notifySuccess(
        t(wasWaiting ? 'agenda.signup.leftWaitlistToast' : 'agenda.signup.cancelledToast', {
          title: event.title,
        }),
      );
      refocus();
    } catch (caught) {
      setConfirming(false);
      setError(caught);
    }
  };

  if (event.status === 'CANCELLED') {
    return (
      <Alert
        color="red"
        variant="light"
        title={t('agenda.event.cancelledTitle')}
        icon={<IconCalendarOff aria-hidden="true" />}
      >
        {t('agenda.event.cancelledText')}
      </Alert>
    );
  }

  const errorInfo = error ? getApiError(error) : null;
  const errorMessage =
    errorInfo &&
    ((errorInfo.code === 'BAD_USER_INPUT' || errorInfo.code === 'CONFLICT') && errorInfo.message
      ? errorInfo.message
      : t(errorMessageKey(errorInfo.code)));

  let content: ReactNode;
  if (registration?.status === 'ATTENDED') {
    content = (
      <StatusLine icon={<IconCheck size={20} />} color="green">
        <Text fw={700}>{t('agenda.signup.attended')}</Text>
      </StatusLine>
    );
  } else if (isPast(event.endsAt)) {
    content = <Text c="dimmed">{t('agenda.signup.past')}</Text>;
  } else if (registration?.status === 'CONFIRMED') {
    content = (
      <>
        <StatusLine icon={<IconCheck size={20} />} color="green">
          <Text fw={700}>{t('agenda.signup.confirmed')}</Text>
        </StatusLine>
        <Text size="sm" c="dimmed">
          {t('agenda.signup.confirmedHint')}
        </Text>
        <Group>
          <Button variant="default" onClick={() => setConfirming(true)}>
            {t('agenda.signup.cancel')}
          </Button>
        </Group>
      </>
    );
  } else if (registration?.status === 'WAITLISTED') {
    content = (
      <>
        <StatusLine icon={<IconHourglass size={20} />} color="yellow">
          <Text fw={700}>{t('agenda.signup.waitlisted')}</Text>
          {registration.position ? (
            <Badge {...WAITLIST_BADGE} size="lg" radius="sm">
              {t('agenda.signup.position', { position: registration.position })}
            </Badge>
          ) : null}
        </StatusLine>
        <Text size="sm" c="dimmed">
          {t('agenda.signup.waitlistedHint')}
        </Text>
        <Group>
          <Button variant="default" onClick={() => setConfirming(true)}>
            {t('agenda.signup.leaveWaitlist')}
          </Button>
        </Group>
      </>
    );
  } else if (event.status !== 'PUBLISHED') {
    content = <Text c="dimmed">{t('agenda.event.draftNote')}</Text>;
  } else if (isPast(event.signupDeadline ?? event.startsAt)) {
    content = <Text c="dimmed">{t('agenda.signup.closed')}</Text>;
  } else {
    content = (
      <>
        {full ? (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconInfoCircle size={20} aria-hidden="true" style={{ flex: 'none' }} />
            <Text size="sm">{t('agenda.signup.fullHint')}</Text>
          </Group>
        ) : null}
        <Group>
          <Button size="md" loading={registering} onClick={() => void handleRegister()}>
            {full ? t('agenda.signup.registerWaitlist') : t('agenda.signup.register')}
          </Button>
        </Group>
      </>
    );
  }

  const waiting = registration?.status === 'WAITLISTED';
  return (
    <Stack gap="sm" ref={panelRef}>
      {content}
      {errorMessage ? (
        <Alert
          role="alert"
          color="red"
          variant="light"
          title={t('agenda.signup.failed')}
          icon={<IconAlertTriangle aria-hidden="true" />}
        >
          {errorMessage}
        </Alert>
      ) : null}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={
          waiting
            ? t('agenda.signup.confirmLeaveTitle')
            : t('agenda.signup.confirmTitle', { title: event.title })
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text size="sm">
          {waiting ? t('agenda.signup.confirmLeaveText') : t('agenda.signup.confirmText')}
        </Text>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
            {t('agenda.signup.keep')}
          </Button>
          <Button color="red.9" loading={cancelling} onClick={() => void handleCancel()}>
            {waiting ? t('agenda.signup.confirmLeave') : t('agenda.signup.confirmCancel')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
