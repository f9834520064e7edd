import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Grid, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { PrivacyWarning } from '../../../components/PrivacyWarning';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import {
  anonymiseText,
  flaggedWords,
  privacyWarningOf,
  type PrivacyWarningState,
} from '../../../lib/privacy';
import { AskQuestionMutation } from '../graphql/questionMutations';
import { AskQuestionGroupsQuery } from '../graphql/questionOptions';
import { type EditorValue, EMPTY_EDITOR, toHtml, toPlainText } from '../lib/richText';
import { RichTextField } from './RichTextField';
import { SimilarQuestions } from './SimilarQuestions';

const BOARD = 'prikbord';

interface AskErrors {
  title?: string;
  body?: string;
  groupId?: string;
}

/** `/vragen/nieuw?groep=<slug>`: ask in one of your groups or on the community board. */
export function AskQuestionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const groups = useQuery(AskQuestionGroupsQuery, { fetchPolicy: 'cache-and-network' });
  const myGroups = (groups.data?.groups ?? []).filter(
    (group) => group.myMembership?.status === 'ACTIVE',
  );
  const [place, setPlace] = useState<string | null>(null);
  const requested = searchParams.get('groep');
  const selected =
    place ?? (requested && myGroups.some((g) => g.slug === requested) ? requested : BOARD);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState<EditorValue>(EMPTY_EDITOR);
  const [errors, setErrors] = useState<AskErrors>({});
  const [warning, setWarning] = useState<PrivacyWarningState | null>(null);
  const [askQuestion, { loading }] = useMutation(AskQuestionMutation, {
    refetchQueries: ['Threads'],
  });
  const group = myGroups.find((g) => g.slug === selected);

  // The member's text stays in the form on a refusal or a warning; an edit ends the warning.
  const changeTitle = (value: string) => {
    setTitle(value);
    setWarning(null);
  };
  const changeBody = (value: EditorValue) => {
    setBody(value);
    setWarning(null);
  };
  const anonymiseAll = () => {
    setTitle(anonymiseText(title));
    setBody({ ...body, text: anonymiseText(body.text) });
    setWarning(null);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(false);
  };

  const send = async (confirmPrivacyWarning: boolean) => {
    const found: AskErrors = {};
    if (title.trim().length < 5) found.title = t('questions.ask.titleRequired');
    if (body.text.trim() === '') found.body = t('questions.ask.bodyRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await askQuestion({
        variables: {
          input: {
            title: title.trim(),
            body: toHtml(body),
            groupId: group?.id ?? null,
            ...(confirmPrivacyWarning ? { confirmPrivacyWarning } : {}),
          },
        },
      });
      setWarning(null);
      const id = result.data?.askQuestion.id;
      notifySuccess(t('questions.ask.success'));
      if (id) void navigate(`/vragen/${id}`);
    } catch (error) {
      const privacy = privacyWarningOf(error);
      if (privacy) {
        setWarning(privacy);
        return;
      }
      const info = getApiError(error);
      if (
        info.code === 'BAD_USER_INPUT' &&
        info.field &&
        ['title', 'body', 'groupId'].includes(info.field)
      ) {
        setErrors({ [info.field]: info.message ?? t('errors.badUserInput') });
      } else {
        notifyFailure(info.message ?? t('errors.unknown'));
      }
    }
  };

  return (
    <>
      <PageHeader title={t('questions.ask.title')} description={t('questions.ask.intro')} />
      {/* The group to ask in is chosen from your groups: wait for them. */}
      {!groups.data && groups.loading ? (
        <PageLoader />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <form onSubmit={handleSubmit} noValidate>
              <Stack gap="md">
                <Select
                  label={t('questions.ask.where')}
                  description={t('questions.ask.whereHint')}
                  data={[
                    { value: BOARD, label: t('questions.ask.board') },
                    ...myGroups.map((g) => ({ value: g.slug, label: g.name })),
                  ]}
                  value={selected}
                  onChange={(value) => setPlace(value ?? BOARD)}
                  allowDeselect={false}
                  error={errors.groupId}
                  comboboxProps={{ withinPortal: true }}
                />
                {requested && !groups.loading && !group && place === null ? (
                  <Alert color="yellow" variant="light">
                    {t('questions.ask.notInGroup')}
                  </Alert>
                ) : null}
                <TextInput
                  label={t('questions.ask.titleLabel')}
                  description={t('questions.ask.titleHint')}
                  required
                  data-autofocus
                  value={title}
                  onChange={(event) => changeTitle(event.currentTarget.value)}
                  error={errors.title}
                  maxLength={200}
                />
                <RichTextField
                  label={t('questions.ask.bodyLabel')}
                  required
                  value={body}
                  onChange={changeBody}
                  error={errors.body}
                />
                {warning ? (
                  <PrivacyWarning
                    message={warning.message}
                    words={flaggedWords(warning.flags, {
                      title: title.trim(),
                      body: toPlainText(body),
                    })}
                    onAnonymise={anonymiseAll}
                    onPostAnyway={() => void send(true)}
                    posting={loading}
                  />
                ) : null}
                <Group justify="flex-end">
                  <Button
                    variant="default"
                    component={Link}
                    to={group ? `/groepen/${group.slug}` : '/vragen'}
                  >
                    {t('common.cancel')}
                  </Button>
                  <Button type="submit" loading={loading}>
                    {t('questions.ask.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <SimilarQuestions text={`${title} ${body.text}`} />
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
