import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserQuestion } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { StatusPage } from '../../../components/StatusPage';
import type { ReportTarget } from '../../../gql/graphql';
import { useCurrentMember } from '../../../hooks/useCurrentMember';
import { pageStatusOf } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { AnswerQuestionMutation } from '../graphql/answerMutations';
import { ThreadDetailQuery } from '../graphql/threadDetail';
import { AnswerCard } from './AnswerCard';
import { AnswerForm } from './AnswerForm';
import { AskColleagueModal } from './AskColleagueModal';
import { JoinToAnswer } from './JoinToAnswer';
import { QuestionSection } from './QuestionSection';
import { ReportModal } from './ReportModal';
import { SuggestedExperts } from './SuggestedExperts';
import { TopicsPanel } from './TopicsPanel';

/** Routing runs as a background job: look again a few times while no experts are shown. */
const POLL_MS = 2500;
const POLL_FOR_MS = 20_000;
const RECENT_MS = 10 * 60_000;

/** `/vragen/:id`: the question, its topics, suggested experts and the answers. */
export function ThreadPage() {
  const { id = '' } = useParams();
  return <ThreadView key={id} id={id} />;
}

function ThreadView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { member } = useCurrentMember();
  const isModerator = member?.platformRole === 'MODERATOR' || member?.platformRole === 'ADMIN';
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(ThreadDetailQuery, {
    variables: { id },
  });
  const [report, setReport] = useState<{ id: string; type: ReportTarget } | null>(null);
  const [colleagueOpened, colleague] = useDisclosure(false);
  const [openedAt] = useState(() => Date.now());
  const [timedOut, setTimedOut] = useState(false);
  const [answerQuestion] = useMutation(AnswerQuestionMutation, {
    refetchQueries: ['ThreadDetail'],
  });
  const thread = data?.thread;
  const needsExperts =
    !!thread &&
    thread.suggestedExperts.length === 0 &&
    openedAt - new Date(thread.createdAt).getTime() < RECENT_MS;
  const polling = needsExperts && !timedOut;

  useEffect(() => {
    if (!polling) return undefined;
    startPolling(POLL_MS);
    const timer = window.setTimeout(() => setTimedOut(true), POLL_FOR_MS);
    return () => {
      window.clearTimeout(timer);
      stopPolling();
    };
  }, [polling, startPolling, stopPolling]);

  if (!thread) {
    if (loading) return <PageLoader />;
    const status = pageStatusOf(error);
    if (status) {
      return (
        <StatusPage
          kind={status}
          title={
            status === 'forbidden'
              ? t('questions.thread.forbiddenTitle')
              : t('questions.thread.notFoundTitle')
          }
          text={
            status === 'forbidden'
              ? t('questions.thread.forbiddenText')
              : t('questions.thread.notFoundText')
          }
          back={{ to: '/vragen', label: t('questions.backToList') }}
        />
      );
    }
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }

  const answers = thread.answers;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          <QuestionSection thread={thread} isModerator={isModerator} onReport={setReport} />
          <section aria-labelledby="answers-title">
            <Title order={2} fz="h3" id="answers-title" mb="sm">
              {t('questions.answer.count', { count: answers.length })}
            </Title>
            {answers.length === 0 ? (
              <Text c="dimmed">{t('questions.answer.none')}</Text>
            ) : (
              <Stack gap="sm">
                {answers.map((answer) => (
                  <AnswerCard
                    key={answer.id}
                    answer={answer}
                    canAccept={thread.canAccept}
                    isModerator={isModerator}
                    onReport={setReport}
                  />
                ))}
              </Stack>
            )}
          </section>
          <Paper
            withBorder
            radius="md"
            p="md"
            component="section"
            aria-labelledby="answer-form-title"
          >
            <Title order={2} fz="h4" id="answer-form-title" mb="sm">
              {t('questions.answer.formTitle')}
            </Title>
            {thread.group && thread.group.myMembership?.status !== 'ACTIVE' ? (
              <JoinToAnswer group={thread.group} />
            ) : (
              <AnswerForm
                label={t('questions.answer.label')}
                submitLabel={t('questions.answer.submit')}
                onSubmit={async (body, privacy) => {
                  await answerQuestion({
                    variables: { input: { threadId: thread.id, body, ...privacy } },
                  });
                  notifySuccess(t('questions.answer.posted'));
                }}
              />
            )}
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          <TopicsPanel thread={thread} />
          <SuggestedExperts experts={thread.suggestedExperts} searching={polling} />
          <Button
            variant="light"
            leftSection={<IconUserQuestion size={18} aria-hidden="true" />}
            onClick={colleague.open}
          >
            {t('questions.colleague.title')}
          </Button>
        </Stack>
      </Grid.Col>
      <AskColleagueModal
        threadId={thread.id}
        opened={colleagueOpened}
        onClose={colleague.close}
        excludeIds={[thread.author.id, ...(member ? [member.id] : [])]}
      />
      <ReportModal target={report} onClose={() => setReport(null)} />
    </Grid>
  );
}
