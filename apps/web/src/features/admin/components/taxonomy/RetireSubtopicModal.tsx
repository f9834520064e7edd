import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { AdminSubtopicFieldsFragment } from '../../../../gql/graphql';

export interface RetireSubtopicModalProps {
  subtopic: AdminSubtopicFieldsFragment | null;
  loading: boolean;
  onConfirm: (subtopic: AdminSubtopicFieldsFragment) => void;
  onClose: () => void;
}

/** Asks before retiring, and says what retiring means for existing profiles. */
export function RetireSubtopicModal({
  subtopic,
  loading,
  onConfirm,
  onClose,
}: RetireSubtopicModalProps) {
  const { t } = useTranslation();
  const name = subtopic?.labelNl ?? '';
  return (
    <Modal
      opened={subtopic !== null}
      onClose={onClose}
      title={t('admin.taxonomy.confirmRetire.title', { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text mb="lg">{t('admin.taxonomy.retireExplanation')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button
          color="red.9"
          loading={loading}
          onClick={() => {
            if (subtopic) onConfirm(subtopic);
          }}
        >
          {t('admin.taxonomy.confirmRetire.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
