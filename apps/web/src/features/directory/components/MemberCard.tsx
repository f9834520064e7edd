import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { IconMessageCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { DirectoryMembersQuery } from '../../../gql/graphql';

export type DirectoryMember = DirectoryMembersQuery['members']['nodes'][number];

const MAX_DOMAINS = 3;

/** A colleague in the directory; the name links to the profile page. */
export function MemberCard({ member }: { member: DirectoryMember }) {
  const { t } = useTranslation();
  const school = member.school
    ? [member.school.name, member.school.town].filter(Boolean).join(', ')
    : null;
  const domains = [
    ...new Map(
      (member.profile?.expertise ?? []).map((entry) => [entry.domain.slug, entry.domain.label]),
    ).values(),
  ];
  const more = domains.length - MAX_DOMAINS;

  return (
    <Card withBorder radius="md" padding="md" h="100%">
      <Title order={2} fz="md" mb={2}>
        <Anchor component={Link} to={`/leden/${member.id}`} inherit>
          {member.name}
        </Anchor>
      </Title>
      <Text size="sm" c="dimmed">
        {[member.roleLabel, school].filter(Boolean).join(' · ')}
      </Text>
      {member.profile?.headline ? (
        <Text size="sm" mt="xs" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {member.profile.headline}
        </Text>
      ) : null}
      {member.profile?.openForQuestions ? (
        <Group gap={6} mt="xs" wrap="nowrap">
          <IconMessageCircleCheck
            size={18}
            color="var(--mantine-color-teal-9)"
            aria-hidden="true"
            style={{ flex: 'none' }}
          />
          <Text size="sm" fw={500} c="teal.9">
            {t('directory.card.open')}
          </Text>
        </Group>
      ) : null}
      {domains.length ? (
        <Group gap={6} mt="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {domains.slice(0, MAX_DOMAINS).map((label) => (
            <li key={label}>
              <Badge variant="default" tt="none">
                {label}
              </Badge>
            </li>
          ))}
          {more > 0 ? (
            <li>
              <Badge variant="default" tt="none">
                {t('directory.card.more', { count: more })}
              </Badge>
            </li>
          ) : null}
        </Group>
      ) : null}
    </Card>
  );
}
