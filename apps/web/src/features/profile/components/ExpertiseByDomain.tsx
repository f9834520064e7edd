import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ExpertiseLevel, ProfileFieldsFragment } from '../../../gql/graphql';

type Entry = ProfileFieldsFragment['expertise'][number];

export interface ExpertiseByDomainProps {
  expertise: Entry[];
}

const LEVEL_COLORS: Record<ExpertiseLevel, string> = {
  BASIS: 'gray',
  GEVORDERD: 'blue',
  SPECIALIST: 'grape',
};

/** Entries grouped by domain (in the member's order), each with subtopics, level and offers. */
export function groupByDomain(
  expertise: Entry[],
): { slug: string; label: string; entries: Entry[] }[] {
  const groups = new Map<string, { slug: string; label: string; entries: Entry[] }>();
  for (const entry of expertise) {
    const group = groups.get(entry.domain.slug) ?? {
      slug: entry.domain.slug,
      label: entry.domain.label,
      entries: [],
    };
    group.entries.push(entry);
    groups.set(entry.domain.slug, group);
  }
  return [...groups.values()];
}

export function ExpertiseByDomain({ expertise }: ExpertiseByDomainProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {groupByDomain(expertise).map((group) => (
        <Card
          key={group.slug}
          component="section"
          withBorder
          radius="md"
          padding="md"
          aria-labelledby={`domain-${group.slug}`}
        >
          <Title order={3} fz="md" id={`domain-${group.slug}`} mb="xs">
            {group.label}
          </Title>
          <Stack gap="md">
            {group.entries.map((entry, index) => (
              <Stack key={index} gap={6}>
                <Group gap="xs" wrap="wrap">
                  <Badge color={LEVEL_COLORS[entry.level]} variant="light" tt="none">
                    {t(`profiles.levels.${entry.level}`)}
                  </Badge>
                  {entry.sourceLabel ? (
                    <Text size="sm" c="dimmed">
                      {t('profiles.page.source', { source: entry.sourceLabel })}
                    </Text>
                  ) : null}
                </Group>
                {entry.subtopics.length ? (
                  <List
                    size="sm"
                    spacing={2}
                    aria-label={t('profiles.page.subtopicsOf', { domain: group.label })}
                  >
                    {entry.subtopics.map((subtopic) => (
                      <List.Item key={subtopic.slug}>{subtopic.label}</List.Item>
                    ))}
                  </List>
                ) : null}
                {entry.description ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {entry.description}
                  </Text>
                ) : null}
                {entry.offerLabels.length ? (
                  <div>
                    <Text size="sm" fw={500} component="h4" m={0}>
                      {t('profiles.page.offers')}
                    </Text>
                    <Group gap={6} mt={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                      {entry.offerLabels.map((label) => (
                        <li key={label}>
                          <Badge variant="outline" color="teal" tt="none">
                            {label}
                          </Badge>
                        </li>
                      ))}
                    </Group>
                  </div>
                ) : null}
              </Stack>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
