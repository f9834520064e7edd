import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import type { GroupDetailFieldsFragment } from '../../../gql/graphql';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { CreateGroupMutation } from '../graphql/createGroup';
import { UpdateGroupMutation } from '../graphql/updateGroup';
import { type GroupFormErrors, GroupFormFields, type GroupFormValues } from './GroupFormFields';

export interface GroupFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edit this group; leave out to create a new one. */
  group?: GroupDetailFieldsFragment;
}

const EMPTY: GroupFormValues = {
  name: '',
  description: '',
  kind: 'THEME',
  visibility: 'OPEN',
  domains: [],
};

function valuesOf(group?: GroupDetailFieldsFragment): GroupFormValues {
  return group
    ? {
        name: group.name,
        description: group.description,
        kind: group.kind,
        visibility: group.visibility,
        domains: group.domains.map((domain) => domain.slug),
      }
    : EMPTY;
}

/** "Nieuwe groep" and, for group admins, "Groep bewerken". */
export function GroupFormModal({ opened, onClose, group }: GroupFormModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<GroupFormValues>(() => valuesOf(group));
  const [errors, setErrors] = useState<GroupFormErrors>({});
  const [create, createState] = useMutation(CreateGroupMutation, { refetchQueries: ['Groups'] });
  const [update, updateState] = useMutation(UpdateGroupMutation);

  const close = () => {
    setValues(valuesOf(group));
    setErrors({});
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (values.name.trim().length < 3) {
      setErrors({ name: t('groups.form.nameRequired') });
      return;
    }
    try {
      if (group) {
        await update({
          variables: {
            input: {
              groupId: group.id,
              name: values.name.trim(),
              description: values.description.trim(),
              visibility: values.visibility,
              domains: values.domains,
            },
          },
        });
        notifySuccess(t('groups.form.saved'));
        setErrors({});
        onClose();
      } else {
        const result = await create({
          variables: {
            input: { ...values, name: values.name.trim(), description: values.description.trim() },
          },
        });
        notifySuccess(t('groups.form.created', { name: values.name.trim() }));
        close();
        const slug = result.data?.createGroup.slug;
        if (slug) void navigate(`/groepen/${slug}`);
      }
    } catch (error) {
      const info = getApiError(error);
      const field = info.field as keyof GroupFormValues | undefined;
      if ((info.code === 'BAD_USER_INPUT' || info.code === 'CONFLICT') && field && field in EMPTY) {
        setErrors({ [field]: info.message ?? t('errors.badUserInput') });
      } else if (info.code === 'CONFLICT') {
        setErrors({ name: info.message ?? t('errors.conflict') });
      } else {
        notifyFailure(info.message ?? t('errors.unknown'));
      }
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={group ? t('groups.form.editTitle') : t('groups.form.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <GroupFormFields
          values={values}
          errors={errors}
          showKind={!group}
          onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createState.loading || updateState.loading}>
            {group ? t('common.save') : t('groups.form.create')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
