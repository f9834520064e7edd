import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { ContactAuthorMutation } from '../graphql/moderationActions';
import type { ModerationItem } from './ModerationCaseCard';

export interface ContactAuthorModalProps {
  item: ModerationItem | null;
  onClose: () => void;
}

/** A message from the moderator to the author of a reported post (bell and e-mail). */
export function ContactAuthorModal({ item, onClose }: ContactAuthorModalProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string>();
  const [contact, { loading }] = useMutation(ContactAuthorMutation, {
    refetchQueries: ['ModerationQueue'],
  });
  const name = item?.author?.name ?? '';

  const close = () => {
    setMessage('');
    setError(undefined);
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!item) return;
    if (!message.trim()) {
      setError(t('moderation.contactModal.messageRequired'));
      return;
    }
    try {
      await contact({
        variables: {
          input: { targetType: item.targetType, targetId: item.targetId, message: message.trim() },
        },
      });
      notifySuccess(t('moderation.contactedToast', { name }));
      close();
    } catch (caught) {
      const info = getApiError(caught);
      if (info.code === 'BAD_USER_INPUT' && info.field === 'message') {
        setError(info.message ?? t('errors.badUserInput'));
      } else {
        notifyFailure(info.message ?? t('errors.unknown'), { title: t('moderation.failed') });
      }
    }
  };

  return (
    <Modal
      opened={item !== null}
      onClose={close}
      title={t('moderation.contactModal.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('moderation.contactModal.intro', { name })}</Text>
          <Textarea
            label={t('moderation.contactModal.message')}
            required
            data-autofocus
            autosize
            minRows={4}
            maxLength={2000}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('moderation.contactModal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
