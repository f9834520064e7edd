import { Card, Group, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarEvent, IconUserCircle, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '../../../components/PageHeader';
import { useCurrentMember } from '../../../hooks/useCurrentMember';

interface QuickLink {
  to: string;
  titleKey: string;
  textKey: string;
  icon: ReactNode;
}

const QUICK_LINKS: QuickLink[] = [
  {
    to: '/groepen',
    titleKey: 'nav.groups',
    textKey: 'home.links.groups',
    icon: <IconUsersGroup />,
  },
  {
    to: '/agenda',
    titleKey: 'nav.agenda',
    textKey: 'home.links.agenda',
    icon: <IconCalendarEvent />,
  },
  {
    to: '/profiel',
    titleKey: 'nav.profile',
    textKey: 'home.links.profile',
    icon: <IconUserCircle />,
  },
];

export interface HomePageProps {
  /**
   * The "Waar zoek je hulp bij?" box. The app passes the search feature's box in, so that the
   * two features do not import each other.
   */
  search?: ReactNode;
}

export function HomePage({ search }: HomePageProps) {
  const { t } = useTranslation();
  const { member } = useCurrentMember();
  const firstName = member?.name.split(' ')[0] ?? '';

  return (
    <>
      <PageHeader
        title={firstName ? t('home.welcome', { name: firstName }) : t('home.welcomeAnonymous')}
        description={t('home.intro')}
      />
      {search}
      <Title order={2} fz="lg" mb="sm">
        {t('home.links.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {QUICK_LINKS.map((link) => (
          <Card
            key={link.to}
            component={Link}
            to={link.to}
            withBorder
            radius="md"
            padding="lg"
            className="card-link"
          >
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" size="lg" radius="md" aria-hidden="true">
                {link.icon}
              </ThemeIcon>
              <div>
                <Text fw={600}>{t(link.titleKey)}</Text>
                <Text size="sm" c="dimmed">
                  {t(link.textKey)}
                </Text>
              </div>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
