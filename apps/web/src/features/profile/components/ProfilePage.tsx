import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { ComingSoon } from '../../../components/ComingSoon';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useCurrentMember } from '../../../hooks/useCurrentMember';

export function ProfilePage() {
  const { t } = useTranslation();
  const { member, loading } = useCurrentMember();

  if (loading || !member) {
    return <PageLoader />;
  }

  const school = member.school
    ? [member.school.name, member.school.town].filter(Boolean).join(', ')
    : t('profile.noSchool');

  const rows: { label: string; value: string }[] = [
    { label: t('common.name'), value: member.name },
    { label: t('common.email'), value: member.email },
    { label: t('profile.school'), value: school },
    { label: t('profile.jobRole'), value: member.roleLabel },
  ];

  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <Card withBorder radius="md" padding="lg" mb="xl">
        <Group justify="space-between" mb="md">
          <Title order={2} fz="lg">
            {t('profile.account')}
          </Title>
          <Badge variant="light">{t(`platformRole.${member.platformRole}`)}</Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
          {rows.map((row) => (
            <Stack key={row.label} gap={2}>
              <Text component="dt" size="sm" c="dimmed">
                {row.label}
              </Text>
              <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
                {row.value}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Card>
      <ComingSoon
        icon={<IconId aria-hidden="true" />}
        title={t('profile.soonTitle')}
        description={t('profile.soonText')}
      />
    </>
  );
}
