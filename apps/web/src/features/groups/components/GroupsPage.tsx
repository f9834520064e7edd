import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { ComingSoon } from '../../../components/ComingSoon';
import { PageHeader } from '../../../components/PageHeader';

export function GroupsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('groups.title')} description={t('groups.description')} />
      <ComingSoon
        icon={<IconUsersGroup aria-hidden="true" />}
        title={t('groups.soonTitle')}
        description={t('groups.soonText')}
        hint={t('comingSoon.hint')}
      />
    </>
  );
}
