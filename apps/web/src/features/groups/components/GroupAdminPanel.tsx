import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { GroupMemberFieldsFragment } from '../../../gql/graphql';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { ApproveGroupMemberMutation, RemoveFromGroupMutation } from '../graphql/groupAdmin';
import { GroupMembersQuery } from '../graphql/groupMembers';
import { InviteToGroupForm } from './InviteToGroupForm';

export interface GroupAdminPanelProps {
  group: { id: string; slug: string; name: string };
}

/** Group admins: open requests (approve/decline), invitations, invite a colleague. */
export function GroupAdminPanel({ group }: GroupAdminPanelProps) {
  const { t } = useTranslation();
  const pending = useQuery(GroupMembersQuery, {
    variables: { slug: group.slug, status: ['PENDING'], first: 50, offset: 0 },
  });
  const invited = useQuery(GroupMembersQuery, {
    variables: { slug: group.slug, status: ['INVITED'], first: 50, offset: 0 },
  });
  const requests = pending.data?.group?.members.nodes ?? [];
  const invitations = invited.data?.group?.members.nodes ?? [];

  return (
    <Stack gap="lg">
      <section aria-labelledby="requests-title">
        <Title order={2} fz="h3" id="requests-title" mb="sm">
          {t('groups.admin.requests', { count: requests.length })}
        </Title>
        {requests.length === 0 ? (
          <Text c="dimmed">{t('groups.admin.noRequests')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0}>
            {requests.map((membership) => (
              <PendingRow
                key={membership.id}
                membership={membership}
                groupId={group.id}
                kind="request"
              />
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="invite-title">
        <Title order={2} fz="h3" id="invite-title" mb="sm">
          {t('groups.admin.invite')}
        </Title>
        <InviteToGroupForm groupId={group.id} />
        {invitations.length > 0 ? (
          <>
            <Title order={3} fz="h5" mt="md" mb="xs">
              {t('groups.admin.invitations')}
            </Title>
            <Stack component="ul" gap="xs" p={0} m={0}>
              {invitations.map((membership) => (
                <PendingRow
                  key={membership.id}
                  membership={membership}
                  groupId={group.id}
                  kind="invitation"
                />
              ))}
            </Stack>
          </>
        ) : null}
      </section>
    </Stack>
  );
}

interface PendingRowProps {
  membership: GroupMemberFieldsFragment;
  groupId: string;
  kind: 'request' | 'invitation';
}

function PendingRow({ membership, groupId, kind }: PendingRowProps) {
  const { t } = useTranslation();
  const refetchQueries = ['GroupMembers', 'GroupDetail'];
  const [approve, approveState] = useMutation(ApproveGroupMemberMutation, { refetchQueries });
  const [remove, removeState] = useMutation(RemoveFromGroupMutation, { refetchQueries });
  const { member } = membership;
  const input = { groupId, memberId: member.id };
  const fail = (caught: unknown) =>
    notifyFailure(getApiError(caught).message ?? t('errors.unknown'));

  return (
    <Paper component="li" withBorder radius="md" px="md" py="xs" style={{ listStyle: 'none' }}>
      <Group justify="space-between" gap="xs">
        <div>
          <Anchor component={Link} to={`/leden/${member.id}`} fw={600}>
            {member.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[member.roleLabel, member.school?.name].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Group gap="xs">
          {kind === 'request' ? (
            <Button
              size="xs"
              loading={approveState.loading}
              aria-label={t('groups.admin.approveName', { name: member.name })}
              onClick={() =>
                void approve({ variables: { input } })
                  .then(() => notifySuccess(t('groups.admin.approved', { name: member.name })))
                  .catch(fail)
              }
            >
              {t('groups.admin.approve')}
            </Button>
          ) : null}
          <Button
            size="xs"
            variant="default"
            loading={removeState.loading}
            aria-label={
              kind === 'request'
                ? t('groups.admin.declineName', { name: member.name })
                : t('groups.admin.withdrawName', { name: member.name })
            }
            onClick={() =>
              void remove({ variables: { input } })
                .then(() =>
                  notifySuccess(
                    kind === 'request'
                      ? t('groups.admin.declined', { name: member.name })
                      : t('groups.admin.withdrawn', { name: member.name }),
                  ),
                )
                .catch(fail)
            }
          >
            {kind === 'request' ? t('groups.admin.decline') : t('groups.admin.withdraw')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
