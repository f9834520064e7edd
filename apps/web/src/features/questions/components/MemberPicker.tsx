import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QuestionMemberSearchQuery } from '../graphql/questionOptions';

export interface MemberPickerProps {
  label: string;
  value: string | null;
  onChange: (memberId: string | null, name: string | null) => void;
  error?: string;
  /** Members not to offer (e.g. yourself). */
  excludeIds?: string[];
}

/** Searches colleagues by name or e-mail address as you type. */
export function MemberPicker({
  label,
  value,
  onChange,
  error,
  excludeIds = [],
}: MemberPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, previousData, loading } = useQuery(QuestionMemberSearchQuery, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const nodes = ((data ?? previousData)?.members.nodes ?? []).filter(
    (member) => !excludeIds.includes(member.id),
  );
  const options = nodes.map((member) => ({
    value: member.id,
    label: member.name,
    description: [member.roleLabel, member.school?.name].filter(Boolean).join(' · '),
  }));

  return (
    <Select
      label={label}
      placeholder={t('questions.memberPicker.placeholder')}
      description={t('questions.memberPicker.hint')}
      searchable
      clearable
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(memberId) => {
        const picked = options.find((option) => option.value === memberId);
        onChange(memberId, picked?.label ?? null);
      }}
      renderOption={({ option }) => {
        const match = options.find((o) => o.value === option.value);
        return (
          <div>
            <div>{option.label}</div>
            {match?.description ? (
              <div style={{ fontSize: 'var(--mantine-font-size-xs)', opacity: 0.75 }}>
                {match.description}
              </div>
            ) : null}
          </div>
        );
      }}
      nothingFoundMessage={
        debounced.length < 2
          ? t('questions.memberPicker.typeMore')
          : loading
            ? t('common.loading')
            : t('questions.memberPicker.nothingFound')
      }
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
