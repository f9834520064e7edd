import { useQuery } from '@apollo/client/react';
import { Card, Grid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { MyProfileQuery } from '../graphql/myProfile';
import { ProfileOptionsQuery } from '../graphql/profileOptions';
import { ProfileForm } from './ProfileForm';

/** "Mijn profiel": the signed-in member edits their expertise profile. */
export function ProfileEditorPage() {
  const { t } = useTranslation();
  const profile = useQuery(MyProfileQuery);
  const options = useQuery(ProfileOptionsQuery);
  const me = profile.data?.me;
  const error = profile.error ?? options.error;

  return (
    <>
      <PageHeader title={t('profiles.editor.title')} description={t('profiles.editor.intro')} />
      {me && options.data ? (
        <ProfileForm key={me.id} memberId={me.id} profile={me.profile} options={options.data} />
      ) : error ? (
        <ErrorAlert
          error={error}
          onRetry={() => {
            void profile.refetch();
            void options.refetch();
          }}
        />
      ) : (
        <EditorSkeleton />
      )}
    </>
  );
}

function EditorSkeleton() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <Grid gap="lg" aria-hidden="true">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder radius="md" padding="lg">
            <Stack gap="md">
              <Skeleton h={20} w="40%" />
              <Skeleton h={36} />
              <Skeleton h={110} />
              <Skeleton h={36} />
              <Skeleton h={24} w="60%" />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder radius="md" padding="md">
            <Skeleton h={16} w="70%" mb="sm" />
            <Skeleton h={10} radius="xl" />
          </Card>
        </Grid.Col>
      </Grid>
    </div>
  );
}
