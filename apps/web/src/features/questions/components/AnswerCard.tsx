import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconThumbUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { AnswerFieldsFragment, ReportTarget } from '../../../gql/graphql';
import { useLanguage } from '../../../hooks/useLanguage';
import { formatDateTime } from '../../../lib/format';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import {
  AcceptAnswerMutation,
  DeleteAnswerMutation,
  EditAnswerMutation,
  VoteAnswerMutation,
} from '../graphql/answerMutations';
import { HideContentMutation } from '../graphql/moderation';
import { fromHtml } from '../lib/richText';
import classes from './AnswerCard.module.css';
import { AnswerForm } from './AnswerForm';
import { ConfirmModal } from './ConfirmModal';
import { PostBody } from './PostBody';
import { PostMenu } from './PostMenu';

export interface AnswerCardProps {
  answer: AnswerFieldsFragment;
  /** You asked the question (or moderate): you may accept an answer. */
  canAccept: boolean;
  isModerator: boolean;
  onReport: (target: { id: string; type: ReportTarget }) => void;
}

export function AnswerCard({ answer, canAccept, isModerator, onReport }: AnswerCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [vote, voteState] = useMutation(VoteAnswerMutation);
  const [accept, acceptState] = useMutation(AcceptAnswerMutation);
  const [edit] = useMutation(EditAnswerMutation);
  const [remove, removeState] = useMutation(DeleteAnswerMutation, {
    refetchQueries: ['ThreadDetail'],
  });
  const [hide] = useMutation(HideContentMutation, { refetchQueries: ['ThreadDetail'] });
  const fail = (caught: unknown) =>
    notifyFailure(caught instanceof Error && caught.message ? caught.message : t('errors.unknown'));

  const toggleVote = () =>
    vote({ variables: { input: { answerId: answer.id, helpful: !answer.votedHelpful } } }).catch(
      fail,
    );
  const acceptIt = () =>
    accept({ variables: { input: { answerId: answer.id } } })
      .then(() => notifySuccess(t('questions.answer.accepted')))
      .catch(fail);
  const deleteIt = () =>
    remove({ variables: { input: { answerId: answer.id } } })
      .then(() => {
        setConfirmDelete(false);
        notifySuccess(t('questions.answer.deleted'));
      })
      .catch(fail);
  const toggleHidden = () =>
    hide({
      variables: { input: { targetId: answer.id, targetType: 'ANSWER', hidden: !answer.hidden } },
    })
      .then(() => notifySuccess(answer.hidden ? t('questions.shown') : t('questions.hiddenDone')))
      .catch(fail);

  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="md"
      className={classes.card}
      data-accepted={answer.accepted || undefined}
      aria-labelledby={`answer-${answer.id}-author`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div>
            <Text fw={600} id={`answer-${answer.id}-author`}>
              {answer.author.former ? (
                `${answer.author.name} (${t('questions.formerMember')})`
              ) : (
                <Link to={`/leden/${answer.author.id}`} className={classes.author}>
                  {answer.author.name}
                </Link>
              )}
            </Text>
            <Text size="xs" c="dimmed">
              {[answer.author.roleLabel, answer.author.school?.name].filter(Boolean).join(' · ')}
              {' · '}
              <time dateTime={answer.createdAt}>{formatDateTime(answer.createdAt, language)}</time>
            </Text>
          </div>
          <Group gap={6} wrap="nowrap">
            {answer.accepted ? (
              <Badge
                color="green"
                variant="light"
                c="dark.8"
                leftSection={<IconCircleCheck size={14} aria-hidden="true" />}
              >
                {t('questions.answer.acceptedBadge')}
              </Badge>
            ) : null}
            {answer.hidden ? (
              <Badge color="red" variant="light">
                {t('questions.hidden')}
              </Badge>
            ) : null}
            <PostMenu
              label={t('questions.answer.actions', { name: answer.author.name })}
              isMine={answer.isMine}
              isModerator={isModerator}
              hidden={answer.hidden}
              onEdit={() => setEditing(true)}
              onDelete={() => setConfirmDelete(true)}
              onReport={() => onReport({ id: answer.id, type: 'ANSWER' })}
              onToggleHidden={() => void toggleHidden()}
            />
          </Group>
        </Group>
        {editing ? (
          <AnswerForm
            label={t('questions.answer.editLabel')}
            submitLabel={t('common.save')}
            initial={fromHtml(answer.body)}
            focusOnMount
            onCancel={() => setEditing(false)}
            onSubmit={async (body, privacy) => {
              await edit({ variables: { input: { answerId: answer.id, body, ...privacy } } });
              setEditing(false);
              notifySuccess(t('questions.answer.saved'));
            }}
          />
        ) : (
          <PostBody html={answer.body} />
        )}
        <Group gap="sm">
          <Button
            size="compact-sm"
            variant={answer.votedHelpful ? 'filled' : 'default'}
            leftSection={<IconThumbUp size={16} aria-hidden="true" />}
            aria-pressed={answer.votedHelpful}
            disabled={answer.isMine}
            loading={voteState.loading}
            onClick={() => void toggleVote()}
          >
            {t('questions.answer.helpful', { count: answer.helpfulCount })}
          </Button>
          {canAccept && !answer.accepted ? (
            <Button
              size="compact-sm"
              color="green"
              variant="light"
              leftSection={<IconCircleCheck size={16} aria-hidden="true" />}
              loading={acceptState.loading}
              onClick={() => void acceptIt()}
            >
              {t('questions.answer.accept')}
            </Button>
          ) : null}
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirmDelete}
        title={t('questions.answer.deleteTitle')}
        message={t('questions.answer.deleteText')}
        confirmLabel={t('questions.actions.delete')}
        loading={removeState.loading}
        onConfirm={() => void deleteIt()}
        onClose={() => setConfirmDelete(false)}
      />
    </Paper>
  );
}
