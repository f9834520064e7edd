import { Fieldset, Input } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ChoiceFieldsetProps {
  id: string;
  legend: string;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
}

/**
 * A group of radios or checkboxes (SegmentedControl, Chips) under a `<legend>`, styled like a
 * Mantine input label, with the error announced with the group. Focusable for error focus.
 */
export function ChoiceFieldset({ id, legend, description, error, children }: ChoiceFieldsetProps) {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      variant="unstyled"
      legend={legend}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      styles={{
        root: { minWidth: 0 },
        legend: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500, marginBottom: 2 },
      }}
    >
      {description ? <Input.Description id={descriptionId}>{description}</Input.Description> : null}
      {children}
      {error ? (
        <Input.Error id={errorId} mt={4}>
          {error}
        </Input.Error>
      ) : null}
    </Fieldset>
  );
}
