import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AdminMemberFieldsFragment, UpdateMemberRoleInput } from '../../../gql/graphql';
import { UpdateMemberRoleMutation } from '../graphql/updateMemberRole';
import type { AdminOptions } from '../hooks/useAdminOptions';
import { notifyError, notifySuccess } from '../notify';
import { isPlatformRole } from '../options';

export interface ChangeRoleModalProps {
  /** The member being edited; the modal is closed when null. */
  member: AdminMemberFieldsFragment | null;
  onClose: () => void;
  options: AdminOptions;
}

interface ChangeRoleFormProps {
  member: AdminMemberFieldsFragment;
  onClose: () => void;
  options: AdminOptions;
}

function ChangeRoleForm({ member, onClose, options }: ChangeRoleFormProps) {
  const { t } = useTranslation();
  const [platformRole, setPlatformRole] = useState<string | null>(member.platformRole);
  const [jobRole, setJobRole] = useState<string | null>(member.role);
  const [updateRole, { loading }] = useMutation(UpdateMemberRoleMutation, {
    refetchQueries: ['AdminMembers', 'AuditLog'],
  });

  const input: UpdateMemberRoleInput = { memberId: member.id };
  if (isPlatformRole(platformRole) && platformRole !== member.platformRole) {
    input.platformRole = platformRole;
  }
  if (jobRole && jobRole !== member.role) {
    input.jobRole = jobRole;
  }
  const changed = input.platformRole !== undefined || input.jobRole !== undefined;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!changed) {
      onClose();
      return;
    }
    try {
      await updateRole({ variables: { input } });
      notifySuccess(t('admin.role.success', { name: member.name }));
      onClose();
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {member.email}
        </Text>
        <Select
          label={t('admin.filters.platformRole')}
          description={t('admin.role.platformRoleHelp')}
          data={options.platformRoles}
          value={platformRole}
          onChange={setPlatformRole}
          allowDeselect={false}
          data-autofocus
        />
        <Select
          label={t('admin.filters.jobRole')}
          data={options.jobRoles}
          value={jobRole}
          onChange={setJobRole}
          allowDeselect={false}
          searchable
          nothingFoundMessage={t('admin.filters.nothingFound')}
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={!changed}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ChangeRoleModal({ member, onClose, options }: ChangeRoleModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={member !== null}
      onClose={onClose}
      title={member ? t('admin.role.title', { name: member.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {member ? (
        <ChangeRoleForm key={member.id} member={member} onClose={onClose} options={options} />
      ) : null}
    </Modal>
  );
}
