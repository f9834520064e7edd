import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Modal, Paper, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { PageHeader } from '../../../components/PageHeader';
import type { ReportTarget, ThreadDetailFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../hooks/useLanguage';
import { formatDateTime } from '../../../lib/format';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { HideContentMutation } from '../graphql/moderation';
import { DeleteQuestionMutation, EditQuestionMutation } from '../graphql/questionMutations';
import { fromHtml } from '../lib/richText';
import { AnswerForm } from './AnswerForm';
import { ConfirmModal } from './ConfirmModal';
import { PostBody } from './PostBody';
import { PostMenu } from './PostMenu';

export interface QuestionSectionProps {
  thread: ThreadDetailFieldsFragment;
  isModerator: boolean;
  onReport: (target: { id: string; type: ReportTarget }) => void;
}

/** The question: title (the page's h1), who asked it where, the text and its actions. */
export function QuestionSection({ thread, isModerator, onReport }: QuestionSectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(thread.title);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [edit] = useMutation(EditQuestionMutation);
  const [remove, removeState] = useMutation(DeleteQuestionMutation, {
    refetchQueries: ['Threads'],
  });
  const [hide] = useMutation(HideContentMutation, { refetchQueries: ['ThreadDetail'] });
  const fail = (caught: unknown) =>
    notifyFailure(caught instanceof Error && caught.message ? caught.message : t('errors.unknown'));

  const where = thread.group ? (
    <Anchor underline="always" component={Link} to={`/groepen/${thread.group.slug}`}>
      {thread.group.name}
    </Anchor>
  ) : (
    <Anchor underline="always" component={Link} to="/vragen">
      {t('questions.board')}
    </Anchor>
  );

  return (
    <Stack gap="sm">
      <PageHeader
        title={thread.title}
        description={
          <>
            {t('questions.thread.askedBy')}{' '}
            {thread.author.former ? (
              `${thread.author.name} (${t('questions.formerMember')})`
            ) : (
              <Anchor underline="always" component={Link} to={`/leden/${thread.author.id}`}>
                {thread.author.name}
              </Anchor>
            )}{' '}
            {t('questions.thread.in')} {where} ·{' '}
            <time dateTime={thread.createdAt}>{formatDateTime(thread.createdAt, language)}</time>
          </>
        }
        actions={
          <PostMenu
            label={t('questions.thread.actions')}
            isMine={thread.isMine}
            isModerator={isModerator}
            hidden={thread.hidden}
            onEdit={() => {
              setTitle(thread.title);
              setEditing(true);
            }}
            onDelete={() => setConfirmDelete(true)}
            onReport={() => onReport({ id: thread.id, type: 'THREAD' })}
            onToggleHidden={() =>
              void hide({
                variables: {
                  input: { targetId: thread.id, targetType: 'THREAD', hidden: !thread.hidden },
                },
              })
                .then(() =>
                  notifySuccess(thread.hidden ? t('questions.shown') : t('questions.hiddenDone')),
                )
                .catch(fail)
            }
          />
        }
      />
      {thread.hidden ? (
        <Alert color="red" variant="light">
          {t('questions.thread.hiddenNote')}
        </Alert>
      ) : null}
      <Paper
        withBorder
        radius="md"
        p="md"
        component="section"
        aria-label={t('questions.thread.question')}
      >
        <PostBody html={thread.body} />
      </Paper>

      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('questions.thread.editTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <TextInput
            label={t('questions.ask.titleLabel')}
            required
            data-autofocus
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <AnswerForm
            label={t('questions.ask.bodyLabel')}
            submitLabel={t('common.save')}
            initial={fromHtml(thread.body)}
            onCancel={() => setEditing(false)}
            title={{ value: title, onChange: setTitle }}
            onSubmit={async (body, privacy) => {
              await edit({
                variables: {
                  input: { threadId: thread.id, title: title.trim(), body, ...privacy },
                },
              });
              setEditing(false);
              notifySuccess(t('questions.thread.saved'));
            }}
          />
        </Stack>
      </Modal>
      <ConfirmModal
        opened={confirmDelete}
        title={t('questions.thread.deleteTitle')}
        message={t('questions.thread.deleteText')}
        confirmLabel={t('questions.actions.delete')}
        loading={removeState.loading}
        onConfirm={() =>
          void remove({ variables: { input: { threadId: thread.id } } })
            .then(() => {
              notifySuccess(t('questions.thread.deleted'));
              void navigate(thread.group ? `/groepen/${thread.group.slug}` : '/vragen');
            })
            .catch(fail)
        }
        onClose={() => setConfirmDelete(false)}
      />
    </Stack>
  );
}
