import { Anchor, Badge, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { upperFirst } from '@mantine/hooks';
import { IconMessageCircle, IconMessageCircleOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { type ExpertHit, matchedExpertise, relevantOffers } from '../lib/hit';
import { REASON_ICONS, reasonKind } from '../lib/reasons';
import { Snippet } from './Snippet';

export interface ResultCardProps {
  hit: ExpertHit;
  /** 1-based position in the ranking. */
  rank: number;
}

export function resultLinkId(rank: number): string {
  return `search-result-${rank}`;
}

/** One colleague in the results: who, where, what matches, how they help, and why. */
export function ResultCard({ hit, rank }: ResultCardProps) {
  const { t } = useTranslation();
  const { member } = hit;
  const profile = member.profile;
  const school = member.school
    ? [member.school.name, member.school.town].filter(Boolean).join(', ')
    : null;
  const matched = matchedExpertise(hit);
  const offers = relevantOffers(hit);
  const titleId = `${resultLinkId(rank)}-title`;
  const open = profile?.openForQuestions ?? false;
  // Availability has its own line above; the list keeps the other reasons.
  const reasons = hit.reasons.filter((reason) => reasonKind(reason) !== 'open');

  return (
    <Card
      component="article"
      aria-labelledby={titleId}
      withBorder
      radius="md"
      padding="lg"
      data-testid="search-result"
    >
      <Stack gap="sm">
        <div>
          <Title order={3} fz="lg" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/leden/${member.id}`} id={resultLinkId(rank)} inherit>
              {member.name}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            {[member.roleLabel, school].filter(Boolean).join(' · ')}
          </Text>
          {profile?.headline ? (
            <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {profile.headline}
            </Text>
          ) : null}
        </div>

        {matched.length ? (
          <div>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4} id={`${titleId}-matched`}>
              {t('search.card.matched')}
            </Text>
            <Group
              component="ul"
              gap={6}
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby={`${titleId}-matched`}
            >
              {matched.map((m) => (
                <li key={m.slug}>
                  <Badge
                    size="lg"
                    variant="light"
                    color="yellow"
                    c="dark.8"
                    tt="none"
                    fw={600}
                    styles={{
                      root: { height: 'auto', minHeight: 28 },
                      label: { whiteSpace: 'normal', textAlign: 'left' },
                    }}
                  >
                    {m.label}
                    {m.level ? (
                      <Text span fw={500} c="gray.8" inherit>
                        {' · '}
                        {t(`search.levels.${m.level}`)}
                      </Text>
                    ) : null}
                  </Badge>
                </li>
              ))}
            </Group>
          </div>
        ) : null}

        {offers.length ? (
          <Text size="sm">
            <Text span fw={600} inherit>
              {t('search.card.offers')}:{' '}
            </Text>
            {offers.join(' · ')}
          </Text>
        ) : null}

        <Group gap={6} wrap="nowrap" align="flex-start">
          {open ? (
            <IconMessageCircle size={18} aria-hidden="true" color="var(--mantine-color-teal-8)" />
          ) : (
            <IconMessageCircleOff
              size={18}
              aria-hidden="true"
              color="var(--mantine-color-gray-6)"
            />
          )}
          <Text size="sm" fw={open ? 500 : 400} c={open ? 'teal.9' : 'dimmed'}>
            {open
              ? [t('search.card.open'), profile?.availability].filter(Boolean).join(' · ')
              : t('search.card.notOpen')}
          </Text>
        </Group>

        {reasons.length ? (
          <div>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4} id={`${titleId}-reasons`}>
              {t('search.card.reasons')}
            </Text>
            <List spacing={6} size="sm" center lh={1.4} aria-labelledby={`${titleId}-reasons`}>
              {reasons.map((reason) => {
                const Icon = REASON_ICONS[reasonKind(reason)];
                return (
                  <List.Item
                    key={reason}
                    icon={
                      <ThemeIcon size={22} radius="xl" variant="light" aria-hidden="true">
                        <Icon size={14} />
                      </ThemeIcon>
                    }
                  >
                    {upperFirst(reason)}
                  </List.Item>
                );
              })}
            </List>
          </div>
        ) : null}
      </Stack>
      {hit.snippet ? (
        <Card.Section withBorder inheritPadding py="sm" mt="md" bg="gray.0">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
            {t('search.card.snippet')}
          </Text>
          <Snippet snippet={hit.snippet} />
        </Card.Section>
      ) : null}
    </Card>
  );
}
