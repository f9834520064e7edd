import { useQuery } from '@apollo/client/react';
import { Anchor, EmptyState, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { ScrollableTable } from '../../../components/ScrollableTable';
import { TablePagination } from '../../../components/TablePagination';
import { formatDateTime } from '../../../lib/format';
import { AuditLogQuery } from '../graphql/auditLog';
import { AUDIT_PAGE_SIZE } from '../options';

export function AuditLogPanel() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { first: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE },
  });
  const shown = data ?? previousData;

  if (error && !shown) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (loading && !shown) {
    return (
      <Stack gap="sm" role="status" aria-label={t('common.loading')}>
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} height={28} />
        ))}
      </Stack>
    );
  }
  const entries = shown?.auditLog.nodes ?? [];
  if (entries.length === 0) {
    return (
      <EmptyState
        icon={<IconHistory aria-hidden="true" />}
        title={t('admin.audit.emptyTitle')}
        description={t('admin.audit.empty')}
        py="xl"
      />
    );
  }

  return (
    <>
      <ScrollableTable label={t('admin.audit.caption')} minWidth={560}>
        <Table striped verticalSpacing="sm">
          <VisuallyHidden component="caption">{t('admin.audit.caption')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.audit.columns.time')}</Table.Th>
              <Table.Th scope="col">{t('admin.audit.columns.actor')}</Table.Th>
              <Table.Th scope="col">{t('admin.audit.columns.summary')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatDateTime(entry.createdAt, i18n.language)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.actor?.name ?? t('admin.audit.system')}</Text>
                </Table.Td>
                <Table.Td>
                  {entry.link ? (
                    <Anchor component={Link} to={entry.link} size="sm">
                      {entry.summary}
                    </Anchor>
                  ) : (
                    <Text size="sm">{entry.summary}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      <TablePagination
        page={page}
        pageSize={AUDIT_PAGE_SIZE}
        total={shown?.auditLog.total ?? 0}
        onChange={setPage}
        label={t('admin.audit.pagination')}
      />
    </>
  );
}
