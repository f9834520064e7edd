import { useMutation } from '@apollo/client/react';
import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconBell, IconBellCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { FollowDomainMutation } from '../graphql/follow';

export interface FollowDomainButtonProps {
  domain: { slug: string; label: string };
}

/**
 * "Volg dit domein" next to the domain filter. The api cannot tell yet whether you already
 * follow a domain, so the button is phrased as an action and remembers the outcome only while
 * this domain stays selected (render it with `key={slug}`).
 */
export function FollowDomainButton({ domain }: FollowDomainButtonProps) {
  const { t } = useTranslation();
  const [following, setFollowing] = useState(false);
  const [follow, { loading }] = useMutation(FollowDomainMutation);
  // After a toggle the button is replaced: keep keyboard focus on its successor.
  const toggled = useRef(false);
  const nextButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (toggled.current) nextButton.current?.focus();
  }, [following]);

  const toggle = async (next: boolean) => {
    try {
      await follow({ variables: { domain: domain.slug, follow: next } });
      toggled.current = true;
      setFollowing(next);
      notifySuccess(
        next
          ? t('questions.follow.followed', { name: domain.label })
          : t('questions.follow.unfollowed', { name: domain.label }),
      );
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
          {t('questions.follow.following')}
        </Text>
        <Button
          ref={nextButton}
          variant="subtle"
          size="compact-sm"
          loading={loading}
          onClick={() => void toggle(false)}
        >
          {t('questions.follow.unfollow')}
          <VisuallyHidden>: {domain.label}</VisuallyHidden>
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
      {t('questions.follow.follow')}
      <VisuallyHidden>: {domain.label}</VisuallyHidden>
    </Button>
  );
}
