import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Menu,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDots, IconShieldCheck, IconShieldOff, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { TablePagination } from '../../../components/TablePagination';
import type { GroupMemberFieldsFragment } from '../../../gql/graphql';
import { useCurrentMember } from '../../../hooks/useCurrentMember';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { RemoveFromGroupMutation, SetGroupRoleMutation } from '../graphql/groupAdmin';
import { GroupMembersQuery } from '../graphql/groupMembers';

const PAGE_SIZE = 20;

export interface GroupMembersPanelProps {
  group: { id: string; slug: string; name: string; isGroupAdmin: boolean };
}

/** The group's active members; admins can make someone admin or remove them. */
export function GroupMembersPanel({ group }: GroupMembersPanelProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(GroupMembersQuery, {
    variables: {
      slug: group.slug,
      status: ['ACTIVE'],
      first: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
  });
  const members = (data ?? previousData)?.group?.members;

  if (error && !members) {
    return getApiError(error).code === 'FORBIDDEN' ? (
      <Text>{t('groups.membersOnlyText')}</Text>
    ) : (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    );
  }
  if (!members) {
    return loading ? <Skeleton height={160} radius="md" /> : null;
  }
  return (
    <section aria-labelledby="members-title">
      <Title order={2} fz="h3" id="members-title" mb="sm">
        {t('groups.members.title', { count: members.total })}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} aria-busy={loading || undefined}>
        {members.nodes.map((membership) => (
          <MemberRow key={membership.id} membership={membership} group={group} />
        ))}
      </Stack>
      <TablePagination
        page={page}
        pageSize={PAGE_SIZE}
        total={members.total}
        onChange={setPage}
        label={t('groups.members.pagination')}
      />
    </section>
  );
}

interface MemberRowProps {
  membership: GroupMemberFieldsFragment;
  group: GroupMembersPanelProps['group'];
}

function MemberRow({ membership, group }: MemberRowProps) {
  const { t } = useTranslation();
  const { member: me } = useCurrentMember();
  const refetchQueries = ['GroupMembers', 'GroupDetail'];
  const [setRole] = useMutation(SetGroupRoleMutation, { refetchQueries });
  const [remove] = useMutation(RemoveFromGroupMutation, { refetchQueries });
  const { member } = membership;
  const isAdmin = membership.role === 'ADMIN';
  const fail = (caught: unknown) =>
    notifyFailure(getApiError(caught).message ?? t('errors.unknown'));
  const input = { groupId: group.id, memberId: member.id };

  return (
    <Paper component="li" withBorder radius="md" px="md" py="xs" style={{ listStyle: 'none' }}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <div>
          <Anchor component={Link} to={`/leden/${member.id}`} fw={600}>
            {member.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[member.roleLabel, member.school?.name].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          {isAdmin ? <Badge variant="light">{t('groups.status.admin')}</Badge> : null}
          {group.isGroupAdmin && member.id !== me?.id ? (
            <Menu position="bottom-end" withinPortal shadow="md">
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('groups.members.actions', { name: member.name })}
                >
                  <IconDots size={18} aria-hidden="true" />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={
                    isAdmin ? (
                      <IconShieldOff size={16} aria-hidden="true" />
                    ) : (
                      <IconShieldCheck size={16} aria-hidden="true" />
                    )
                  }
                  onClick={() =>
                    void setRole({
                      variables: { input: { ...input, role: isAdmin ? 'MEMBER' : 'ADMIN' } },
                    })
                      .then(() =>
                        notifySuccess(
                          isAdmin
                            ? t('groups.members.madeMember', { name: member.name })
                            : t('groups.members.madeAdmin', { name: member.name }),
                        ),
                      )
                      .catch(fail)
                  }
                >
                  {isAdmin ? t('groups.members.makeMember') : t('groups.members.makeAdmin')}
                </Menu.Item>
                <Menu.Item
                  color="red"
                  leftSection={<IconUserMinus size={16} aria-hidden="true" />}
                  onClick={() =>
                    void remove({ variables: { input } })
                      .then(() => notifySuccess(t('groups.members.removed', { name: member.name })))
                      .catch(fail)
                  }
                >
                  {t('groups.members.remove')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}
