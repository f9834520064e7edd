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
    | 'id'
    | 'isMine'
    | 'domains'
    | 'subtopics'
    | 'topicsCorrected'
    | 'topicsConfident'
    | 'topicSuggestions'
  >;
}

/**
 * The topics Deelwijs inferred (or the asker corrected), with "Onderwerpen aanpassen". When the
 * inference was not confident there are no topics yet: the asker gets "Onderwerp kiezen" with
 * the best suggestions (one click sets it, and the choice feeds the learned associations).
 */
export function TopicsPanel({ thread }: TopicsPanelProps) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const empty = thread.domains.length === 0 && thread.subtopics.length === 0;
  if (empty && !thread.topicsConfident && thread.isMine) {
    return (
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="topics-title">
        <Title order={2} fz="h4" id="topics-title" mb="xs">
          {t('questions.topics.choose')}
        </Title>
        <Text size="sm" mb="sm">
          {t('questions.topics.chooseIntro')}
        </Text>
        <ChooseTopic thread={thread} onOther={modal.open} />
        <EditTopicsModal thread={thread} opened={opened} onClose={modal.close} />
      </Paper>
    );
  }
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
        <Text size="sm">
          {thread.topicsConfident ? t('questions.topics.none') : t('questions.topics.unsure')}
        </Text>
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

function ChooseTopic({ thread, onOther }: TopicsPanelProps & { onOther: () => void }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SetQuestionTopicsMutation);
  const choose = async (slug: string, label: string) => {
    try {
      await save({ variables: { input: { threadId: thread.id, subtopics: [slug], domains: [] } } });
      notifySuccess(t('questions.topics.chosen', { label }));
    } catch (caught) {
      notifyFailure(getApiError(caught).message ?? t('errors.unknown'));
    }
  };
  return (
    <Stack gap="xs">
      {thread.topicSuggestions.length > 0 ? (
        <>
          <Text size="sm" fw={500} id="topic-suggestions">
            {t('questions.topics.suggestions')}
          </Text>
          <Group
            gap={6}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-labelledby="topic-suggestions"
          >
            {thread.topicSuggestions.map((subtopic) => (
              <li key={subtopic.slug}>
                <Button
                  size="compact-sm"
                  variant="light"
                  disabled={loading}
                  onClick={() => void choose(subtopic.slug, subtopic.label)}
                >
                  {subtopic.label}
                </Button>
              </li>
            ))}
          </Group>
        </>
      ) : null}
      <Group>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPencil size={14} aria-hidden="true" />}
          onClick={onOther}
        >
          {t('questions.topics.other')}
        </Button>
      </Group>
    </Stack>
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
