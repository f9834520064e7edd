import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { GroupVisibility } from '../../../gql/graphql';
import { getApiError } from '../../../lib/errors';
import { notifyFailure, notifySuccess } from '../../../lib/notify';
import { JoinGroupToAnswerMutation } from '../graphql/questionMutations';

export interface JoinToAnswerProps {
  group: { id: string; name: string; visibility: GroupVisibility };
}

/** Only group members answer in a group: an open group can be joined right here. */
export function JoinToAnswer({ group }: JoinToAnswerProps) {
  const { t } = useTranslation();
  const [join, { loading }] = useMutation(JoinGroupToAnswerMutation, {
    refetchQueries: ['ThreadDetail'],
  });
  const open = group.visibility === 'OPEN';
  return (
    <Stack gap="sm" align="flex-start">
      <Text>
        {open
          ? t('questions.answer.joinOpen', { group: group.name })
          : t('questions.answer.membersOnly', { group: group.name })}
      </Text>
      {open ? (
        <Button
          loading={loading}
          onClick={() =>
            void join({ variables: { input: { groupId: group.id } } })
              .then(() => notifySuccess(t('questions.answer.joined', { group: group.name })))
              .catch((caught: unknown) =>
                notifyFailure(getApiError(caught).message ?? t('errors.unknown')),
              )
          }
        >
          {t('questions.answer.joinButton', { group: group.name })}
        </Button>
      ) : null}
    </Stack>
  );
}
