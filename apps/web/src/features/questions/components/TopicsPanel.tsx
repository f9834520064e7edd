import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ThreadDetailFieldsFragment } from '../../../gql/graphql';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { SetQuestionTopicsMutation } from '../graphql/questionMutations';
import { QuestionTaxonomyQuery } from '../graphql/questionOptions';

export interface TopicsPanelProps {
  thread: Pick<
    ThreadDetailFieldsFragment,
    'id' | 'isMine' | 'domains' | 'subtopics' | 'topicsCorrected'
  >;
}

/** The topics Deelwijs inferred (or the asker corrected), with "Onderwerpen aanpassen". */
export function TopicsPanel({ thread }: TopicsPanelProps) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const empty = thread.domains.length === 0 && thread.subtopics.length === 0;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="topics-title">
      <Group justify="space-between" gap="xs" mb="xs">
        <Title order={2} fz="h4" id="topics-title">
          {t('questions.topics.title')}
        </Title>
        {thread.isMine ? (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPencil size={14} aria-hidden="true" />}
            onClick={modal.open}
          >
            {t('questions.topics.edit')}
          </Button>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {thread.topicsCorrected ? t('questions.topics.corrected') : t('questions.topics.inferred')}
      </Text>
      {empty ? (
        <Text size="sm">{t('questions.topics.none')}</Text>
      ) : (
        <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {thread.domains.map((domain) => (
            <li key={domain.slug}>
              <Badge color="blue" variant="filled">
                {domain.label}
              </Badge>
            </li>
          ))}
          {thread.subtopics.map((subtopic) => (
            <li key={subtopic.slug}>
              <Badge color="blue" variant="light">
                {subtopic.label}
              </Badge>
            </li>
          ))}
        </Group>
      )}
      {thread.isMine ? (
        <EditTopicsModal thread={thread} opened={opened} onClose={modal.close} />
      ) : null}
    </Paper>
  );
}

interface EditTopicsModalProps extends TopicsPanelProps {
  opened: boolean;
  onClose: () => void;
}

function EditTopicsModal({ thread, opened, onClose }: EditTopicsModalProps) {
  const { t } = useTranslation();
  const taxonomy = useQuery(QuestionTaxonomyQuery, { skip: !opened, fetchPolicy: 'cache-first' });
  const [subtopics, setSubtopics] = useState<string[]>(thread.subtopics.map((s) => s.slug));
  const [error, setError] = useState<string>();
  const [save, { loading }] = useMutation(SetQuestionTopicsMutation);
  const domains = taxonomy.data?.taxonomy ?? [];
  const domainOf = new Map(
    domains.flatMap((domain) => domain.subtopics.map((s) => [s.slug, domain.slug] as const)),
  );

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (subtopics.length === 0) {
      setError(t('questions.topics.required'));
      return;
    }
    const domainSlugs = [...new Set(subtopics.map((slug) => domainOf.get(slug)).filter(Boolean))];
    try {
      await save({
        variables: {
          input: { threadId: thread.id, subtopics, domains: domainSlugs as string[] },
        },
      });
      notifySuccess(t('questions.topics.saved'));
      onClose();
    } catch (caught) {
      const info = getApiError(caught);
      if (info.code === 'BAD_USER_INPUT') setError(info.message ?? t('errors.badUserInput'));
      else notifyFailure(info.message ?? t('errors.unknown'));
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('questions.topics.edit')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('questions.topics.editIntro')}</Text>
          <MultiSelect
            label={t('questions.topics.subtopics')}
            data-autofocus
            searchable
            clearable
            hidePickedOptions
            maxValues={8}
            data={domains.map((domain) => ({
              group: domain.label,
              items: domain.subtopics.map((s) => ({ value: s.slug, label: s.label })),
            }))}
            value={subtopics}
            onChange={(value) => {
              setSubtopics(value);
              setError(undefined);
            }}
            nothingFoundMessage={t('questions.memberPicker.nothingFound')}
            error={error}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
