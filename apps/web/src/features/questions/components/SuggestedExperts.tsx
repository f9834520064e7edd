import { Anchor, Avatar, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ExpertMatchFieldsFragment } from '../../../gql/graphql';

export interface SuggestedExpertsProps {
  experts: ExpertMatchFieldsFragment[];
  /** Routing may still be running in the background. */
  searching: boolean;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return `${parts[0]?.[0] ?? ''}${parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : ''}`;
}

/** "Gesuggereerde experts": who Deelwijs asked to help, and why. */
export function SuggestedExperts({ experts, searching }: SuggestedExpertsProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="experts-title">
      <Title order={2} fz="h4" id="experts-title">
        {t('questions.experts.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('questions.experts.intro')}
      </Text>
      <div aria-live="polite">
        {experts.length === 0 ? (
          searching ? (
            <Group gap="xs" role="status">
              <Loader size="xs" aria-hidden="true" />
              <Text size="sm">{t('questions.experts.searching')}</Text>
            </Group>
          ) : (
            <Text size="sm">{t('questions.experts.none')}</Text>
          )
        ) : (
          <List listStyleType="none" p={0} spacing="md" aria-label={t('questions.experts.title')}>
            {experts.map((expert) => (
              <List.Item key={expert.member.id} data-testid="suggested-expert">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Avatar color="blue" variant="filled" radius="xl" size={36} aria-hidden="true">
                    {initials(expert.member.name).toUpperCase()}
                  </Avatar>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/leden/${expert.member.id}`} fw={600}>
                      {expert.member.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {[expert.member.roleLabel, expert.member.school?.name]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    {expert.reasons.length > 0 ? (
                      <List
                        size="sm"
                        spacing={2}
                        aria-label={t('questions.experts.why', { name: expert.member.name })}
                      >
                        {expert.reasons.map((reason) => (
                          <List.Item key={reason}>{reason}</List.Item>
                        ))}
                      </List>
                    ) : null}
                  </Stack>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </div>
    </Paper>
  );
}
