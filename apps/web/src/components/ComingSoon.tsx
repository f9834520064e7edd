import { EmptyState, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ComingSoonProps {
  title: string;
  description: string;
  icon: ReactNode;
  /** Optional extra line, e.g. what the member can already do. */
  hint?: string;
}

/** Friendly empty state for parts of Deelwijs that are still being built. */
export function ComingSoon({ title, description, icon, hint }: ComingSoonProps) {
  return (
    <EmptyState
      variant="light"
      size="lg"
      icon={icon}
      title={title}
      description={description}
      py="xl"
      mx="auto"
      maw={560}
    >
      {hint ? (
        <Text c="dimmed" size="sm" ta="center" mt="sm">
          {hint}
        </Text>
      ) : null}
    </EmptyState>
  );
}
