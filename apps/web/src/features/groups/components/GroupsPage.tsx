import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, SegmentedControl, SimpleGrid, Skeleton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { GroupsQuery } from '../graphql/groups';
import { GroupCard } from './GroupCard';
import { GroupFormModal } from './GroupFormModal';

/** `/groepen`: every group you can see, or only yours. */
export function GroupsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const mine = searchParams.get('mijn') === '1';
  const [creating, createModal] = useDisclosure(false);
  const { data, previousData, loading, error, refetch } = useQuery(GroupsQuery, {
    variables: { mine },
  });
  const groups = (data ?? previousData)?.groups;

  return (
    <>
      <PageHeader
        title={t('groups.title')}
        description={t('groups.intro')}
        actions={
          <Button
            leftSection={<IconPlus size={18} aria-hidden="true" />}
            onClick={createModal.open}
          >
            {t('groups.create')}
          </Button>
        }
      />
      <SegmentedControl
        mb="md"
        aria-label={t('groups.filterLabel')}
        value={mine ? 'mine' : 'all'}
        onChange={(value) =>
          setSearchParams(value === 'mine' ? { mijn: '1' } : {}, { replace: true })
        }
        data={[
          { value: 'all', label: t('groups.all') },
          { value: 'mine', label: t('groups.mine') },
        ]}
      />
      {error && !groups ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !groups && loading ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy="true">
          {[1, 2, 3].map((key) => (
            <Skeleton key={key} height={200} radius="md" />
          ))}
        </SimpleGrid>
      ) : groups && groups.length === 0 ? (
        <EmptyState
          variant="light"
          icon={<IconUsersGroup aria-hidden="true" />}
          title={mine ? t('groups.emptyMine') : t('groups.empty')}
          description={mine ? t('groups.emptyMineHint') : t('groups.emptyHint')}
        />
      ) : (
        <SimpleGrid
          component="ul"
          cols={{ base: 1, sm: 2, lg: 3 }}
          p={0}
          m={0}
          aria-label={mine ? t('groups.mine') : t('groups.all')}
        >
          {(groups ?? []).map((group) => (
            <GroupCard key={group.id} group={group} />
          ))}
        </SimpleGrid>
      )}
      <GroupFormModal opened={creating} onClose={createModal.close} />
    </>
  );
}
