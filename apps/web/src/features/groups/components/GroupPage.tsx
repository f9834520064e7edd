import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDoorExit, IconLock, IconPencil } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { GroupDetailQuery } from '../graphql/groupDetail';
import { LeaveGroupMutation } from '../graphql/membership';
import { FollowGroupButton } from './FollowGroupButton';
import { GroupAdminPanel } from './GroupAdminPanel';
import { GroupBadges } from './GroupBadges';
import { GroupFormModal } from './GroupFormModal';
import { GroupMembersPanel } from './GroupMembersPanel';
import { JoinButton } from './JoinButton';

export interface GroupPageProps {
  /** The group's questions; composed by the app from the questions feature. */
  renderThreads?: (group: { id: string; slug: string; name: string }, canAsk: boolean) => ReactNode;
}

/** `/groepen/:slug`: about, questions, members, join/leave and (admins) management. */
export function GroupPage({ renderThreads }: GroupPageProps) {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [tab, setTab] = useState<string | null>('questions');
  const [editing, editModal] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(GroupDetailQuery, { variables: { slug } });
  const [leave, leaveState] = useMutation(LeaveGroupMutation, {
    refetchQueries: ['GroupDetail', 'Groups', 'AskQuestionGroups'],
  });
  const group = data?.group;

  if (!group) {
    if (loading) return <PageLoader />;
    if (error && getApiError(error).code !== 'NOT_FOUND') {
      return <ErrorAlert error={error} onRetry={() => void refetch()} />;
    }
    return (
      <>
        <PageHeader title={t('groups.notFoundTitle')} />
        <Alert color="yellow" variant="light">
          <Text>{t('groups.notFoundText')}</Text>
          <Button component={Link} to="/groepen" variant="light" mt="sm">
            {t('groups.backToList')}
          </Button>
        </Alert>
      </>
    );
  }

  const status = group.myMembership?.status;
  const handleLeave = async () => {
    try {
      await leave({ variables: { input: { groupId: group.id } } });
      notifySuccess(
        status === 'PENDING'
          ? t('groups.leave.withdrawn')
          : t('groups.leave.done', { name: group.name }),
      );
    } catch (caught) {
      notifyFailure(getApiError(caught).message ?? t('errors.unknown'));
    }
  };

  return (
    <>
      <PageHeader
        title={group.name}
        description={t('groups.memberCount', { count: group.memberCount })}
        actions={
          <>
            <JoinButton group={group} />
            {group.canSeeContent ? <FollowGroupButton key={group.id} group={group} /> : null}
            {status === 'ACTIVE' || status === 'PENDING' ? (
              <Button
                variant="default"
                leftSection={<IconDoorExit size={16} aria-hidden="true" />}
                loading={leaveState.loading}
                onClick={() => void handleLeave()}
              >
                {status === 'PENDING' ? t('groups.leave.withdraw') : t('groups.leave.leave')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="about-title">
          <Group justify="space-between" gap="xs" mb="xs">
            <Title order={2} fz="h4" id="about-title">
              {t('groups.about')}
            </Title>
            {group.isGroupAdmin ? (
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconPencil size={14} aria-hidden="true" />}
                onClick={editModal.open}
              >
                {t('groups.form.editTitle')}
              </Button>
            ) : null}
          </Group>
          <Stack gap="sm">
            <GroupBadges kind={group.kind} visibility={group.visibility} />
            <Text style={{ whiteSpace: 'pre-line' }}>
              {group.description || t('groups.noDescription')}
            </Text>
            {group.domains.length > 0 ? (
              <Group gap={6} aria-label={t('groups.domains')} role="group">
                <Text size="sm" fw={600} component="span">
                  {t('groups.domains')}:
                </Text>
                {group.domains.map((domain) => (
                  <Badge key={domain.slug} variant="outline">
                    {domain.label}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Stack>
        </Paper>

        {!group.canSeeContent ? (
          <Alert
            color="blue"
            variant="light"
            icon={<IconLock aria-hidden="true" />}
            title={t('groups.membersOnlyTitle')}
          >
            {status === 'PENDING'
              ? t('groups.membersOnlyPending')
              : group.visibility === 'CLOSED'
                ? t('groups.membersOnlyClosed')
                : t('groups.membersOnlyText')}
          </Alert>
        ) : (
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="questions">{t('groups.tabs.questions')}</Tabs.Tab>
              <Tabs.Tab value="members">{t('groups.tabs.members')}</Tabs.Tab>
              {group.isGroupAdmin ? (
                <Tabs.Tab value="admin">{t('groups.tabs.admin')}</Tabs.Tab>
              ) : null}
            </Tabs.List>
            <Tabs.Panel value="questions" pt="md">
              {renderThreads?.(group, status === 'ACTIVE')}
            </Tabs.Panel>
            <Tabs.Panel value="members" pt="md">
              <GroupMembersPanel group={group} />
            </Tabs.Panel>
            {group.isGroupAdmin ? (
              <Tabs.Panel value="admin" pt="md">
                <GroupAdminPanel group={group} />
              </Tabs.Panel>
            ) : null}
          </Tabs>
        )}
      </Stack>
      {group.isGroupAdmin ? (
        <GroupFormModal key={group.id} opened={editing} onClose={editModal.close} group={group} />
      ) : null}
    </>
  );
}
