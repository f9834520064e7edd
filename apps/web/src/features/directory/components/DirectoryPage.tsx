import { useQuery } from '@apollo/client/react';
import { Card, EmptyState, SimpleGrid, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { TablePagination } from '../../../components/TablePagination';
import { DirectoryMembersQuery } from '../graphql/directoryMembers';
import {
  DIRECTORY_PAGE_SIZE,
  hasFilters,
  toFilterInput,
  useDirectoryParams,
} from '../hooks/useDirectoryParams';
import { DirectoryFilters } from './DirectoryFilters';
import { MemberCard } from './MemberCard';

/** "Collega's": everyone in the association, filterable, 24 per page. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { params, update } = useDirectoryParams();
  const { data, previousData, loading, error, refetch } = useQuery(DirectoryMembersQuery, {
    variables: {
      filter: toFilterInput(params),
      first: DIRECTORY_PAGE_SIZE,
      offset: (params.page - 1) * DIRECTORY_PAGE_SIZE,
    },
  });
  const shown = data ?? previousData;
  const members = shown?.members.nodes ?? [];
  const total = shown?.members.total ?? 0;

  const changePage = (page: number) => {
    update({ page });
    window.scrollTo({ top: 0 });
  };

  return (
    <>
      <PageHeader title={t('directory.title')} description={t('directory.intro')} />
      <DirectoryFilters params={params} onChange={update} />
      <Text fw={500} mb="sm" aria-live="polite">
        {shown ? t('directory.count', { count: total }) : '\u00a0'}
      </Text>
      {error && !shown ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !shown ? (
        <div role="status">
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-hidden="true">
            {Array.from({ length: 6 }, (_, i) => (
              <Card key={i} withBorder radius="md" padding="md">
                <Skeleton h={18} w="60%" mb="xs" />
                <Skeleton h={12} w="80%" mb="md" />
                <Skeleton h={20} w="40%" />
              </Card>
            ))}
          </SimpleGrid>
        </div>
      ) : members.length === 0 ? (
        <EmptyState
          icon={<IconUsers aria-hidden="true" />}
          title={t('directory.emptyTitle')}
          description={hasFilters(params) ? t('directory.emptyFiltered') : t('directory.empty')}
          py="xl"
        />
      ) : (
        <>
          <SimpleGrid
            component="ul"
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            p={0}
            m={0}
            style={{ listStyle: 'none', opacity: loading && !data ? 0.6 : 1 }}
            aria-label={t('directory.listLabel')}
            aria-busy={loading && !data}
          >
            {members.map((member) => (
              <li key={member.id}>
                <MemberCard member={member} />
              </li>
            ))}
          </SimpleGrid>
          <TablePagination
            page={params.page}
            pageSize={DIRECTORY_PAGE_SIZE}
            total={total}
            onChange={changePage}
            label={t('directory.pagination')}
          />
        </>
      )}
    </>
  );
}
