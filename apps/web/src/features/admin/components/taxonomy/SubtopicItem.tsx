import { Badge, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { AdminSubtopicFieldsFragment } from '../../../../gql/graphql';

export interface SubtopicItemProps {
  subtopic: AdminSubtopicFieldsFragment;
  /** The retire/restore request for this subtopic is under way. */
  busy: boolean;
  onEdit: (subtopic: AdminSubtopicFieldsFragment) => void;
  onRetire: (subtopic: AdminSubtopicFieldsFragment) => void;
  onRestore: (subtopic: AdminSubtopicFieldsFragment) => void;
}

/** One subtopic: Dutch and English name, synonyms, and its actions. Retired ones are greyed. */
export function SubtopicItem({ subtopic, busy, onEdit, onRetire, onRestore }: SubtopicItemProps) {
  const { t } = useTranslation();
  const { retired } = subtopic;
  const textColor = retired ? 'dimmed' : undefined;
  return (
    <Group
      component="li"
      justify="space-between"
      align="flex-start"
      wrap="wrap"
      gap="xs"
      py="xs"
      data-retired={retired || undefined}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} c={textColor} td={retired ? 'line-through' : undefined}>
            {subtopic.labelNl}
          </Text>
          {retired ? (
            <Badge color="gray" variant="light" c="dark.6">
              {t('admin.taxonomy.retired')}
            </Badge>
          ) : null}
        </Group>
        {subtopic.labelEn && subtopic.labelEn !== subtopic.labelNl ? (
          <Text size="sm" c="dimmed" lang="en">
            {subtopic.labelEn}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('admin.taxonomy.synonyms')}:{' '}
          {subtopic.synonyms.length > 0
            ? subtopic.synonyms.join(', ')
            : t('admin.taxonomy.noSynonyms')}
        </Text>
      </Stack>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPencil size={14} aria-hidden="true" />}
          onClick={() => onEdit(subtopic)}
        >
          {t('admin.taxonomy.edit')}
          <VisuallyHidden>: {subtopic.labelNl}</VisuallyHidden>
        </Button>
        {retired ? (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconArrowBackUp size={14} aria-hidden="true" />}
            loading={busy}
            onClick={() => onRestore(subtopic)}
          >
            {t('admin.taxonomy.restore')}
            <VisuallyHidden>: {subtopic.labelNl}</VisuallyHidden>
          </Button>
        ) : (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red.9"
            leftSection={<IconArchive size={14} aria-hidden="true" />}
            onClick={() => onRetire(subtopic)}
          >
            {t('admin.taxonomy.retire')}
            <VisuallyHidden>: {subtopic.labelNl}</VisuallyHidden>
          </Button>
        )}
      </Group>
    </Group>
  );
}
