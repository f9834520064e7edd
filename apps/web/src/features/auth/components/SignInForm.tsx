import { useMutation } from '@apollo/client/react';
import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CurrentMemberFieldsFragment } from '../../../gql/graphql';
import { getApiError } from '../../../lib/errors';
import { writeCurrentMember } from '../../../lib/session';
import { LoginMutation } from '../graphql/login';
import { validateEmail, validateRequiredPassword } from '../validation';
import { FormError } from './FormError';

export interface SignInFormProps {
  onSignedIn: (member: CurrentMemberFieldsFragment) => void;
}

interface FieldErrors {
  email?: string | null;
  password?: string | null;
}

/** Maps a failed login to a message that never reveals whether the e-mail address exists. */
export function signInErrorKey(error: unknown): string {
  switch (getApiError(error).code) {
    case 'TOO_MANY_REQUESTS':
      return 'auth.signIn.tooManyAttempts';
    case 'NETWORK':
      return 'errors.network';
    case 'UNAUTHENTICATED':
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'FORBIDDEN':
      return 'auth.signIn.wrongCredentials';
    default:
      return 'errors.unknown';
  }
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LoginMutation);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {
      email: validateEmail(email),
      password: validateRequiredPassword(password),
    };
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) {
      return;
    }
    try {
      const result = await login({
        variables: { input: { email: email.trim(), password } },
        update: (cache, { data }) => {
          if (data?.login) {
            writeCurrentMember(cache, data.login);
          }
        },
      });
      if (result.data?.login) {
        onSignedIn(result.data.login);
      }
    } catch (error) {
      setPassword('');
      setFormError(t(signInErrorKey(error)));
    }
  };

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label={t('auth.signIn.title')}
    >
      <Stack gap="md">
        <FormError message={formError} />
        <TextInput
          label={t('common.email')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email ? t(fieldErrors.email) : undefined}
        />
        <PasswordInput
          label={t('common.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password ? t(fieldErrors.password) : undefined}
          aria-invalid={Boolean(fieldErrors.password)}
          visibilityToggleButtonProps={{
            'aria-label': t('auth.password.toggleVisibility'),
          }}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('auth.signIn.submit')}
        </Button>
        <Anchor component={Link} to="/wachtwoord-vergeten" size="sm" ta="center">
          {t('auth.signIn.forgotPassword')}
        </Anchor>
      </Stack>
    </form>
  );
}
