import {
  type ComboboxItem,
  type ComboboxParsedItem,
  Group,
  MultiSelect,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '../../../lib/i18n';
import { LIMITS } from '../lib/formModel';
import { findSubtopics, type PickerSubtopic, type SubtopicMatch } from '../lib/subtopicSearch';

export interface SubtopicPickerProps {
  id: string;
  /** All subtopics of the taxonomy (retired ones too, so chosen ones keep their label). */
  subtopics: ReadonlyMap<string, PickerSubtopic>;
  /** The entry's domain; without one, the picker searches every domain. */
  domain: string | null;
  value: string[];
  /** `domain` is the domain of a subtopic picked while the entry had none. */
  onChange: (subtopics: string[], domain?: string) => void;
  error?: string;
}

/**
 * Searchable multi-select of subtopics that also finds synonyms and abbreviations: typing
 * "dyslectie" offers "Dyslexie", shown as "dyslectie → Dyslexie".
 */
export function SubtopicPicker({
  id,
  subtopics,
  domain,
  value,
  onChange,
  error,
}: SubtopicPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const locale = currentLanguage();

  const data = useMemo<ComboboxItem[]>(
    () => [...subtopics.values()].map((s) => ({ value: s.slug, label: s.label })),
    [subtopics],
  );
  const matches = useMemo(() => {
    if (search.trim()) {
      return findSubtopics(search, subtopics, { domain, locale, exclude: value, limit: 12 });
    }
    // Nothing typed yet: the domain's subtopics to browse.
    if (!domain) return [];
    return [...subtopics.values()]
      .filter((s) => s.domainSlug === domain && !s.retired && !value.includes(s.slug))
      .map((s): SubtopicMatch => ({ ...s, matched: null }));
  }, [search, subtopics, domain, locale, value]);
  const matchBySlug = useMemo(() => new Map(matches.map((m) => [m.slug, m])), [matches]);

  const filter = (): ComboboxParsedItem[] =>
    matches.map((match) => ({ value: match.slug, label: match.label }));

  const handleChange = (next: string[]) => {
    const added = next.find((slug) => !value.includes(slug));
    const pickedDomain = added ? subtopics.get(added)?.domainSlug : undefined;
    onChange(next, !domain && pickedDomain ? pickedDomain : undefined);
  };

  return (
    <MultiSelect
      id={id}
      label={t('profiles.editor.subtopics')}
      description={
        domain ? t('profiles.editor.subtopicsHintDomain') : t('profiles.editor.subtopicsHint')
      }
      placeholder={value.length ? undefined : t('profiles.editor.subtopicsPlaceholder')}
      data={data}
      value={value}
      onChange={handleChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={filter}
      hidePickedOptions
      maxValues={LIMITS.subtopicsPerEntry}
      nothingFoundMessage={
        search.trim()
          ? domain
            ? t('profiles.editor.nothingFoundInDomain')
            : t('profiles.editor.nothingFound')
          : undefined
      }
      error={error}
      clearable
      clearButtonProps={{ 'aria-label': t('profiles.editor.clearSubtopics') }}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={300}
      renderOption={({ option }) => {
        const match = matchBySlug.get(option.value);
        return (
          <Group gap={6} wrap="wrap" style={{ rowGap: 0 }}>
            {match?.matched ? (
              <Text span size="sm" c="dimmed">
                {match.matched} →
              </Text>
            ) : null}
            <Text span size="sm" fw={500}>
              {option.label}
            </Text>
            {!domain && match ? (
              <Text span size="xs" c="dimmed">
                ({match.domainLabel})
              </Text>
            ) : null}
          </Group>
        );
      }}
    />
  );
}
