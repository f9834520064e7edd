import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { ComingSoon } from '../../../components/ComingSoon';
import { PageHeader } from '../../../components/PageHeader';

export function AgendaPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('agenda.title')} description={t('agenda.description')} />
      <ComingSoon
        icon={<IconCalendarEvent aria-hidden="true" />}
        title={t('agenda.soonTitle')}
        description={t('agenda.soonText')}
        hint={t('comingSoon.hint')}
      />
    </>
  );
}
