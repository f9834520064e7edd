import { Tabs } from '@mantine/core';
import { IconHistory, IconShieldCheck, IconSitemap, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { isAdmin, useCurrentMember } from '../../../hooks/useCurrentMember';
import { AuditLogPanel } from './AuditLogPanel';
import { MembersPanel } from './MembersPanel';
import { TaxonomyPanel } from './taxonomy/TaxonomyPanel';

type AdminTab = 'leden' | 'taxonomie' | 'auditlog' | 'moderatie';

const ADMIN_TABS: AdminTab[] = ['leden', 'taxonomie', 'auditlog', 'moderatie'];

export interface AdminPageProps {
  /** The Moderatie tab (its own feature, composed on the route). */
  moderation: ReactNode;
}

/**
 * Beheer: members, taxonomy and audit log for admins; moderation for moderators and admins
 * (a moderator sees only that tab).
 */
export function AdminPage({ moderation }: AdminPageProps) {
  const { t } = useTranslation();
  const { member } = useCurrentMember();
  const [searchParams, setSearchParams] = useSearchParams();
  const tabs: AdminTab[] = isAdmin(member) ? ADMIN_TABS : ['moderatie'];
  const requested = searchParams.get('tab') as AdminTab | null;
  const first = tabs[0] ?? 'moderatie';
  const tab: AdminTab = requested && tabs.includes(requested) ? requested : first;
  // Under RequireModerator the member is cached already; wait for it rather than guess tabs.
  if (!member) return <PageLoader />;

  return (
    <>
      <PageHeader
        title={t('admin.title')}
        description={isAdmin(member) ? t('admin.description') : t('admin.moderatorDescription')}
      />
      <Tabs
        value={tab}
        onChange={(value) => setSearchParams(value && value !== first ? { tab: value } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {tabs.includes('leden') ? (
            <Tabs.Tab value="leden" leftSection={<IconUsers size={16} aria-hidden="true" />}>
              {t('admin.tabs.members')}
            </Tabs.Tab>
          ) : null}
          {tabs.includes('taxonomie') ? (
            <Tabs.Tab value="taxonomie" leftSection={<IconSitemap size={16} aria-hidden="true" />}>
              {t('admin.tabs.taxonomy')}
            </Tabs.Tab>
          ) : null}
          {tabs.includes('auditlog') ? (
            <Tabs.Tab value="auditlog" leftSection={<IconHistory size={16} aria-hidden="true" />}>
              {t('admin.tabs.audit')}
            </Tabs.Tab>
          ) : null}
          <Tabs.Tab
            value="moderatie"
            leftSection={<IconShieldCheck size={16} aria-hidden="true" />}
          >
            {t('admin.tabs.moderation')}
          </Tabs.Tab>
        </Tabs.List>
        {tabs.includes('leden') ? (
          <>
            <Tabs.Panel value="leden">
              <MembersPanel />
            </Tabs.Panel>
            <Tabs.Panel value="taxonomie">
              <TaxonomyPanel />
            </Tabs.Panel>
            <Tabs.Panel value="auditlog">
              <AuditLogPanel />
            </Tabs.Panel>
          </>
        ) : null}
        <Tabs.Panel value="moderatie">{moderation}</Tabs.Panel>
      </Tabs>
    </>
  );
}
