import {
  Button,
  CloseButton,
  Combobox,
  Group,
  Loader,
  Text,
  TextInput,
  useCombobox,
  VisuallyHidden,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type SubtopicSuggestion, useSubtopicSuggestions } from '../hooks/useSubtopicSuggestions';
import { MAX_QUERY_LENGTH } from '../lib/searchParams';

export interface ExpertSearchBoxProps {
  id: string;
  /** The question shown when the box appears (e.g. from the URL). */
  value?: string;
  /**
   * A visible label. Left out: a label only screen readers read. `null`: the page labels the
   * input itself (`<label htmlFor={id}>`).
   */
  label?: ReactNode;
  size?: 'md' | 'lg';
  /** An error from the api for the question (BAD_USER_INPUT on `query`). */
  error?: string | null;
  onSearch: (query: string) => void;
  onPickSubtopic: (suggestion: SubtopicSuggestion) => void;
}

function sameText(a: string, b: string): boolean {
  return a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;
}

/**
 * The question box: suggests subtopics while typing (also on synonyms and abbreviations, shown
 * as "dyslectie → Dyslexie"); Enter or the button searches for the whole question.
 */
export function ExpertSearchBox({
  id,
  value = '',
  label,
  size = 'lg',
  error,
  onSearch,
  onPickSubtopic,
}: ExpertSearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const [localError, setLocalError] = useState<string | null>(null);
  // Suggestions only for what the member types, not for a question that came with the URL.
  const [typed, setTyped] = useState(false);
  // A new question in the URL (back button, a chip) replaces what is in the box.
  if (shownValue !== value) {
    setShownValue(value);
    setText(value);
    setLocalError(null);
    setTyped(false);
  }
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
  });
  const { suggestions, loading } = useSubtopicSuggestions(typed ? text : '');
  const listId = `${id}-suggestions`;
  const hintId = `${id}-hint`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = text.trim();
    if (!query) {
      setLocalError(t('search.box.required'));
      return;
    }
    if (query.length > MAX_QUERY_LENGTH) {
      setLocalError(t('search.box.tooLong', { max: MAX_QUERY_LENGTH, count: query.length }));
      return;
    }
    setLocalError(null);
    combobox.closeDropdown();
    onSearch(query);
  };

  const pick = (slug: string) => {
    const suggestion = suggestions.find((s) => s.subtopic.slug === slug);
    if (!suggestion) return;
    setText(suggestion.subtopic.label);
    setTyped(false);
    setLocalError(null);
    combobox.closeDropdown();
    onPickSubtopic(suggestion);
  };

  const showDropdown = suggestions.length > 0;
  const shownError = localError ?? error ?? null;

  return (
    <form role="search" onSubmit={submit} aria-label={t('search.box.label')} noValidate>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Combobox store={combobox} onOptionSubmit={pick}>
          <Combobox.Target withExpandedAttribute>
            <TextInput
              id={id}
              name="q"
              type="text"
              enterKeyHint="search"
              size={size}
              style={{ flex: '1 1 16rem', minWidth: 0 }}
              // Without a visible label the input is named by aria-label, so nothing shifts it down.
              label={label ?? undefined}
              aria-label={label === undefined ? t('search.box.label') : undefined}
              placeholder={t('search.box.placeholder')}
              value={text}
              autoComplete="off"
              error={shownError}
              aria-describedby={hintId}
              leftSection={<IconSearch aria-hidden="true" />}
              rightSection={
                loading && typed && text.trim().length >= 2 ? (
                  <Loader size="xs" aria-hidden="true" />
                ) : text ? (
                  <CloseButton
                    aria-label={t('search.box.clear')}
                    onClick={() => {
                      setText('');
                      combobox.closeDropdown();
                      document.getElementById(id)?.focus();
                    }}
                  />
                ) : null
              }
              onChange={(event) => {
                setText(event.currentTarget.value);
                setTyped(true);
                setLocalError(null);
                combobox.openDropdown();
                combobox.resetSelectedOption();
              }}
              onClick={() => combobox.openDropdown()}
              onFocus={() => combobox.openDropdown()}
              onBlur={() => combobox.closeDropdown()}
            />
          </Combobox.Target>
          <Combobox.Dropdown hidden={!showDropdown}>
            <Combobox.Options id={listId} aria-label={t('search.box.suggestionsLabel')}>
              {suggestions.map((s) => (
                <Combobox.Option value={s.subtopic.slug} key={s.subtopic.slug}>
                  <Group gap={6} wrap="wrap" style={{ rowGap: 0 }}>
                    {!sameText(s.matched, s.subtopic.label) ? (
                      <Text span size="sm" c="dimmed">
                        {s.matched} →
                      </Text>
                    ) : null}
                    <Text span size="sm" fw={500}>
                      {s.subtopic.label}
                    </Text>
                    <Text span size="xs" c="dimmed">
                      ({s.domain.label})
                    </Text>
                  </Group>
                </Combobox.Option>
              ))}
            </Combobox.Options>
          </Combobox.Dropdown>
        </Combobox>
        <Button type="submit" size={size} leftSection={<IconSearch size={18} aria-hidden="true" />}>
          {t('search.box.submit')}
        </Button>
      </Group>
      <Text id={hintId} size="sm" c="dimmed" mt={6}>
        {t('search.box.hint')}
      </Text>
      <VisuallyHidden aria-live="polite">
        {combobox.dropdownOpened && showDropdown
          ? t('search.box.suggestionCount', { count: suggestions.length })
          : ''}
      </VisuallyHidden>
    </form>
  );
}
