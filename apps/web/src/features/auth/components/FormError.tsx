import { Group, Paper, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

export interface FormErrorProps {
  message: string | null;
}

/**
 * Form-level error. The live region is always rendered so that screen readers announce a
 * message as soon as it appears; the message inside is plain styled text (no second alert).
 */
export function FormError({ message }: FormErrorProps) {
  return (
    <div role="alert" aria-atomic="true">
      {message ? (
        <Paper
          bg="red.0"
          radius="md"
          p="sm"
          withBorder
          style={{ borderColor: 'var(--mantine-color-red-3)' }}
        >
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconAlertCircle size={20} color="var(--mantine-color-red-9)" aria-hidden="true" />
            <Text size="sm" c="red.9">
              {message}
            </Text>
          </Group>
        </Paper>
      ) : null}
    </div>
  );
}
