import { Tabs } from '@mantine/core';
import { IconHistory, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '../../../components/PageHeader';
import { AuditLogPanel } from './AuditLogPanel';
import { MembersPanel } from './MembersPanel';

type AdminTab = 'leden' | 'auditlog';

export function AdminPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: AdminTab = searchParams.get('tab') === 'auditlog' ? 'auditlog' : 'leden';

  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <Tabs
        value={tab}
        onChange={(value) => setSearchParams(value === 'auditlog' ? { tab: 'auditlog' } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="leden" leftSection={<IconUsers size={16} aria-hidden="true" />}>
            {t('admin.tabs.members')}
          </Tabs.Tab>
          <Tabs.Tab value="auditlog" leftSection={<IconHistory size={16} aria-hidden="true" />}>
            {t('admin.tabs.audit')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="leden">
          <MembersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="auditlog">
          <AuditLogPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
