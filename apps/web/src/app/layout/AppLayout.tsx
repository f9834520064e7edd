import { AppShell, Burger, Container, Drawer, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';

import { Brand } from '../../components/Brand';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageLoader } from '../../components/PageLoader';
import { SkipLink } from '../../components/SkipLink';
import { OpenReportsBadge } from '../../features/moderation';
import { NotificationBell } from '../../features/notifications';
import { isModerator, useCurrentMember } from '../../hooks/useCurrentMember';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

const MAIN_ID = 'main-content';

/** The signed-in shell: header with navigation, language switch and user menu. */
export function AppLayout() {
  const { t } = useTranslation();
  const { member } = useCurrentMember();
  const [menuOpened, menu] = useDisclosure(false);
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new content (as a page load would).
  useEffect(() => {
    menu.close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.pathname]);

  if (!member) {
    return <PageLoader fullScreen />;
  }
  const showAdmin = isModerator(member);
  const adminBadge = showAdmin ? <OpenReportsBadge /> : null;

  return (
    <AppShell header={{ height: 64 }} padding={{ base: 'sm', sm: 'md' }}>
      <SkipLink targetId={MAIN_ID} />
      <AppShell.Header>
        <Group
          h="100%"
          px={{ base: 'sm', sm: 'md' }}
          justify="space-between"
          wrap="nowrap"
          gap="xs"
        >
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Burger
              opened={menuOpened}
              onClick={menu.toggle}
              hiddenFrom="lg"
              size="sm"
              aria-label={menuOpened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={menuOpened}
              aria-controls="mobile-navigation"
            />
            <Brand compactOnPhone />
            <Group component="nav" aria-label={t('nav.label')} visibleFrom="lg" ml="md">
              <MainNav showAdmin={showAdmin} adminBadge={adminBadge} orientation="horizontal" />
            </Group>
          </Group>
          {/* Never squeezed: the bell, language and user menu keep their full width. */}
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <NotificationBell />
            <LanguageSwitch persistToAccount />
            <UserMenu member={member} />
          </Group>
        </Group>
      </AppShell.Header>
      <Drawer
        id="mobile-navigation"
        opened={menuOpened}
        onClose={menu.close}
        title={t('nav.menuTitle')}
        hiddenFrom="lg"
        size="xs"
        closeButtonProps={{ 'aria-label': t('nav.closeMenu') }}
      >
        <nav aria-label={t('nav.label')}>
          <MainNav
            showAdmin={showAdmin}
            adminBadge={adminBadge}
            orientation="vertical"
            onNavigate={menu.close}
          />
        </nav>
      </Drawer>
      <AppShell.Main id={MAIN_ID} ref={mainRef} tabIndex={-1}>
        <Container size="lg" px={0} py={{ base: 'sm', sm: 'md' }}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
