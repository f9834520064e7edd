import { useQuery } from '@apollo/client/react';
import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { OpenModerationCountQuery } from '../graphql/moderationQueue';

const POLL_MS = 60_000;

/** The number of reported posts waiting for a moderator, next to "Beheer" in the menu. */
export function OpenReportsBadge() {
  const { t } = useTranslation();
  const { data } = useQuery(OpenModerationCountQuery, { pollInterval: POLL_MS });
  const count = data?.openModerationCount ?? 0;
  if (!count) return null;
  return (
    <Badge color="red.9" variant="filled" size="sm" circle={count < 10} component="span">
      <span aria-hidden="true">{count}</span>
      <VisuallyHidden>{t('moderation.badge', { count })}</VisuallyHidden>
    </Badge>
  );
}
