import { useMutation } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { notifySuccess } from '../../../lib/notify';
import { writeCurrentMember } from '../../../lib/session';
import { ResetPasswordMutation } from '../graphql/resetPassword';
import { AuthCard } from './AuthCard';
import { NewPasswordForm } from './NewPasswordForm';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [resetPassword] = useMutation(ResetPasswordMutation);

  const handleSubmit = async (password: string) => {
    await resetPassword({
      variables: { input: { token, password } },
      update: (cache, { data }) => {
        if (data?.resetPassword) {
          writeCurrentMember(cache, data.resetPassword);
        }
      },
    });
    notifySuccess(t('auth.reset.success'));
    await navigate('/', { replace: true });
  };

  return (
    <AuthCard title={t('auth.reset.title')} intro={t('auth.reset.intro')}>
      <NewPasswordForm
        submitLabel={t('auth.reset.submit')}
        onSubmit={handleSubmit}
        invalidTokenMessage={t('auth.reset.invalidToken')}
      />
      <Anchor component={Link} to="/wachtwoord-vergeten" size="sm" ta="center">
        {t('auth.reset.requestNew')}
      </Anchor>
    </AuthCard>
  );
}
