import { useMutation } from '@apollo/client/react';
import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconBell, IconBellCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { FollowGroupMutation } from '../graphql/follow';

export interface FollowGroupButtonProps {
  group: { id: string; name: string };
}

/**
 * "Volg nieuwe vragen in deze groep". The api cannot tell yet whether you already follow a
 * group, so the button is phrased as an action and remembers the outcome of this visit only.
 */
export function FollowGroupButton({ group }: FollowGroupButtonProps) {
  const { t } = useTranslation();
  const [following, setFollowing] = useState(false);
  const [follow, { loading }] = useMutation(FollowGroupMutation);
  // After a toggle the button is replaced: keep keyboard focus on its successor.
  const toggled = useRef(false);
  const nextButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (toggled.current) nextButton.current?.focus();
  }, [following]);

  const toggle = async (next: boolean) => {
    try {
      await follow({ variables: { groupId: group.id, follow: next } });
      toggled.current = true;
      setFollowing(next);
      notifySuccess(
        next
          ? t('groups.follow.followed', { name: group.name })
          : t('groups.follow.unfollowed', { name: group.name }),
      );
    } catch (error) {
      notifyFailure(getApiError(error).message ?? t('errors.unknown'));
    }
  };

  if (following) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={500} component="span">
          <IconBellCheck
            size={16}
            aria-hidden="true"
            style={{ verticalAlign: 'text-bottom', marginInlineEnd: 4 }}
          />
          {t('groups.follow.following')}
        </Text>
        <Button
          ref={nextButton}
          variant="subtle"
          size="compact-sm"
          loading={loading}
          onClick={() => void toggle(false)}
        >
          {t('groups.follow.unfollow')}
          <VisuallyHidden>: {group.name}</VisuallyHidden>
        </Button>
      </Group>
    );
  }

  return (
    <Button
      ref={nextButton}
      variant="light"
      leftSection={<IconBell size={16} aria-hidden="true" />}
      loading={loading}
      onClick={() => void toggle(true)}
    >
      {t('groups.follow.follow')}
    </Button>
  );
}
