import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useLanguage } from '../../../hooks/useLanguage';
import { formatTime } from '../lib/dates';

export interface SaveBarProps {
  dirty: boolean;
  saving: boolean;
  savedAt: Date | null;
  memberId: string;
}

/** Sticks to the bottom of the screen: what is saved, and the save button. */
export function SaveBar({ dirty, saving, savedAt, memberId }: SaveBarProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const status = saving
    ? t('profiles.editor.saving')
    : dirty
      ? t('profiles.editor.unsaved')
      : savedAt
        ? t('profiles.editor.savedAt', { time: formatTime(savedAt, language) })
        : t('profiles.editor.upToDate');

  return (
    <Paper
      withBorder
      shadow="sm"
      radius="md"
      p="sm"
      mt="xl"
      style={{ position: 'sticky', bottom: 'var(--mantine-spacing-sm)', zIndex: 5 }}
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap={6} wrap="nowrap" style={{ flex: '1 1 12rem' }}>
          {!dirty && !saving && savedAt ? (
            <IconCheck size={18} color="var(--mantine-color-teal-8)" aria-hidden="true" />
          ) : null}
          <Text size="sm" fw={500} role="status" aria-live="polite">
            {status}
          </Text>
        </Group>
        <Group gap="sm" wrap="wrap">
          <Anchor component={Link} to={`/leden/${memberId}`} size="sm">
            {t('profiles.editor.viewProfile')}
          </Anchor>
          <Button
            type="submit"
            loading={saving}
            disabled={!dirty}
            leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />}
          >
            {t('profiles.editor.save')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
