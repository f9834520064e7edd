import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PrivacyWarning } from '../../../components/PrivacyWarning';
import { getApiError } from '../../../lib/errors';
import { notifyFailure } from '../../../lib/notify';
import {
  anonymiseText,
  flaggedWords,
  privacyWarningOf,
  type PrivacyWarningState,
} from '../../../lib/privacy';
import { type EditorValue, EMPTY_EDITOR, toHtml, toPlainText } from '../lib/richText';
import { RichTextField } from './RichTextField';

export interface AnswerFormProps {
  label: string;
  submitLabel: string;
  initial?: EditorValue;
  /**
   * Saves the HTML; throws on failure. `confirmPrivacyWarning` is true when the member posts
   * anyway after the privacy guard's warning.
   */
  onSubmit: (html: string, options: { confirmPrivacyWarning?: boolean }) => Promise<unknown>;
  onCancel?: () => void;
  focusOnMount?: boolean;
  /** A title edited with the text (editing a question): its flags are shown and anonymised too. */
  title?: { value: string; onChange: (value: string) => void };
}

/** The answer editor: also used to edit an answer or a question's text. */
export function AnswerForm({
  label,
  submitLabel,
  initial = EMPTY_EDITOR,
  onSubmit,
  onCancel,
  focusOnMount,
  title,
}: AnswerFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState<EditorValue>(initial);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [warning, setWarning] = useState<PrivacyWarningState | null>(null);

  const send = async (confirmPrivacyWarning: boolean) => {
    if (value.text.trim() === '') {
      setError(t('questions.answer.required'));
      return;
    }
    setSaving(true);
    try {
      await onSubmit(toHtml(value), confirmPrivacyWarning ? { confirmPrivacyWarning } : {});
      setValue(EMPTY_EDITOR);
      setError(undefined);
      setWarning(null);
    } catch (caught) {
      const privacy = privacyWarningOf(caught);
      const info = getApiError(caught);
      // On a refusal or a warning the text stays in the form.
      if (privacy) setWarning(privacy);
      else if (info.code === 'BAD_USER_INPUT') setError(info.message ?? t('errors.badUserInput'));
      else notifyFailure(info.message ?? t('errors.unknown'));
    } finally {
      setSaving(false);
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(false);
  };

  const anonymiseAll = () => {
    setValue({ ...value, text: anonymiseText(value.text) });
    if (title) title.onChange(anonymiseText(title.value));
    setWarning(null);
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <RichTextField
          label={label}
          value={value}
          onChange={(next) => {
            setValue(next);
            setWarning(null);
            if (error) setError(undefined);
          }}
          error={error}
          minRows={4}
          focusOnMount={focusOnMount}
        />
        {warning ? (
          <PrivacyWarning
            message={warning.message}
            words={flaggedWords(warning.flags, {
              body: toPlainText(value),
              title: title?.value.trim() ?? '',
            })}
            onAnonymise={anonymiseAll}
            onPostAnyway={() => void send(true)}
            posting={saving}
          />
        ) : null}
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
