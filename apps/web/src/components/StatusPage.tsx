import { Button, EmptyState, Group } from '@mantine/core';
import { IconLock, IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from './PageHeader';

export type PageStatus = 'notFound' | 'forbidden';

export interface StatusPageProps {
  /** Which generic texts (`notFound.*`, `forbidden.*`) and icon to use. */
  kind: PageStatus;
  /** The page's `<h1>`; defaults to "Pagina niet gevonden" / "Geen toegang". */
  title?: string;
  /** A heading above the text; the generic one when neither this nor `text` is given. */
  heading?: string;
  text?: string;
  /** A way back besides the start page, e.g. to the list the link came from. */
  back?: { to: string; label: string };
}

/**
 * A full page that explains why there is nothing to show (a wrong or stale link, or no access),
 * with a way back.
 */
export function StatusPage({ kind, title, heading, text, back }: StatusPageProps) {
  const { t } = useTranslation();
  const Icon = kind === 'forbidden' ? IconLock : IconMapQuestion;
  return (
    <>
      <PageHeader title={title ?? t(`${kind}.title`)} />
      <EmptyState
        icon={<Icon aria-hidden="true" />}
        variant="light"
        title={heading ?? (text ? undefined : t(`${kind}.heading`))}
        description={text ?? t(`${kind}.text`)}
        py="xl"
      >
        <EmptyState.Actions>
          <Group justify="center" gap="sm">
            {back ? (
              <Button component={Link} to={back.to}>
                {back.label}
              </Button>
            ) : null}
            <Button component={Link} to="/" variant={back ? 'default' : 'filled'}>
              {t('common.toHome')}
            </Button>
          </Group>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
