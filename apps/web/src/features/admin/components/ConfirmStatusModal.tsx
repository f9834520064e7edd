import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { AdminMemberFieldsFragment } from '../../../gql/graphql';
import { DeactivateMemberMutation } from '../graphql/deactivateMember';
import { ReactivateMemberMutation } from '../graphql/reactivateMember';
import { notifyError, notifySuccess } from '../notify';

export type StatusChange = 'deactivate' | 'reactivate';

export interface ConfirmStatusModalProps {
  change: { kind: StatusChange; member: AdminMemberFieldsFragment } | null;
  onClose: () => void;
}

/** Asks before (de)activating an account; deactivation also ends the member's sessions. */
export function ConfirmStatusModal({ change, onClose }: ConfirmStatusModalProps) {
  const { t } = useTranslation();
  const options = { refetchQueries: ['AdminMembers', 'AuditLog'] };
  const [deactivate, deactivation] = useMutation(DeactivateMemberMutation, options);
  const [reactivate, reactivation] = useMutation(ReactivateMemberMutation, options);
  const kind = change?.kind ?? 'deactivate';
  const name = change?.member.name ?? '';

  const confirm = async () => {
    if (!change) return;
    const variables = { input: { memberId: change.member.id } };
    try {
      if (change.kind === 'deactivate') {
        await deactivate({ variables });
      } else {
        await reactivate({ variables });
      }
      notifySuccess(t(`admin.${change.kind}.success`, { name }));
      onClose();
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <Modal
      opened={change !== null}
      onClose={onClose}
      title={t(`admin.${kind}.title`, { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text mb="lg">{t(`admin.${kind}.text`, { name })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button
          color={kind === 'deactivate' ? 'red.9' : undefined}
          loading={deactivation.loading || reactivation.loading}
          onClick={() => void confirm()}
        >
          {t(`admin.${kind}.confirm`)}
        </Button>
      </Group>
    </Modal>
  );
}
