import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getApiError } from '../../../lib/errors';
import { notifyFailure } from '../../../lib/notify';
import { type EditorValue, EMPTY_EDITOR, toHtml } from '../lib/richText';
import { RichTextField } from './RichTextField';

export interface AnswerFormProps {
  label: string;
  submitLabel: string;
  initial?: EditorValue;
  /** Saves the HTML; throws on failure. */
  onSubmit: (html: string) => Promise<unknown>;
  onCancel?: () => void;
  focusOnMount?: boolean;
}

/** The answer editor: also used to edit an answer or a question's text. */
export function AnswerForm({
  label,
  submitLabel,
  initial = EMPTY_EDITOR,
  onSubmit,
  onCancel,
  focusOnMount,
}: AnswerFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState<EditorValue>(initial);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (value.text.trim() === '') {
      setError(t('questions.answer.required'));
      return;
    }
    setSaving(true);
    try {
      await onSubmit(toHtml(value));
      setValue(EMPTY_EDITOR);
      setError(undefined);
    } catch (caught) {
      const info = getApiError(caught);
      if (info.code === 'BAD_USER_INPUT') setError(info.message ?? t('errors.badUserInput'));
      else notifyFailure(info.message ?? t('errors.unknown'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="sm">
        <RichTextField
          label={label}
          value={value}
          onChange={(next) => {
            setValue(next);
            if (error) setError(undefined);
          }}
          error={error}
          minRows={4}
          focusOnMount={focusOnMount}
        />
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
