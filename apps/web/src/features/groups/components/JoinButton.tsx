import { useMutation } from '@apollo/client/react';
import { Badge, Button, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { GroupSummaryFieldsFragment } from '../../../gql/graphql';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { JoinGroupMutation } from '../graphql/membership';

export interface JoinButtonProps {
  group: Pick<GroupSummaryFieldsFragment, 'id' | 'name' | 'visibility' | 'myMembership'>;
  size?: 'xs' | 'sm' | 'md';
}

/**
 * What you can do about membership: join an OPEN group, request an ON_REQUEST one, accept an
 * invitation; a CLOSED group without invitation says so. Members and pending requests get a badge.
 */
export function JoinButton({ group, size = 'sm' }: JoinButtonProps) {
  const { t } = useTranslation();
  const [join, { loading }] = useMutation(JoinGroupMutation, {
    refetchQueries: ['Groups', 'AskQuestionGroups'],
  });
  const status = group.myMembership?.status;

  if (status === 'ACTIVE') {
    return (
      <Badge
        color="green"
        variant="light"
        c="dark.8"
        leftSection={<IconCheck size={12} aria-hidden="true" />}
      >
        {group.myMembership?.role === 'ADMIN'
          ? t('groups.status.admin')
          : t('groups.status.member')}
      </Badge>
    );
  }
  if (status === 'PENDING') {
    return (
      <Badge
        color="yellow"
        c="dark.8"
        variant="light"
        leftSection={<IconClock size={12} aria-hidden="true" />}
      >
        {t('groups.status.pending')}
      </Badge>
    );
  }
  if (status !== 'INVITED' && group.visibility === 'CLOSED') {
    return (
      <Text size="sm" c="dimmed">
        {t('groups.join.inviteOnly')}
      </Text>
    );
  }

  const label =
    status === 'INVITED'
      ? t('groups.join.acceptInvitation')
      : group.visibility === 'ON_REQUEST'
        ? t('groups.join.request')
        : t('groups.join.join');

  const handleClick = async () => {
    try {
      const result = await join({ variables: { input: { groupId: group.id } } });
      const next = result.data?.joinGroup.status;
      notifySuccess(
        next === 'PENDING'
          ? t('groups.join.requested', { name: group.name })
          : t('groups.join.joined', { name: group.name }),
      );
    } catch (error) {
      notifyFailure(getApiError(error).message ?? t('errors.unknown'));
    }
  };

  return (
    <Button size={size} loading={loading} onClick={() => void handleClick()}>
      {label}
      <VisuallyHidden>: {group.name}</VisuallyHidden>
    </Button>
  );
}
