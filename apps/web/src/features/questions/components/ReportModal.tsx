import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PrivacyWarning } from '../../../components/PrivacyWarning';
import type { ReportTarget } from '../../../gql/graphql';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import {
  anonymiseText,
  flaggedWords,
  privacyWarningOf,
  type PrivacyWarningState,
} from '../../../lib/privacy';
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
  const [warning, setWarning] = useState<PrivacyWarningState | null>(null);
  const [report, { loading }] = useMutation(ReportContentMutation);

  const close = () => {
    setReason('');
    setError(undefined);
    setWarning(null);
    onClose();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(false);
  };

  const send = async (confirmPrivacyWarning: boolean) => {
    if (!target) return;
    if (reason.trim().length < 3) {
      setError(t('questions.report.reasonRequired'));
      return;
    }
    try {
      await report({
        variables: {
          input: {
            targetId: target.id,
            targetType: target.type,
            reason: reason.trim(),
            ...(confirmPrivacyWarning ? { confirmPrivacyWarning } : {}),
          },
        },
      });
      notifySuccess(t('questions.report.success'));
      close();
    } catch (caught) {
      const privacy = privacyWarningOf(caught);
      if (privacy) {
        setWarning(privacy);
        return;
      }
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
      <form onSubmit={handleSubmit} noValidate>
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
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setWarning(null);
            }}
            error={error}
          />
          {warning ? (
            <PrivacyWarning
              message={warning.message}
              words={flaggedWords(warning.flags, { reason: reason.trim() })}
              onAnonymise={() => {
                setReason(anonymiseText(reason));
                setWarning(null);
              }}
              onPostAnyway={() => void send(true)}
              posting={loading}
            />
          ) : null}
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
