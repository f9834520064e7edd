import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconBell, IconBellCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getApiError } from '../lib/errors';
import { notifyFailure, notifySuccess } from '../lib/notify';

export interface FollowToggleLabels {
  follow: string;
  following: string;
  unfollow: string;
  followed: string;
  unfollowed: string;
}

export interface FollowToggleProps {
  /** What is followed, for screen readers ("Ontvolgen: Jonge kind"). */
  name: string;
  labels: FollowToggleLabels;
  /** Calls the api; rejects on failure. */
  onToggle: (follow: boolean) => Promise<unknown>;
  loading?: boolean;
  /** Also name the thing on the follow button, for screen readers (when the label is generic). */
  nameOnFollow?: boolean;
}

/**
 * "Volg …" as an action. The api cannot tell yet whether you already follow something, so the
 * outcome is remembered for this visit only; after a toggle focus stays on the new button.
 */
export function FollowToggle({ name, labels, onToggle, loading, nameOnFollow }: FollowToggleProps) {
  const { t } = useTranslation();
  const [following, setFollowing] = useState(false);
  const toggled = useRef(false);
  const nextButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (toggled.current) nextButton.current?.focus();
  }, [following]);

  const toggle = async (next: boolean) => {
    try {
      await onToggle(next);
      toggled.current = true;
      setFollowing(next);
      notifySuccess(next ? labels.followed : labels.unfollowed);
    } catch (error) {
      notifyFailure(getApiError(error).message ?? t('errors.unknown'));
    }
  };

  if (following) {
    return (
      <Group gap="xs" wrap="nowrap" mih={36}>
        <Text size="sm" fw={500} component="span">
          <IconBellCheck
            size={16}
            aria-hidden="true"
            style={{ verticalAlign: 'text-bottom', marginInlineEnd: 4 }}
          />
          {labels.following}
        </Text>
        <Button
          ref={nextButton}
          variant="subtle"
          size="compact-sm"
          loading={loading}
          onClick={() => void toggle(false)}
        >
          {labels.unfollow}
          <VisuallyHidden>: {name}</VisuallyHidden>
        </Button>
      </Group>
    );
  }

  return (
    <Button
      ref={nextButton}
      variant="default"
      leftSection={<IconBell size={16} aria-hidden="true" />}
      loading={loading}
      onClick={() => void toggle(true)}
    >
      {labels.follow}
      {nameOnFollow && <VisuallyHidden>: {name}</VisuallyHidden>}
    </Button>
  );
}
