import { Box, Center, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

import { Brand } from '../../components/Brand';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { SkipLink } from '../../components/SkipLink';
import classes from './PublicLayout.module.css';

/** Layout of the pages for signed-out visitors: sign-in, invitation and password pages. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className={classes.page}>
      <SkipLink />
      <Box component="header" className={classes.header}>
        <Group justify="space-between" wrap="nowrap" px={{ base: 'sm', sm: 'md' }} h={64}>
          <Brand to="/inloggen" />
          <LanguageSwitch />
        </Group>
      </Box>
      <main id="main-content" tabIndex={-1} className={classes.main}>
        <Center px={{ base: 'sm', sm: 'md' }} py={{ base: 'lg', sm: 48 }}>
          <Outlet />
        </Center>
      </main>
      <Box component="footer" className={classes.footer}>
        <Text size="sm" c="dimmed" ta="center">
          {t('app.tagline')}
        </Text>
      </Box>
    </div>
  );
}
