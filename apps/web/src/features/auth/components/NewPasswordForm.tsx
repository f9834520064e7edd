import { Button, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey, getApiError } from '../../../lib/errors';
import { validateNewPassword, validatePasswordConfirmation } from '../validation';
import { FormError } from './FormError';

export interface NewPasswordFormProps {
  submitLabel: string;
  /** Sends the password; rejects with the Apollo error when the server refuses it. */
  onSubmit: (password: string) => Promise<unknown>;
  /** Shown when the link's token turns out to be invalid or expired. */
  invalidTokenMessage: string;
  /** Optional hidden username field so password managers store the right account. */
  username?: string;
}

interface FieldErrors {
  password?: string | null;
  confirmation?: string | null;
}

export function NewPasswordForm({
  submitLabel,
  onSubmit,
  invalidTokenMessage,
  username,
}: NewPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const passwordKey = validateNewPassword(password);
    const confirmationKey = passwordKey
      ? null
      : validatePasswordConfirmation(password, confirmation);
    setFieldErrors({
      password: passwordKey ? t(passwordKey) : null,
      confirmation: confirmationKey ? t(confirmationKey) : null,
    });
    setFormError(null);
    if (passwordKey || confirmationKey) {
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit(password);
    } catch (error) {
      const info = getApiError(error);
      if (info.code === 'BAD_USER_INPUT' && (!info.field || info.field === 'password')) {
        // The server's own (Dutch) explanation, e.g. "Dit wachtwoord komt te vaak voor".
        setFieldErrors({ password: info.message ?? t('errors.badUserInput') });
      } else if (
        info.code === 'NOT_FOUND' ||
        info.code === 'UNAUTHENTICATED' ||
        (info.code === 'BAD_USER_INPUT' && info.field === 'token')
      ) {
        setFormError(invalidTokenMessage);
      } else {
        setFormError(t(errorMessageKey(info.code)));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <FormError message={formError} />
        {username ? (
          <input
            type="text"
            name="username"
            autoComplete="username"
            value={username}
            readOnly
            hidden
          />
        ) : null}
        <PasswordInput
          label={t('auth.password.new')}
          description={t('auth.password.rules')}
          name="new-password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password ?? undefined}
          // Mantine's PasswordInput links the error but does not mark the field invalid itself.
          aria-invalid={Boolean(fieldErrors.password)}
          maxLength={256}
        />
        <PasswordInput
          label={t('auth.password.confirm')}
          name="confirm-password"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(event) => setConfirmation(event.currentTarget.value)}
          error={fieldErrors.confirmation ?? undefined}
          aria-invalid={Boolean(fieldErrors.confirmation)}
          maxLength={256}
        />
        <Button type="submit" loading={submitting} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
