import {
  Button,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCalendarEvent, IconSearch, IconUserCircle, IconUsersGroup } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
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

export function HomePage() {
  const { t } = useTranslation();
  const { member } = useCurrentMember();
  const [question, setQuestion] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const firstName = member?.name.split(' ')[0] ?? '';

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
  };

  return (
    <>
      <PageHeader
        title={firstName ? t('home.welcome', { name: firstName }) : t('home.welcomeAnonymous')}
        description={t('home.intro')}
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} mb="xl" bg="blue.0">
        <form role="search" onSubmit={handleSubmit} aria-labelledby="home-search-label">
          <Stack gap="sm">
            <Title order={2} fz={{ base: 20, sm: 24 }} id="home-search-label">
              <label htmlFor="home-search">{t('home.search.label')}</label>
            </Title>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                id="home-search"
                size="lg"
                style={{ flex: '1 1 16rem' }}
                placeholder={t('home.search.placeholder')}
                value={question}
                onChange={(event) => {
                  setQuestion(event.currentTarget.value);
                  setSubmitted(false);
                }}
                leftSection={<IconSearch aria-hidden="true" />}
                aria-describedby="home-search-status"
              />
              <Button type="submit" size="lg">
                {t('home.search.submit')}
              </Button>
            </Group>
            <Text id="home-search-status" size="sm" c="blue.9" aria-live="polite">
              {submitted ? t('home.search.soonSubmitted') : t('home.search.soon')}
            </Text>
          </Stack>
        </form>
      </Paper>
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
