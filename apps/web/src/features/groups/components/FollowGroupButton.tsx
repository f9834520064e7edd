import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { FollowToggle } from '../../../components/FollowToggle';
import { FollowGroupMutation } from '../graphql/follow';

export interface FollowGroupButtonProps {
  group: { id: string; name: string };
}

/** "Volg nieuwe vragen in deze groep". */
export function FollowGroupButton({ group }: FollowGroupButtonProps) {
  const { t } = useTranslation();
  const [follow, { loading }] = useMutation(FollowGroupMutation);
  return (
    <FollowToggle
      name={group.name}
      loading={loading}
      onToggle={(next) => follow({ variables: { groupId: group.id, follow: next } })}
      labels={{
        follow: t('groups.follow.follow'),
        following: t('groups.follow.following'),
        unfollow: t('groups.follow.unfollow'),
        followed: t('groups.follow.followed', { name: group.name }),
        unfollowed: t('groups.follow.unfollowed', { name: group.name }),
      }}
    />
  );
}
