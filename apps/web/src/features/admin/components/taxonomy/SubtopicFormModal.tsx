import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AdminSubtopicFieldsFragment } from '../../../../gql/graphql';
import { getApiError } from '../../../../lib/errors';
import { AddSubtopicMutation, UpdateSubtopicMutation } from '../../graphql/taxonomy';
import { notifyError, notifySuccess } from '../../notify';
import { writeSubtopic } from './cache';

export const LABEL_MAX = 80;
export const SYNONYM_MAX = 60;
export const SYNONYMS_MAX = 30;

/** What the modal is for: a new subtopic in a domain, or changing an existing one. */
export type SubtopicFormTarget =
  | { kind: 'add'; domain: { slug: string; label: string } }
  | { kind: 'edit'; subtopic: AdminSubtopicFieldsFragment };

interface SubtopicValues {
  labelNl: string;
  labelEn: string;
  synonyms: string[];
}

type SubtopicErrors = Partial<Record<keyof SubtopicValues, string>>;

const FIELDS: readonly (keyof SubtopicValues)[] = ['labelNl', 'labelEn', 'synonyms'];

function initialValues(target: SubtopicFormTarget | null): SubtopicValues {
  return target?.kind === 'edit'
    ? {
        labelNl: target.subtopic.labelNl,
        labelEn: target.subtopic.labelEn,
        synonyms: target.subtopic.synonyms,
      }
    : { labelNl: '', labelEn: '', synonyms: [] };
}

export interface SubtopicFormModalProps {
  target: SubtopicFormTarget | null;
  onClose: () => void;
}

/** Add or edit a subtopic; render with a `key` per target so the fields start fresh. */
export function SubtopicFormModal({ target, onClose }: SubtopicFormModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SubtopicValues>(() => initialValues(target));
  const [errors, setErrors] = useState<SubtopicErrors>({});
  const [addSubtopic, adding] = useMutation(AddSubtopicMutation, {
    refetchQueries: ['AuditLog'],
    update: (cache, { data }) => {
      if (data) writeSubtopic(cache, data.addSubtopic);
    },
  });
  const [updateSubtopic, updating] = useMutation(UpdateSubtopicMutation, {
    refetchQueries: ['AuditLog'],
    update: (cache, { data }) => {
      if (data) writeSubtopic(cache, data.updateSubtopic);
    },
  });
  const set = (patch: Partial<SubtopicValues>) =>
    setValues((current) => ({ ...current, ...patch }));

  const validate = (): SubtopicErrors => {
    const found: SubtopicErrors = {};
    const labelNl = values.labelNl.trim();
    if (labelNl === '') found.labelNl = t('admin.taxonomy.validation.labelNlRequired');
    else if (labelNl.length > LABEL_MAX)
      found.labelNl = t('admin.taxonomy.validation.labelTooLong');
    if (values.labelEn.trim().length > LABEL_MAX) {
      found.labelEn = t('admin.taxonomy.validation.labelTooLong');
    }
    if (values.synonyms.length > SYNONYMS_MAX) {
      found.synonyms = t('admin.taxonomy.validation.tooManySynonyms');
    } else if (values.synonyms.some((synonym) => synonym.trim().length > SYNONYM_MAX)) {
      found.synonyms = t('admin.taxonomy.validation.synonymTooLong');
    }
    return found;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!target) return;
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const labelNl = values.labelNl.trim();
    const labelEn = values.labelEn.trim();
    const synonyms = values.synonyms.map((synonym) => synonym.trim()).filter(Boolean);
    try {
      if (target.kind === 'add') {
        await addSubtopic({
          variables: {
            input: {
              domain: target.domain.slug,
              labelNl,
              labelEn: labelEn || undefined,
              synonyms,
            },
          },
        });
        notifySuccess(t('admin.taxonomy.added', { name: labelNl, domain: target.domain.label }));
      } else {
        await updateSubtopic({
          variables: {
            input: { slug: target.subtopic.slug, labelNl, labelEn: labelEn || labelNl, synonyms },
          },
        });
        notifySuccess(t('admin.taxonomy.updated', { name: labelNl }));
      }
      onClose();
    } catch (error) {
      const info = getApiError(error);
      const field = FIELDS.find((name) => name === info.field);
      if (info.code === 'BAD_USER_INPUT' && field) {
        setErrors({ [field]: info.message ?? t('errors.badUserInput') });
      } else {
        notifyError(t, error);
      }
    }
  };

  const title = !target
    ? ''
    : target.kind === 'add'
      ? t('admin.taxonomy.form.addTitle', { domain: target.domain.label })
      : t('admin.taxonomy.form.editTitle', { name: target.subtopic.labelNl });

  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('admin.taxonomy.form.labelNl')}
            required
            data-autofocus
            value={values.labelNl}
            onChange={(event) => set({ labelNl: event.currentTarget.value })}
            error={errors.labelNl}
          />
          <TextInput
            label={t('admin.taxonomy.form.labelEn')}
            description={t('admin.taxonomy.form.labelEnHint')}
            value={values.labelEn}
            onChange={(event) => set({ labelEn: event.currentTarget.value })}
            error={errors.labelEn}
          />
          <TagsInput
            label={t('admin.taxonomy.form.synonyms')}
            description={t('admin.taxonomy.form.synonymsHint')}
            placeholder={t('admin.taxonomy.form.synonymsPlaceholder')}
            value={values.synonyms}
            onChange={(synonyms) => set({ synonyms })}
            splitChars={[',', ';']}
            acceptValueOnBlur
            clearable
            error={errors.synonyms}
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={adding.loading || updating.loading}>
              {target?.kind === 'edit'
                ? t('admin.taxonomy.form.submitEdit')
                : t('admin.taxonomy.form.submitAdd')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
