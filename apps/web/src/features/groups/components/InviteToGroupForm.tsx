import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getApiError } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { InviteToGroupMutation } from '../graphql/groupAdmin';
import { GroupMemberSearchQuery } from '../graphql/groupOptions';

export interface InviteToGroupFormProps {
  groupId: string;
}

/** Find a colleague by name or e-mail address and invite them to the group. */
export function InviteToGroupForm({ groupId }: InviteToGroupFormProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [memberId, setMemberId] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, previousData } = useQuery(GroupMemberSearchQuery, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const [invite, { loading }] = useMutation(InviteToGroupMutation, {
    refetchQueries: ['GroupMembers'],
  });
  const options = ((data ?? previousData)?.members.nodes ?? []).map((member) => ({
    value: member.id,
    label: [member.name, member.school?.name].filter(Boolean).join(' · '),
  }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!memberId) {
      setError(t('groups.admin.pickColleague'));
      return;
    }
    const name = options.find((option) => option.value === memberId)?.label ?? '';
    try {
      await invite({ variables: { input: { groupId, memberId } } });
      notifySuccess(t('groups.admin.invited', { name }));
      setMemberId(null);
      setSearch('');
      setError(undefined);
    } catch (caught) {
      setError(getApiError(caught).message ?? t('errors.unknown'));
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Group align="flex-start" gap="sm">
        <Select
          label={t('groups.admin.colleague')}
          placeholder={t('groups.admin.searchPlaceholder')}
          searchable
          clearable
          data={options}
          value={memberId}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          onChange={(value) => {
            setMemberId(value);
            setError(undefined);
          }}
          nothingFoundMessage={
            debounced.length < 2 ? t('groups.admin.typeMore') : t('groups.admin.nothingFound')
          }
          error={error}
          w={{ base: '100%', sm: 360 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Button type="submit" loading={loading} mt={{ base: 0, sm: 25 }}>
          {t('groups.admin.inviteSubmit')}
        </Button>
      </Group>
    </form>
  );
}
