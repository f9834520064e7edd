import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { useDocumentTitle } from '../../../hooks/useDocumentTitle';

export interface AuthCardProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** The card that holds each sign-in, invitation and password page. */
export function AuthCard({ title, intro, children }: AuthCardProps) {
  useDocumentTitle(title);
  return (
    <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', xs: 'xl' }} w="100%" maw={440}>
      <Stack gap="md">
        <Title order={1} fz={{ base: 24, xs: 28 }}>
          {title}
        </Title>
        {intro ? <Text c="dimmed">{intro}</Text> : null}
        {children}
      </Stack>
    </Paper>
  );
}
