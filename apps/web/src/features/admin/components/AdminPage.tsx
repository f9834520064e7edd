import { Tabs } from '@mantine/core';
import { IconHistory, IconSitemap, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '../../../components/PageHeader';
import { AuditLogPanel } from './AuditLogPanel';
import { MembersPanel } from './MembersPanel';
import { TaxonomyPanel } from './taxonomy/TaxonomyPanel';

type AdminTab = 'leden' | 'taxonomie' | 'auditlog';

function isAdminTab(value: string | null): value is AdminTab {
  return value === 'leden' || value === 'taxonomie' || value === 'auditlog';
}

export function AdminPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: AdminTab = isAdminTab(requested) ? requested : 'leden';

  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <Tabs
        value={tab}
        onChange={(value) =>
          setSearchParams(isAdminTab(value) && value !== 'leden' ? { tab: value } : {})
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="leden" leftSection={<IconUsers size={16} aria-hidden="true" />}>
            {t('admin.tabs.members')}
          </Tabs.Tab>
          <Tabs.Tab value="taxonomie" leftSection={<IconSitemap size={16} aria-hidden="true" />}>
            {t('admin.tabs.taxonomy')}
          </Tabs.Tab>
          <Tabs.Tab value="auditlog" leftSection={<IconHistory size={16} aria-hidden="true" />}>
            {t('admin.tabs.audit')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="leden">
          <MembersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="taxonomie">
          <TaxonomyPanel />
        </Tabs.Panel>
        <Tabs.Panel value="auditlog">
          <AuditLogPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
