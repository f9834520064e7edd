import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { PageHeader } from '../../../components/PageHeader';
import { useCurrentMember } from '../../../hooks/useCurrentMember';
import { canManageEvents } from '../lib/permissions';

/** Coordinator pages (create, edit, registrations): others see a friendly "no access". */
export function RequireEventManager() {
  const { t } = useTranslation();
  const { member } = useCurrentMember();
  if (canManageEvents(member)) return <Outlet />;
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <EmptyState
        icon={<IconLock aria-hidden="true" />}
        variant="light"
        title={t('agenda.forbidden')}
        py="xl"
      >
        <EmptyState.Actions>
          <Button component={Link} to="/agenda">
            {t('agenda.event.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
