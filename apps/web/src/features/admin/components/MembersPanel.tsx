import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { TablePagination } from '../../../components/TablePagination';
import type { AdminMemberFieldsFragment, MemberFilterInput } from '../../../gql/graphql';
import { useCurrentMember } from '../../../hooks/useCurrentMember';
import { AdminMembersQuery } from '../graphql/adminMembers';
import { ResendInvitationMutation } from '../graphql/resendInvitation';
import { useAdminOptions } from '../hooks/useAdminOptions';
import { notifyError, notifySuccess } from '../notify';
import { isMemberStatus, isPlatformRole, MEMBERS_PAGE_SIZE } from '../options';
import { ChangeRoleModal } from './ChangeRoleModal';
import { ConfirmStatusModal, type StatusChange } from './ConfirmStatusModal';
import { InviteMemberModal } from './InviteMemberModal';
import {
  EMPTY_MEMBER_FILTERS,
  hasActiveFilters,
  MemberFilters,
  type MemberFilterValues,
} from './MemberFilters';
import { type MemberAction, MembersTable } from './MembersTable';

export function toMemberFilterInput(values: MemberFilterValues): MemberFilterInput {
  const filter: MemberFilterInput = {};
  const search = values.search.trim();
  if (search) filter.search = search;
  if (values.schoolId) filter.schoolId = values.schoolId;
  if (values.jobRole) filter.jobRole = values.jobRole;
  if (isPlatformRole(values.platformRole)) filter.platformRole = values.platformRole;
  if (isMemberStatus(values.status)) filter.status = values.status;
  return filter;
}

export function MembersPanel() {
  const { t } = useTranslation();
  const { member: viewer } = useCurrentMember();
  const options = useAdminOptions();
  const [filters, setFilters] = useState<MemberFilterValues>(EMPTY_MEMBER_FILTERS);
  const [debouncedSearch] = useDebouncedValue(filters.search, 300);
  const [page, setPage] = useState(1);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [roleMember, setRoleMember] = useState<AdminMemberFieldsFragment | null>(null);
  const [statusChange, setStatusChange] = useState<{
    kind: StatusChange;
    member: AdminMemberFieldsFragment;
  } | null>(null);

  const { data, previousData, loading, error, refetch } = useQuery(AdminMembersQuery, {
    variables: {
      filter: toMemberFilterInput({ ...filters, search: debouncedSearch }),
      first: MEMBERS_PAGE_SIZE,
      offset: (page - 1) * MEMBERS_PAGE_SIZE,
    },
  });
  const [resendInvitation] = useMutation(ResendInvitationMutation, {
    refetchQueries: ['AuditLog'],
  });

  const shown = data ?? previousData;
  const members = shown?.members.nodes ?? [];
  const total = shown?.members.total ?? 0;

  const handleFiltersChange = (next: MemberFilterValues) => {
    setFilters(next);
    setPage(1);
  };

  const handleAction = (action: MemberAction, member: AdminMemberFieldsFragment) => {
    switch (action) {
      case 'changeRole':
        setRoleMember(member);
        break;
      case 'deactivate':
      case 'reactivate':
        setStatusChange({ kind: action, member });
        break;
      case 'resendInvitation':
        resendInvitation({ variables: { input: { memberId: member.id } } })
          .then(() => notifySuccess(t('admin.resend.success', { email: member.email })))
          .catch((resendError: unknown) => notifyError(t, resendError));
        break;
    }
  };

  return (
    <>
      <Group justify="space-between" mb="md" gap="sm">
        <Text fw={500} aria-live="polite">
          {shown ? t('admin.members.count', { count: total }) : '\u00a0'}
        </Text>
        <Button
          leftSection={<IconUserPlus size={18} aria-hidden="true" />}
          onClick={() => setInviteOpen(true)}
        >
          {t('admin.invite.open')}
        </Button>
      </Group>
      <MemberFilters values={filters} options={options} onChange={handleFiltersChange} />
      {error && !shown ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : shown && members.length === 0 ? (
        <EmptyState
          icon={<IconUsers aria-hidden="true" />}
          title={t('admin.members.emptyTitle')}
          description={
            hasActiveFilters(filters) ? t('admin.members.emptyFiltered') : t('admin.members.empty')
          }
          py="xl"
        />
      ) : (
        <>
          <MembersTable
            members={members}
            loading={loading && !shown}
            refreshing={loading && !data && Boolean(previousData)}
            currentMemberId={viewer?.id}
            onAction={handleAction}
          />
          <TablePagination
            page={page}
            pageSize={MEMBERS_PAGE_SIZE}
            total={total}
            onChange={setPage}
            label={t('admin.members.pagination')}
          />
        </>
      )}
      <InviteMemberModal
        opened={inviteOpen}
        onClose={() => setInviteOpen(false)}
        options={options}
      />
      <ChangeRoleModal member={roleMember} onClose={() => setRoleMember(null)} options={options} />
      <ConfirmStatusModal change={statusChange} onClose={() => setStatusChange(null)} />
    </>
  );
}
