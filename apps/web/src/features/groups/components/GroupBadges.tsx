import { Badge, Group } from '@mantine/core';
import { IconLock, IconLockOpen, IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { GroupKind, GroupVisibility } from '../../../gql/graphql';
import { kindKey, VISIBILITY_COLOR, visibilityKey } from '../lib/labels';

const ICONS = { OPEN: IconLockOpen, ON_REQUEST: IconUserQuestion, CLOSED: IconLock } as const;

export interface GroupBadgesProps {
  kind: GroupKind;
  visibility: GroupVisibility;
}

/** The group's kind and visibility (Open / Op aanvraag / Besloten). */
export function GroupBadges({ kind, visibility }: GroupBadgesProps) {
  const { t } = useTranslation();
  const Icon = ICONS[visibility];
  return (
    <Group gap={6}>
      <Badge variant="light" color="blue">
        {t(kindKey(kind))}
      </Badge>
      <Badge
        variant="light"
        color={VISIBILITY_COLOR[visibility]}
        c="dark.8"
        leftSection={<Icon size={12} aria-hidden="true" />}
      >
        {t(visibilityKey(visibility))}
      </Badge>
    </Group>
  );
}
