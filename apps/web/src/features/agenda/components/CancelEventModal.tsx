import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey, getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { CancelEventMutation } from '../graphql/cancelEvent';

export interface CancelEventModalProps {
  event: { id: string; title: string };
  opened: boolean;
  onClose: () => void;
}

/** Coordinators cancel an event with a reason; everyone who signed up is told. */
export function CancelEventModal({ event, opened, onClose }: CancelEventModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [cancelEvent, { loading }] = useMutation(CancelEventMutation);

  const handleSubmit = async (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    try {
      await cancelEvent({
        variables: { input: { eventId: event.id, reason: reason.trim() || undefined } },
      });
      notifySuccess(t('agenda.cancelEvent.done', { title: event.title }));
      onClose();
    } catch (error) {
      const info = getApiError(error);
      notifyFailure(
        info.code === 'BAD_USER_INPUT' && info.message
          ? info.message
          : t(errorMessageKey(info.code)),
      );
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('agenda.cancelEvent.title', { title: event.title })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(formEvent) => void handleSubmit(formEvent)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('agenda.cancelEvent.text')}</Text>
          <Textarea
            label={t('agenda.cancelEvent.reason')}
            value={reason}
            onChange={(changeEvent) => setReason(changeEvent.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={1000}
            data-autofocus
          />
          <Group justify="flex-end" mt="md" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('agenda.cancelEvent.keep')}
            </Button>
            <Button type="submit" color="red.9" loading={loading}>
              {t('agenda.cancelEvent.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
