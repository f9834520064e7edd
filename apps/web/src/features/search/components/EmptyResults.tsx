import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMessageQuestion, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { SearchDomainsQuery } from '../graphql/searchDomains';
import { useRelatedSubtopics } from '../hooks/useRelatedSubtopics';
import { searchPath } from '../lib/searchParams';
import { CHIP_STYLES } from './ExampleQuestions';

export interface EmptyResultsProps {
  query: string;
  filtered: boolean;
  onResetFilters: () => void;
}

function LinkList({
  id,
  title,
  items,
}: {
  id: string;
  title: string;
  items: { key: string; label: string; to: string }[];
}) {
  return (
    <div>
      <Title order={3} fz="md" mb="xs" id={id}>
        {title}
      </Title>
      <Group component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={id}>
        {items.map((item) => (
          <li key={item.key}>
            <Button
              component={Link}
              to={item.to}
              variant="light"
              radius="xl"
              size="compact-sm"
              styles={CHIP_STYLES}
            >
              {item.label}
            </Button>
          </li>
        ))}
      </Group>
    </div>
  );
}

/**
 * Nobody found: say so, offer related subtopics (or the taxonomy's domains) and asking the
 * groups instead.
 */
export function EmptyResults({ query, filtered, onResetFilters }: EmptyResultsProps) {
  const { t } = useTranslation();
  const { related, loading } = useRelatedSubtopics(query);
  const domains = useQuery(SearchDomainsQuery, { skip: loading || related.length > 0 });

  return (
    <Card withBorder radius="md" padding="xl">
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="xl" variant="light" color="gray" aria-hidden="true">
            <IconSearchOff size={24} />
          </ThemeIcon>
          <div>
            <Title order={2} fz="xl">
              {t('search.empty.title')}
            </Title>
            <Text c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {filtered
                ? t('search.empty.descriptionFiltered', { query })
                : t('search.empty.description', { query })}
            </Text>
            {filtered ? (
              <Button variant="default" mt="sm" onClick={onResetFilters}>
                {t('search.filters.reset')}
              </Button>
            ) : null}
          </div>
        </Group>
        {related.length ? (
          <LinkList
            id="search-empty-related"
            title={t('search.empty.related')}
            items={related.map((s) => ({
              key: s.subtopic.slug,
              label: s.subtopic.label,
              to: searchPath(s.subtopic.label),
            }))}
          />
        ) : domains.data?.taxonomy.length ? (
          <LinkList
            id="search-empty-domains"
            title={t('search.empty.domains')}
            items={domains.data.taxonomy.map((d) => ({
              key: d.slug,
              label: d.label,
              to: searchPath(d.label, { domain: [d.slug] }),
            }))}
          />
        ) : null}
        <Card withBorder radius="md" bg="blue.0" padding="md">
          <Group justify="space-between" gap="sm">
            <div style={{ flex: '1 1 14rem' }}>
              <Text fw={600}>{t('search.empty.askTitle')}</Text>
              <Text size="sm" c="dimmed">
                {t('search.empty.askHint')}
              </Text>
            </div>
            <Button
              component={Link}
              to={`/vragen/nieuw?${new URLSearchParams({ vraag: query }).toString()}`}
              leftSection={<IconMessageQuestion size={18} aria-hidden="true" />}
            >
              {t('search.empty.ask')}
            </Button>
          </Group>
        </Card>
      </Stack>
    </Card>
  );
}
