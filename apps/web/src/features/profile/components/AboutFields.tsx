import { Card, Stack, Switch, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { type FieldErrors, fieldId, LIMITS, type ProfileFormValues } from '../lib/formModel';

export interface AboutFieldsProps {
  values: ProfileFormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<ProfileFormValues>) => void;
}

/** Headline, bio, free tags and availability. */
export function AboutFields({ values, errors, onChange }: AboutFieldsProps) {
  const { t } = useTranslation();
  return (
    <Card component="section" withBorder radius="md" padding="lg" aria-labelledby="profile-about">
      <Title order={2} fz="lg" mb="md" id="profile-about">
        {t('profiles.editor.aboutTitle')}
      </Title>
      <Stack gap="md">
        <TextInput
          id={fieldId('headline')}
          label={t('profiles.editor.headline')}
          description={t('profiles.editor.headlineHint')}
          placeholder={t('profiles.editor.headlinePlaceholder')}
          value={values.headline}
          onChange={(event) => onChange({ headline: event.currentTarget.value })}
          maxLength={LIMITS.headline}
          error={errors['headline']}
        />
        <Textarea
          id={fieldId('bio')}
          label={t('profiles.editor.bio')}
          description={t('profiles.editor.bioHint', {
            count: values.bio.length,
            max: LIMITS.bio,
          })}
          placeholder={t('profiles.editor.bioPlaceholder')}
          value={values.bio}
          onChange={(event) => onChange({ bio: event.currentTarget.value })}
          maxLength={LIMITS.bio}
          autosize
          minRows={4}
          maxRows={14}
          error={errors['bio']}
        />
        <TagsInput
          id={fieldId('tags')}
          label={t('profiles.editor.tags')}
          description={t('profiles.editor.tagsHint')}
          placeholder={values.tags.length ? undefined : t('profiles.editor.tagsPlaceholder')}
          value={values.tags}
          onChange={(tags) => onChange({ tags })}
          maxTags={LIMITS.tags}
          splitChars={[',']}
          clearable
          clearButtonProps={{ 'aria-label': t('profiles.editor.clearTags') }}
          error={errors['tags']}
        />
        <Switch
          id={fieldId('openForQuestions')}
          label={t('profiles.editor.openForQuestions')}
          description={t('profiles.editor.openForQuestionsHint')}
          checked={values.openForQuestions}
          onChange={(event) => onChange({ openForQuestions: event.currentTarget.checked })}
          error={errors['openForQuestions']}
        />
        <TextInput
          id={fieldId('availability')}
          label={t('profiles.editor.availability')}
          description={t('profiles.editor.availabilityHint')}
          placeholder={t('profiles.editor.availabilityPlaceholder')}
          value={values.availability}
          onChange={(event) => onChange({ availability: event.currentTarget.value })}
          maxLength={LIMITS.availability}
          error={errors['availability']}
        />
      </Stack>
    </Card>
  );
}
