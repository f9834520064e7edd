import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { UpdateMyLocaleMutation } from '../../../graphql/updateMyLocale';
import { useLanguage } from '../../../hooks/useLanguage';
import { notifySuccess } from '../../../lib/notify';
import { writeCurrentMember } from '../../../lib/session';
import { AcceptInvitationMutation } from '../graphql/acceptInvitation';
import { InvitationInfoQuery } from '../graphql/invitationInfo';
import { AuthCard } from './AuthCard';
import { NewPasswordForm } from './NewPasswordForm';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(InvitationInfoQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const [acceptInvitation] = useMutation(AcceptInvitationMutation);
  const [updateLocale] = useMutation(UpdateMyLocaleMutation);

  if (loading && !data) {
    return (
      <AuthCard title={t('auth.invitation.title')}>
        <Stack gap="sm" role="status" aria-label={t('common.loading')}>
          <Skeleton height={20} width="60%" />
          <Skeleton height={14} />
          <Skeleton height={36} mt="md" />
          <Skeleton height={36} />
        </Stack>
      </AuthCard>
    );
  }

  if (error) {
    return (
      <AuthCard title={t('auth.invitation.title')}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </AuthCard>
    );
  }

  const invitation = data?.invitation;
  if (!invitation) {
    return (
      <AuthCard title={t('auth.invitation.invalidTitle')}>
        <Alert color="yellow" variant="light" role="alert">
          {t('auth.invitation.invalid')}
        </Alert>
        <Anchor component={Link} to="/inloggen" size="sm" ta="center">
          {t('auth.forgot.backToSignIn')}
        </Anchor>
      </AuthCard>
    );
  }

  const handleSubmit = async (password: string) => {
    const result = await acceptInvitation({
      variables: { input: { token, password } },
      update: (cache, { data: accepted }) => {
        if (accepted?.acceptInvitation) {
          writeCurrentMember(cache, accepted.acceptInvitation);
        }
      },
    });
    // The language chosen while accepting becomes the account's language.
    if (result.data && result.data.acceptInvitation.locale !== language) {
      await updateLocale({ variables: { input: { locale: language } } }).catch(() => undefined);
    }
    notifySuccess(t('auth.invitation.success'));
    await navigate('/', { replace: true });
  };

  return (
    <AuthCard title={t('auth.invitation.title')}>
      <Title order={2} fz="lg">
        {t('auth.invitation.welcome', { name: invitation.name })}
      </Title>
      <Text style={{ overflowWrap: 'anywhere' }}>
        {t('auth.invitation.intro', { email: invitation.email })}
      </Text>
      <NewPasswordForm
        submitLabel={t('auth.invitation.submit')}
        onSubmit={handleSubmit}
        invalidTokenMessage={t('auth.invitation.invalid')}
        username={invitation.email}
      />
    </AuthCard>
  );
}
