import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';

import { PageLoader } from '../../../components/PageLoader';
import type { CurrentMemberFieldsFragment } from '../../../gql/graphql';
import { useCurrentMember } from '../../../hooks/useCurrentMember';
import { useLanguage } from '../../../hooks/useLanguage';
import { isAppLanguage } from '../../../lib/i18n';
import { AuthCard } from './AuthCard';
import { SignInForm } from './SignInForm';

interface SignInLocationState {
  from?: string;
  reason?: 'expired';
  signedOut?: boolean;
}

/** Only same-site paths are followed after sign-in (no open redirects). */
export function safeReturnPath(from: unknown): string {
  if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) {
    return from.startsWith('/inloggen') ? '/' : from;
  }
  return '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { setLanguage, language } = useLanguage();
  const { member, loading } = useCurrentMember();
  const state = (location.state ?? {}) as SignInLocationState;
  const returnPath = safeReturnPath(state.from);

  if (loading) {
    return <PageLoader />;
  }
  if (member) {
    return <Navigate to={returnPath} replace />;
  }

  const handleSignedIn = (signedIn: CurrentMemberFieldsFragment) => {
    // The account's language wins after sign-in: it is the member's stored preference.
    if (isAppLanguage(signedIn.locale) && signedIn.locale !== language) {
      void setLanguage(signedIn.locale);
    }
    void navigate(returnPath, { replace: true });
  };

  return (
    <AuthCard title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
      {state.reason === 'expired' ? (
        <Alert color="yellow" variant="light">
          {t('auth.signIn.sessionExpired')}
        </Alert>
      ) : null}
      {state.signedOut ? (
        <Alert color="blue" variant="light">
          {t('auth.signIn.signedOut')}
        </Alert>
      ) : null}
      <SignInForm onSignedIn={handleSignedIn} />
    </AuthCard>
  );
}
