import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '../../components/PageHeader';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <EmptyState
        icon={<IconLock aria-hidden="true" />}
        variant="light"
        title={t('forbidden.heading')}
        description={t('forbidden.text')}
        py="xl"
      >
        <EmptyState.Actions>
          <Button component={Link} to="/">
            {t('common.toHome')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
