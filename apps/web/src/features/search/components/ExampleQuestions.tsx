import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { searchPath } from '../lib/searchParams';

/** Pill buttons whose text may wrap on a phone. */
export const CHIP_STYLES = {
  root: { height: 'auto', minHeight: 32, paddingBlock: 5 },
  inner: { height: 'auto' },
  label: { whiteSpace: 'normal', height: 'auto', lineHeight: 1.35, overflow: 'visible' },
} as const;

/** Example questions as links that search for them at once. */
export function ExampleQuestions({ id }: { id: string }) {
  const { t } = useTranslation();
  const examples = t('search.home.examples', { returnObjects: true }) as unknown;
  const list = Array.isArray(examples) ? examples.filter((e) => typeof e === 'string') : [];
  if (!list.length) return null;
  return (
    <div>
      <Text id={id} size="sm" fw={500} mb={6}>
        {t('search.home.examplesTitle')}
      </Text>
      <Group component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={id}>
        {list.map((example) => (
          <li key={example}>
            <Button
              component={Link}
              to={searchPath(example)}
              variant="default"
              radius="xl"
              size="compact-sm"
              fw={500}
              styles={CHIP_STYLES}
            >
              {example}
            </Button>
          </li>
        ))}
      </Group>
    </div>
  );
}
