import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { SimilarQuestionsQuery } from '../graphql/similarQuestions';

export interface SimilarQuestionsProps {
  /** Title and body as typed so far. */
  text: string;
}

/** "Lijkt op deze vragen": existing questions like the one being typed (debounced). */
export function SimilarQuestions({ text }: SimilarQuestionsProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text.replace(/\s+/g, ' ').trim().slice(0, 300), 500);
  const { data, previousData } = useQuery(SimilarQuestionsQuery, {
    variables: { text: debounced },
    skip: debounced.length < 8,
    fetchPolicy: 'cache-first',
  });
  const nodes = debounced.length < 8 ? [] : ((data ?? previousData)?.similarQuestions ?? []);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="similar-title">
      <Title order={2} fz="h4" id="similar-title" mb="xs">
        {t('questions.similar.title')}
      </Title>
      <div aria-live="polite">
        {nodes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {debounced.length < 8 ? t('questions.similar.hint') : t('questions.similar.none')}
          </Text>
        ) : (
          <List spacing="xs" listStyleType="none" p={0}>
            {nodes.map((thread) => (
              <List.Item key={thread.id}>
                <Anchor component={Link} to={`/vragen/${thread.id}`} target="_blank" fw={600}>
                  {thread.title}
                  <VisuallyHidden> {t('questions.newTab')}</VisuallyHidden>
                </Anchor>
                <Group gap={6} mt={2}>
                  {thread.acceptedAnswer ? (
                    <Badge size="sm" color="green" variant="light" c="dark.8">
                      {t('questions.list.solved')}
                    </Badge>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {t('questions.list.answers', { count: thread.answerCount })}
                    {' · '}
                    {thread.group?.name ?? t('questions.board')}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </div>
    </Paper>
  );
}
