import { Button, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '../../components/PageHeader';

export interface StatusPageProps {
  /** i18n key prefix with `title`, `heading` and `text` (e.g. `notFound`, `forbidden`). */
  messages: 'notFound' | 'forbidden';
  icon: ReactNode;
}

/** A full page that explains why there is nothing to show, with a way back home. */
export function StatusPage({ messages, icon }: StatusPageProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`${messages}.title`)} />
      <EmptyState
        icon={icon}
        variant="light"
        title={t(`${messages}.heading`)}
        description={t(`${messages}.text`)}
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
