import { useMutation } from '@apollo/client/react';
import { Alert, Button, Grid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProfileFieldsFragment, ProfileOptionsQuery } from '../../../gql/graphql';
import { errorMessageKey, getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { UpdateMyProfileMutation } from '../graphql/updateMyProfile';
import {
  emptyEntry,
  type ExpertiseFormEntry,
  type FieldErrors,
  fieldId,
  firstErrorField,
  isDirty,
  LIMITS,
  type ProfileFormValues,
  serverFieldErrors,
  toFormValues,
  toUpdateInput,
  validate,
} from '../lib/formModel';
import { indexSubtopics } from '../lib/subtopicSearch';
import { AboutFields } from './AboutFields';
import { CompletenessHint } from './CompletenessHint';
import { ExpertiseEntryFields } from './ExpertiseEntryFields';
import { SaveBar } from './SaveBar';

export interface ProfileFormProps {
  profile: ProfileFieldsFragment | null;
  options: ProfileOptionsQuery;
  memberId: string;
}

function focusField(field: string | null) {
  if (!field) return;
  // After React has rendered the messages.
  window.setTimeout(() => {
    const target =
      document.getElementById(fieldId(field)) ??
      document.getElementById(`${fieldId(field.split('.').slice(0, 2).join('.'))}-heading`);
    target?.focus();
  }, 0);
}

/** The guided profile form: about me, expertise entries, completeness, save. */
export function ProfileForm({ profile, options, memberId }: ProfileFormProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<ProfileFormValues>(() => toFormValues(profile));
  const [values, setValues] = useState<ProfileFormValues>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [updateProfile, { loading: saving }] = useMutation(UpdateMyProfileMutation);
  const subtopics = useMemo(() => indexSubtopics(options.taxonomy), [options.taxonomy]);
  const dirty = isDirty(values, saved);

  const change = (patch: Partial<ProfileFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[key];
      delete next['form'];
      return next;
    });
  };
  const changeEntry = (index: number, patch: Partial<ExpertiseFormEntry>) => {
    setValues((current) => ({
      ...current,
      expertise: current.expertise.map((entry, i) =>
        i === index ? { ...entry, ...patch } : entry,
      ),
    }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[`expertise.${index}.${key}`];
      delete next['form'];
      return next;
    });
  };
  const addEntry = () => {
    const index = values.expertise.length;
    change({ expertise: [...values.expertise, emptyEntry()] });
    focusField(`expertise.${index}.domain`);
  };
  const removeEntry = (index: number) => {
    change({ expertise: values.expertise.filter((_, i) => i !== index) });
    // Entry-level messages no longer point at the right entry.
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('expertise.'))),
    );
    focusField(index > 0 ? `expertise.${index - 1}` : null);
    if (index === 0) window.setTimeout(() => document.getElementById('profile-add-entry')?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validate(values, t);
    if (Object.keys(problems).length > 0) {
      setErrors({ ...problems, form: t('profiles.editor.fixErrors') });
      focusField(firstErrorField(problems, values));
      return;
    }
    try {
      const result = await updateProfile({
        variables: { input: toUpdateInput(values) },
      });
      const next = toFormValues(result.data?.updateMyProfile.profile ?? null);
      setSaved(next);
      setValues(next);
      setErrors({});
      setSavedAt(new Date());
      notifySuccess(t('profiles.editor.savedNotification'));
    } catch (error: unknown) {
      const fieldErrors = serverFieldErrors(error);
      if (Object.keys(fieldErrors).length > 0) {
        setErrors({ ...fieldErrors, form: fieldErrors['form'] ?? t('profiles.editor.fixErrors') });
        focusField(firstErrorField(fieldErrors, values));
      } else {
        const info = getApiError(error);
        notifyFailure(t(errorMessageKey(info.code)), { title: t('profiles.editor.saveFailed') });
      }
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={saving}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            {errors['form'] ? (
              <Alert
                id={fieldId('form')}
                tabIndex={-1}
                role="alert"
                color="red"
                variant="light"
                title={t('profiles.editor.notSaved')}
                icon={<IconAlertTriangle aria-hidden="true" />}
              >
                {errors['form']}
              </Alert>
            ) : null}
            <AboutFields values={values} errors={errors} onChange={change} />
            <Stack gap="md" component="section" aria-labelledby="profile-expertise">
              <div>
                <Title order={2} fz="lg" id="profile-expertise">
                  {t('profiles.editor.expertiseTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('profiles.editor.expertiseIntro')}
                </Text>
              </div>
              {errors['expertise'] ? (
                <Text c="red" size="sm" id={fieldId('expertise')} tabIndex={-1}>
                  {errors['expertise']}
                </Text>
              ) : null}
              {values.expertise.map((entry, index) => (
                <ExpertiseEntryFields
                  key={entry.key}
                  index={index}
                  entry={entry}
                  options={options}
                  subtopics={subtopics}
                  errors={errors}
                  onChange={(patch) => changeEntry(index, patch)}
                  onRemove={() => removeEntry(index)}
                />
              ))}
              {values.expertise.length === 0 ? (
                <Text size="sm">{t('profiles.editor.noExpertise')}</Text>
              ) : null}
              <div>
                <Button
                  id="profile-add-entry"
                  variant="light"
                  leftSection={<IconPlus size={18} aria-hidden="true" />}
                  onClick={addEntry}
                  disabled={values.expertise.length >= LIMITS.entries}
                >
                  {t('profiles.editor.addEntry')}
                </Button>
              </div>
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <CompletenessHint values={values} />
        </Grid.Col>
      </Grid>
      <SaveBar dirty={dirty} saving={saving} savedAt={savedAt} memberId={memberId} />
    </form>
  );
}
