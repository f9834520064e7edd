import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { AskColleagueMutation } from '../graphql/questionMutations';
import { MemberPicker } from './MemberPicker';

export interface AskColleagueModalProps {
  threadId: string;
  opened: boolean;
  onClose: () => void;
  excludeIds: string[];
}

/** "Vraag een collega": invite one specific colleague to answer. */
export function AskColleagueModal({
  threadId,
  opened,
  onClose,
  excludeIds,
}: AskColleagueModalProps) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [askColleague, { loading }] = useMutation(AskColleagueMutation);

  const close = () => {
    setMemberId(null);
    setError(undefined);
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!memberId) {
      setError(t('questions.colleague.required'));
      return;
    }
    try {
      await askColleague({ variables: { input: { threadId, memberId } } });
      notifySuccess(t('questions.colleague.success', { name }));
      close();
    } catch (caught) {
      const info = getApiError(caught);
      if (info.code === 'BAD_USER_INPUT') setError(info.message ?? t('errors.badUserInput'));
      else notifyFailure(info.message ?? t('errors.unknown'));
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('questions.colleague.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('questions.colleague.intro')}</Text>
          <MemberPicker
            label={t('questions.colleague.label')}
            value={memberId}
            onChange={(id, picked) => {
              setMemberId(id);
              setName(picked);
              setError(undefined);
            }}
            error={error}
            excludeIds={excludeIds}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('questions.colleague.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
