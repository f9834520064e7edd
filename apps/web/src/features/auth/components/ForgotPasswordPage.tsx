import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { getApiError } from '../../../lib/errors';
import { RequestPasswordResetMutation } from '../graphql/requestPasswordReset';
import { validateEmail } from '../validation';
import { AuthCard } from './AuthCard';
import { FormError } from './FormError';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = validateEmail(email);
    setEmailError(key ? t(key) : null);
    setFormError(null);
    if (key) {
      return;
    }
    try {
      await requestReset({ variables: { input: { email: email.trim() } } });
      setSentTo(email.trim());
    } catch (error) {
      const { code } = getApiError(error);
      if (code === 'TOO_MANY_REQUESTS') {
        setFormError(t('errors.tooManyRequests'));
      } else if (code === 'NETWORK') {
        setFormError(t('errors.network'));
      } else {
        // Same answer whether or not the address has an account.
        setSentTo(email.trim());
      }
    }
  };

  const backLink = (
    <Anchor component={Link} to="/inloggen" size="sm" ta="center">
      {t('auth.forgot.backToSignIn')}
    </Anchor>
  );

  if (sentTo) {
    return (
      <AuthCard title={t('auth.forgot.confirmationTitle')}>
        <Alert
          role="status"
          color="green"
          variant="light"
          icon={<IconMailCheck aria-hidden="true" />}
        >
          {t('auth.forgot.confirmation', { email: sentTo })}
        </Alert>
        <Text size="sm" c="dimmed">
          {t('auth.forgot.checkSpam')}
        </Text>
        {backLink}
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.forgot.title')} intro={t('auth.forgot.intro')}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <TextInput
            label={t('common.email')}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={emailError ?? undefined}
          />
          <Button type="submit" loading={loading} fullWidth>
            {t('auth.forgot.submit')}
          </Button>
          {backLink}
        </Stack>
      </form>
    </AuthCard>
  );
}
