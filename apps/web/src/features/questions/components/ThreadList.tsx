import { useQuery } from '@apollo/client/react';
import { Chip, EmptyState, Group, Select, Skeleton, Stack } from '@mantine/core';
import { IconMessageQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { TablePagination } from '../../../components/TablePagination';
import { QuestionTaxonomyQuery } from '../graphql/questionOptions';
import { ThreadsQuery } from '../graphql/threads';
import { useThreadParams } from '../hooks/useThreadParams';
import { FollowDomainButton } from './FollowDomainButton';
import { ThreadListItem } from './ThreadListItem';

export const THREAD_PAGE_SIZE = 10;

export interface ThreadListProps {
  /** Only this group's questions; leave out for everything you can read. */
  groupId?: string;
  showDomainFilter?: boolean;
  /** Accessible name of the list, e.g. "Vragen in Jonge kind". */
  label: string;
}

/** Questions with filters (unanswered, mine, domain) and pagination, kept in the URL. */
export function ThreadList({ groupId, showDomainFilter = true, label }: ThreadListProps) {
  const { t } = useTranslation();
  const [params, update] = useThreadParams();
  const taxonomy = useQuery(QuestionTaxonomyQuery, {
    skip: !showDomainFilter,
    fetchPolicy: 'cache-first',
  });
  const { data, previousData, loading, error, refetch } = useQuery(ThreadsQuery, {
    variables: {
      filter: {
        groupId,
        unanswered: params.unanswered || undefined,
        mine: params.mine || undefined,
        domain: params.domain ?? undefined,
      },
      first: THREAD_PAGE_SIZE,
      offset: (params.page - 1) * THREAD_PAGE_SIZE,
    },
  });
  const page = (data ?? previousData)?.threads;
  const filtered = params.unanswered || params.mine || params.domain !== null;
  const domains = taxonomy.data?.taxonomy ?? [];
  const followDomain =
    showDomainFilter && params.domain
      ? {
          slug: params.domain,
          label: domains.find((domain) => domain.slug === params.domain)?.label ?? params.domain,
        }
      : null;

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Group gap="xs" role="group" aria-label={t('questions.filters.label')}>
          <Chip
            checked={params.unanswered}
            onChange={(unanswered) => update({ unanswered })}
            variant="outline"
          >
            {t('questions.filters.unanswered')}
          </Chip>
          <Chip checked={params.mine} onChange={(mine) => update({ mine })} variant="outline">
            {t('questions.filters.mine')}
          </Chip>
        </Group>
        {showDomainFilter ? (
          <Select
            label={t('questions.filters.domain')}
            placeholder={t('questions.filters.allDomains')}
            data={domains.map((domain) => ({
              value: domain.slug,
              label: domain.label,
            }))}
            value={params.domain}
            onChange={(domain) => update({ domain })}
            clearable
            searchable
            w={{ base: '100%', xs: 260 }}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        {followDomain ? <FollowDomainButton key={followDomain.slug} domain={followDomain} /> : null}
      </Group>

      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page && loading ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={88} radius="md" />
          <Skeleton height={88} radius="md" />
          <Skeleton height={88} radius="md" />
        </Stack>
      ) : page && page.nodes.length === 0 ? (
        <EmptyState
          variant="light"
          icon={<IconMessageQuestion aria-hidden="true" />}
          title={filtered ? t('questions.list.noMatches') : t('questions.list.empty')}
          description={filtered ? t('questions.list.noMatchesHint') : t('questions.list.emptyHint')}
        />
      ) : page ? (
        <>
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            aria-label={label}
            aria-busy={loading || undefined}
            style={{ opacity: loading && !data ? 0.6 : 1 }}
          >
            {page.nodes.map((thread) => (
              <ThreadListItem key={thread.id} thread={thread} showGroup={!groupId} />
            ))}
          </Stack>
          <TablePagination
            page={params.page}
            pageSize={THREAD_PAGE_SIZE}
            total={page.total}
            onChange={(next) => update({ page: next })}
            label={t('questions.list.pagination')}
          />
        </>
      ) : null}
    </Stack>
  );
}
