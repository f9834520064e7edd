import { Card, Group, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder cards while the first results load. */
export function ResultsSkeleton({ count = 3 }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status">
      <VisuallyHidden>{t('search.page.searching')}</VisuallyHidden>
      <Stack gap="md" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <Card key={i} withBorder radius="md" padding="lg">
            <Skeleton h={20} w="45%" mb={8} />
            <Skeleton h={12} w="65%" mb="md" />
            <Group gap={6} mb="md">
              <Skeleton h={26} w={140} radius="xl" />
              <Skeleton h={26} w={100} radius="xl" />
            </Group>
            <Skeleton h={12} w="80%" mb={6} />
            <Skeleton h={12} w="70%" mb={6} />
            <Skeleton h={12} w="50%" />
          </Card>
        ))}
      </Stack>
    </div>
  );
}
