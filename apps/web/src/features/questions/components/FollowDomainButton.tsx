import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { FollowToggle } from '../../../components/FollowToggle';
import { FollowDomainMutation } from '../graphql/follow';

export interface FollowDomainButtonProps {
  domain: { slug: string; label: string };
}

/** "Volg dit domein" next to the domain filter (render it with `key={slug}`). */
export function FollowDomainButton({ domain }: FollowDomainButtonProps) {
  const { t } = useTranslation();
  const [follow, { loading }] = useMutation(FollowDomainMutation);
  return (
    <FollowToggle
      name={domain.label}
      nameOnFollow
      loading={loading}
      onToggle={(next) => follow({ variables: { domain: domain.slug, follow: next } })}
      labels={{
        follow: t('questions.follow.follow'),
        following: t('questions.follow.following'),
        unfollow: t('questions.follow.unfollow'),
        followed: t('questions.follow.followed', { name: domain.label }),
        unfollowed: t('questions.follow.unfollowed', { name: domain.label }),
      }}
    />
  );
}
