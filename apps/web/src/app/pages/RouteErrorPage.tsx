import { Alert, Button, Center, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Last resort when a page throws while rendering. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="md">
      <Stack component="main" maw={480} gap="md">
        <Title order={1}>{t('errors.crashTitle')}</Title>
        <Alert color="red" variant="light" role="alert">
          {t('errors.crashText')}
        </Alert>
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
      </Stack>
    </Center>
  );
}
