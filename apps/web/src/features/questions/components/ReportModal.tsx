import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ReportTarget } from '../../../gql/graphql';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { ReportContentMutation } from '../graphql/moderation';

export interface ReportModalProps {
  target: { id: string; type: ReportTarget } | null;
  onClose: () => void;
}

/** Report a question or answer to the moderators, with a reason. */
export function ReportModal({ target, onClose }: ReportModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [report, { loading }] = useMutation(ReportContentMutation);

  const close = () => {
    setReason('');
    setError(undefined);
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!target) return;
    if (reason.trim().length < 3) {
      setError(t('questions.report.reasonRequired'));
      return;
    }
    try {
      await report({
        variables: {
          input: { targetId: target.id, targetType: target.type, reason: reason.trim() },
        },
      });
      notifySuccess(t('questions.report.success'));
      close();
    } catch (caught) {
      const info = getApiError(caught);
      if (info.code === 'BAD_USER_INPUT') setError(info.message ?? t('errors.badUserInput'));
      else notifyFailure(info.message ?? t('errors.unknown'));
    }
  };

  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={t('questions.report.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('questions.report.intro')}</Text>
          <Textarea
            label={t('questions.report.reason')}
            required
            data-autofocus
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('questions.report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
