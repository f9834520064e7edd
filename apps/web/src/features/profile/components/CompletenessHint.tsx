import { Card, Group, List, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { completenessOf, type ProfileFormValues } from '../lib/formModel';

export interface CompletenessHintProps {
  values: ProfileFormValues;
}

/** How complete the profile is (live, same weights as the api) and what would add most. */
export function CompletenessHint({ values }: CompletenessHintProps) {
  const { t } = useTranslation();
  const { score, missing } = completenessOf(values);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="completeness">
      <Group justify="space-between" mb={6} gap="xs">
        <Text fw={600} id="completeness">
          {t('profiles.completeness.title')}
        </Text>
        <Text fw={600} size="sm">
          {t('profiles.completeness.score', { score })}
        </Text>
      </Group>
      <Progress.Root size="md" radius="xl">
        <Progress.Section
          value={score}
          color={score >= 80 ? 'teal' : score >= 45 ? 'blue' : 'orange'}
          aria-label={t('profiles.completeness.title')}
          aria-valuetext={t('profiles.completeness.score', { score })}
        />
      </Progress.Root>
      {missing.length ? (
        <>
          <Text size="sm" mt="sm">
            {t('profiles.completeness.missingIntro')}
          </Text>
          <List size="sm" mt={4} spacing={2}>
            {missing.map((part) => (
              <List.Item key={part}>{t(`profiles.completeness.missing.${part}`)}</List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text size="sm" mt="sm">
          {t('profiles.completeness.done')}
        </Text>
      )}
    </Card>
  );
}
