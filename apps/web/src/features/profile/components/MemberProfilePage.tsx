import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import {
  IconMail,
  IconMessageCircleCheck,
  IconMessageCircleOff,
  IconPencil,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { type PageStatus, StatusPage } from '../../../components/StatusPage';
import type { MemberProfileQuery as MemberProfileData } from '../../../gql/graphql';
import { useCurrentMember } from '../../../hooks/useCurrentMember';
import { useLanguage } from '../../../hooks/useLanguage';
import { pageStatusOf } from '../../../lib/errors';
import { MemberProfileQuery } from '../graphql/memberProfile';
import { formatDate, formatRelativeDay } from '../lib/dates';
import { ExpertiseByDomain } from './ExpertiseByDomain';

type ProfileMember = NonNullable<MemberProfileData['member']>;

/** A colleague's profile: who, where, what they know, and how to get in touch. */
export function MemberProfilePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MemberProfileQuery, { variables: { id } });
  const member = data?.member;

  if (member) return <MemberProfile member={member} />;
  if (loading && !data) return <PageLoader />;
  const status = error ? pageStatusOf(error) : 'notFound';
  if (status) return <MemberStatus status={status} />;
  return <ErrorAlert error={error} onRetry={() => void refetch()} />;
}

function MemberStatus({ status }: { status: PageStatus }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      kind={status}
      title={status === 'notFound' ? t('profiles.page.notFoundTitle') : undefined}
      text={status === 'notFound' ? t('profiles.page.notFoundText') : undefined}
      back={{ to: '/leden', label: t('profiles.page.toDirectory') }}
    />
  );
}

function MemberProfile({ member }: { member: ProfileMember }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { member: viewer } = useCurrentMember();
  const own = viewer?.id === member.id;
  const profile = member.profile;
  const school = member.school
    ? [member.school.name, member.school.town].filter(Boolean).join(', ')
    : null;
  const subtitle = [member.roleLabel, school, member.school?.board?.name]
    .filter(Boolean)
    .join(' · ');
  const availability = profile?.openForQuestions
    ? [t('profiles.page.open'), profile.availability].filter(Boolean).join(' · ')
    : t('profiles.page.notOpen');
  const updatedAt = profile ? new Date(profile.updatedAt) : null;

  return (
    <>
      <PageHeader
        title={member.name}
        description={subtitle}
        actions={
          own ? (
            <Button
              component={Link}
              to="/profiel"
              leftSection={<IconPencil size={18} aria-hidden="true" />}
            >
              {t('profiles.page.edit')}
            </Button>
          ) : null
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {profile?.headline || profile?.bio ? (
              <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="about">
                <Title order={2} fz="lg" id="about" mb="xs">
                  {t('profiles.page.about')}
                </Title>
                {profile.headline ? (
                  <Text fw={600} size="lg" mb="xs" style={{ overflowWrap: 'anywhere' }}>
                    {profile.headline}
                  </Text>
                ) : null}
                {profile.bio ? (
                  // Plain text: React escapes it; pre-line keeps the member's line breaks.
                  <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {profile.bio}
                  </Text>
                ) : null}
              </Card>
            ) : null}
            <Stack gap="sm" component="section" aria-labelledby="expertise">
              <Title order={2} fz="lg" id="expertise">
                {t('profiles.page.expertise')}
              </Title>
              {profile?.expertise.length ? (
                <ExpertiseByDomain expertise={profile.expertise} />
              ) : (
                <Text c="dimmed">
                  {own ? t('profiles.page.noExpertiseOwn') : t('profiles.page.noExpertise')}
                </Text>
              )}
              {own && !profile?.expertise.length ? (
                <div>
                  <Button component={Link} to="/profiel" variant="light">
                    {t('profiles.page.fillIn')}
                  </Button>
                </div>
              ) : null}
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder radius="md" padding="lg" component="aside" aria-labelledby="contact">
            <Title order={2} fz="lg" id="contact" mb="sm">
              {t('profiles.page.contact')}
            </Title>
            <Stack gap="sm">
              <Group gap={8} wrap="nowrap" align="flex-start">
                {profile?.openForQuestions ? (
                  <IconMessageCircleCheck
                    size={20}
                    color="var(--mantine-color-teal-8)"
                    aria-hidden="true"
                    style={{ flex: 'none', marginTop: 2 }}
                  />
                ) : (
                  <IconMessageCircleOff
                    size={20}
                    color="var(--mantine-color-gray-7)"
                    aria-hidden="true"
                    style={{ flex: 'none', marginTop: 2 }}
                  />
                )}
                <Text fw={500}>{availability}</Text>
              </Group>
              <Button
                component="a"
                href={`mailto:${member.email}`}
                variant={own ? 'default' : 'filled'}
                leftSection={<IconMail size={18} aria-hidden="true" />}
              >
                {t('profiles.page.email')}
              </Button>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {member.email}
              </Text>
              {profile?.tags.length ? (
                <div>
                  <Text size="sm" fw={500} component="h3" m={0}>
                    {t('profiles.page.tags')}
                  </Text>
                  <Group gap={6} mt={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                    {profile.tags.map((tag) => (
                      <li key={tag}>
                        <Badge variant="default" tt="none">
                          {tag}
                        </Badge>
                      </li>
                    ))}
                  </Group>
                </div>
              ) : null}
              {updatedAt ? (
                <Text size="sm" c="dimmed">
                  {t('profiles.page.updated')}{' '}
                  <time dateTime={profile?.updatedAt} title={formatDate(updatedAt, language)}>
                    {formatRelativeDay(updatedAt, language)}
                  </time>
                </Text>
              ) : null}
              {own ? (
                <Anchor component={Link} to="/profiel" size="sm">
                  {t('profiles.page.editLink')}
                </Anchor>
              ) : null}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
