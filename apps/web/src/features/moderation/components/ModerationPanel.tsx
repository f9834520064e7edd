import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { TablePagination } from '../../../components/TablePagination';
import type { ModerationStatus } from '../../../gql/graphql';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { DismissReportsMutation, ModerationHideMutation } from '../graphql/moderationActions';
import { ModerationQueueQuery } from '../graphql/moderationQueue';
import { ContactAuthorModal } from './ContactAuthorModal';
import {
  type ModerationAction,
  ModerationCaseCard,
  type ModerationItem,
} from './ModerationCaseCard';

export const MODERATION_PAGE_SIZE = 20;

/** After a decision: the queue and the badge in the menu. */
const REFETCH = ['ModerationQueue', 'OpenModerationCount'];

/** Beheer → Moderatie: open reports to decide on, and the ones already decided. */
export function ModerationPanel() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ModerationStatus>('OPEN');
  const [page, setPage] = useState(1);
  const [contacting, setContacting] = useState<ModerationItem | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(ModerationQueueQuery, {
    variables: { status, first: MODERATION_PAGE_SIZE, offset: (page - 1) * MODERATION_PAGE_SIZE },
  });
  const [hide, hiding] = useMutation(ModerationHideMutation, { refetchQueries: REFETCH });
  const [dismiss, dismissing] = useMutation(DismissReportsMutation, { refetchQueries: REFETCH });
  const shown = data ?? previousData;

  const act = async (action: ModerationAction, item: ModerationItem) => {
    if (action === 'contact') {
      setContacting(item);
      return;
    }
    const target = { targetType: item.targetType, targetId: item.targetId };
    try {
      if (action === 'hide') {
        await hide({ variables: { input: { ...target, hidden: true } } });
        notifySuccess(t('moderation.hiddenToast'));
      } else {
        await dismiss({ variables: { input: target } });
        notifySuccess(t('moderation.dismissedToast'));
      }
    } catch (caught) {
      notifyFailure(getApiError(caught).message ?? t('errors.unknown'), {
        title: t('moderation.failed'),
      });
    }
  };

  const items = shown?.moderationQueue.nodes ?? [];
  const open = status === 'OPEN';
  let list;
  if (error && !shown) {
    list = <ErrorAlert error={error} onRetry={() => void refetch()} />;
  } else if (loading && !shown) {
    list = (
      <Stack gap="sm" role="status" aria-label={t('common.loading')}>
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} height={160} radius="md" />
        ))}
      </Stack>
    );
  } else if (items.length === 0) {
    list = (
      <EmptyState
        icon={<IconShieldCheck aria-hidden="true" />}
        title={open ? t('moderation.emptyOpenTitle') : t('moderation.emptyResolvedTitle')}
        description={open ? t('moderation.emptyOpen') : t('moderation.emptyResolved')}
        py="xl"
      />
    );
  } else {
    list = (
      <>
        <Stack
          component="ul"
          gap="md"
          m={0}
          p={0}
          aria-label={t('moderation.listLabel')}
          style={{ listStyle: 'none' }}
        >
          {items.map((item) => (
            <ModerationCaseCard
              key={item.id}
              item={item}
              onAction={open ? (action, which) => void act(action, which) : undefined}
              busy={hiding.loading || dismissing.loading}
            />
          ))}
        </Stack>
        <TablePagination
          page={page}
          pageSize={MODERATION_PAGE_SIZE}
          total={shown?.moderationQueue.total ?? 0}
          onChange={setPage}
          label={t('moderation.pagination')}
        />
      </>
    );
  }

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('moderation.intro')}</Text>
      <SegmentedControl
        aria-label={t('moderation.status.label')}
        value={status}
        onChange={(value) => {
          setStatus(value as ModerationStatus);
          setPage(1);
        }}
        data={[
          { value: 'OPEN', label: t('moderation.status.open') },
          { value: 'RESOLVED', label: t('moderation.status.resolved') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {list}
      <ContactAuthorModal item={contacting} onClose={() => setContacting(null)} />
    </Stack>
  );
}
