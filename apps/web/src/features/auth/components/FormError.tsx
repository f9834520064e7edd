import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

export interface FormErrorProps {
  message: string | null;
}

/**
 * Form-level error. The live region is always rendered so that screen readers announce
 * a message as soon as it appears.
 */
export function FormError({ message }: FormErrorProps) {
  return (
    <div role="alert" aria-live="assertive" aria-atomic="true">
      {message ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {message}
        </Alert>
      ) : null}
    </div>
  );
}
