import { Button, EmptyState } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '../../components/PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState
        icon={<IconMapQuestion aria-hidden="true" />}
        variant="light"
        title={t('notFound.heading')}
        description={t('notFound.text')}
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
