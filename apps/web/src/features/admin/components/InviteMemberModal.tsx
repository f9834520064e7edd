import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getApiError } from '../../../lib/errors';
import { InviteMemberMutation } from '../graphql/inviteMember';
import type { AdminOptions } from '../hooks/useAdminOptions';
import { notifyError, notifySuccess } from '../notify';
import { isPlatformRole } from '../options';

export interface InviteMemberModalProps {
  opened: boolean;
  onClose: () => void;
  options: AdminOptions;
}

interface InviteValues {
  name: string;
  email: string;
  schoolId: string | null;
  jobRole: string | null;
  platformRole: string | null;
}

type InviteErrors = Partial<Record<keyof InviteValues, string>>;

const EMPTY: InviteValues = {
  name: '',
  email: '',
  schoolId: null,
  jobRole: null,
  platformRole: 'MEMBER',
};
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteMemberModal({ opened, onClose, options }: InviteMemberModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<InviteValues>(EMPTY);
  const [errors, setErrors] = useState<InviteErrors>({});
  const [inviteMember, { loading }] = useMutation(InviteMemberMutation, {
    refetchQueries: ['AdminMembers', 'AuditLog'],
  });
  const set = (patch: Partial<InviteValues>) => setValues((current) => ({ ...current, ...patch }));

  const close = () => {
    setValues(EMPTY);
    setErrors({});
    onClose();
  };

  const validate = (): InviteErrors => {
    const found: InviteErrors = {};
    if (values.name.trim() === '') found.name = t('validation.nameRequired');
    if (values.email.trim() === '') found.email = t('validation.memberEmailRequired');
    else if (!EMAIL_PATTERN.test(values.email.trim())) found.email = t('validation.emailInvalid');
    if (!values.jobRole) found.jobRole = t('validation.jobRoleRequired');
    return found;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !values.jobRole) {
      return;
    }
    try {
      await inviteMember({
        variables: {
          input: {
            name: values.name.trim(),
            email: values.email.trim(),
            jobRole: values.jobRole,
            schoolId: values.schoolId ?? undefined,
            platformRole: isPlatformRole(values.platformRole) ? values.platformRole : undefined,
          },
        },
      });
      notifySuccess(t('admin.invite.success', { email: values.email.trim() }));
      close();
    } catch (error) {
      const info = getApiError(error);
      const field = info.field as keyof InviteValues | undefined;
      if (info.code === 'CONFLICT') {
        setErrors({ email: info.message ?? t('admin.invite.emailTaken') });
      } else if (info.code === 'BAD_USER_INPUT' && field && field in EMPTY) {
        setErrors({ [field]: info.message ?? t('errors.badUserInput') });
      } else {
        notifyError(t, error);
      }
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('admin.invite.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('common.name')}
            required
            data-autofocus
            value={values.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            error={errors.name}
            maxLength={120}
          />
          <TextInput
            label={t('common.email')}
            type="email"
            required
            value={values.email}
            onChange={(event) => set({ email: event.currentTarget.value })}
            error={errors.email}
            maxLength={254}
          />
          <Select
            label={t('admin.filters.school')}
            placeholder={t('admin.invite.noSchool')}
            data={options.schools}
            value={values.schoolId}
            onChange={(schoolId) => set({ schoolId })}
            searchable
            clearable
            nothingFoundMessage={t('admin.filters.nothingFound')}
            error={errors.schoolId}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('admin.filters.jobRole')}
            required
            data={options.jobRoles}
            value={values.jobRole}
            onChange={(jobRole) => set({ jobRole })}
            searchable
            nothingFoundMessage={t('admin.filters.nothingFound')}
            error={errors.jobRole}
          />
          <Select
            label={t('admin.filters.platformRole')}
            data={options.platformRoles}
            value={values.platformRole}
            onChange={(platformRole) => set({ platformRole })}
            allowDeselect={false}
            error={errors.platformRole}
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('admin.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
