import { useQuery } from '@apollo/client/react';
import { Box, Paper, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QuestionMemberSearchQuery } from '../graphql/questionOptions';
import { type EditorValue, findMentionQuery, insertMention } from '../lib/richText';
import classes from './RichTextField.module.css';

export interface RichTextFieldProps {
  label: string;
  value: EditorValue;
  onChange: (value: EditorValue) => void;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  minRows?: number;
  maxLength?: number;
  focusOnMount?: boolean;
}

interface ActiveQuery {
  start: number;
  caret: number;
  query: string;
}

/**
 * Plain-text editor for questions and answers: blank lines make paragraphs, and typing "@" and
 * part of a name offers colleagues to mention (arrow keys, Enter or Tab to pick, Escape to close).
 */
export function RichTextField({
  label,
  value,
  onChange,
  description,
  error,
  required,
  minRows = 6,
  maxLength = 10000,
  focusOnMount,
}: RichTextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-mentions`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [active, setActive] = useState<ActiveQuery | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const [debouncedQuery] = useDebouncedValue(active?.query ?? '', 200);
  const search = debouncedQuery.trim();
  const { data } = useQuery(QuestionMemberSearchQuery, {
    variables: { search },
    skip: !active || search.length < 2,
    fetchPolicy: 'cache-first',
  });
  const options = active && search.length >= 2 ? (data?.members.nodes ?? []) : [];
  const open = options.length > 0;

  const track = (text: string, caret: number) => {
    const found = findMentionQuery(text, caret);
    setActive(found ? { ...found, caret } : null);
    setHighlighted(0);
  };

  const pick = (index: number) => {
    const option = options[index];
    if (!active || !option) return;
    const result = insertMention(value, active.start, active.caret, {
      id: option.id,
      name: option.name,
    });
    onChange(result.value);
    setActive(null);
    requestAnimationFrame(() => {
      const textarea = textareaRef.current;
      if (!textarea) return;
      textarea.focus();
      textarea.setSelectionRange(result.caret, result.caret);
    });
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setHighlighted((index) => (index + 1) % options.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlighted((index) => (index - 1 + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(highlighted);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setActive(null);
    }
  };

  useEffect(() => {
    if (focusOnMount) textareaRef.current?.focus();
    // Only when the editor appears (e.g. "Bewerken").
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const optionId = (index: number) => `${id}-option-${index}`;

  return (
    <Box className={classes.root}>
      <Textarea
        ref={textareaRef}
        label={label}
        description={description ?? t('questions.editor.hint')}
        error={error}
        required={required}
        autosize
        minRows={minRows}
        maxRows={20}
        maxLength={maxLength}
        value={value.text}
        onChange={(event) => {
          const { value: text, selectionStart } = event.currentTarget;
          onChange({ ...value, text });
          track(text, selectionStart);
        }}
        onKeyDown={handleKeyDown}
        onKeyUp={(event) => {
          if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
            track(event.currentTarget.value, event.currentTarget.selectionStart);
          }
        }}
        onClick={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart)}
        onBlur={() => setActive(null)}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(highlighted) : undefined}
      />
      <VisuallyHidden aria-live="polite">
        {open ? t('questions.editor.mentionOptions', { count: options.length }) : ''}
      </VisuallyHidden>
      {open ? (
        <Paper
          shadow="md"
          withBorder
          className={classes.dropdown}
          component="ul"
          id={listId}
          role="listbox"
          aria-label={t('questions.editor.mentionList')}
        >
          {options.map((option, index) => (
            // Keyboard users pick with the arrow keys and Enter in the textarea (aria-activedescendant).
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === highlighted}
              className={classes.option}
              data-active={index === highlighted || undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(index)}
            >
              <Text size="sm" fw={600} component="span">
                {option.name}
              </Text>{' '}
              <Text size="xs" c="dimmed" component="span">
                {[option.roleLabel, option.school?.name].filter(Boolean).join(' · ')}
              </Text>
            </li>
          ))}
        </Paper>
      ) : null}
    </Box>
  );
}
