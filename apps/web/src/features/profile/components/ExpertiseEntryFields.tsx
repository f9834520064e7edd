import {
  Button,
  Card,
  Chip,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { ProfileOptionsQuery } from '../../../gql/graphql';
import { type ExpertiseFormEntry, type FieldErrors, fieldId, LIMITS } from '../lib/formModel';
import type { PickerSubtopic } from '../lib/subtopicSearch';
import { ChoiceFieldset } from './ChoiceFieldset';
import { SubtopicPicker } from './SubtopicPicker';

export interface ExpertiseEntryFieldsProps {
  index: number;
  entry: ExpertiseFormEntry;
  options: ProfileOptionsQuery;
  subtopics: ReadonlyMap<string, PickerSubtopic>;
  errors: FieldErrors;
  onChange: (patch: Partial<ExpertiseFormEntry>) => void;
  onRemove: () => void;
}

/** One expertise entry: domain, subtopics, level, source, offers and a short description. */
export function ExpertiseEntryFields({
  index,
  entry,
  options,
  subtopics,
  errors,
  onChange,
  onRemove,
}: ExpertiseEntryFieldsProps) {
  const { t } = useTranslation();
  const field = (name: string) => `expertise.${index}.${name}`;
  const error = (name: string) => errors[field(name)];
  const headingId = `${fieldId(`expertise.${index}`)}-heading`;
  const domainLabel = options.taxonomy.find((domain) => domain.slug === entry.domain)?.label;
  const level = options.expertiseLevels.find((info) => info.level === entry.level);

  const changeDomain = (domain: string | null) => {
    // Subtopics of another domain do not fit any more.
    const kept = entry.subtopics.filter((slug) => subtopics.get(slug)?.domainSlug === domain);
    onChange({ domain, subtopics: kept });
  };

  return (
    <Card component="section" withBorder radius="md" padding="md" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" mb="sm" gap="xs">
        <Title order={3} fz="md" id={headingId} tabIndex={-1}>
          {t('profiles.editor.entryTitle', { number: index + 1 })}
          {domainLabel ? `: ${domainLabel}` : ''}
        </Title>
        <Button
          variant="subtle"
          color="red"
          size="compact-sm"
          leftSection={<IconTrash size={16} aria-hidden="true" />}
          onClick={onRemove}
          style={{ flex: 'none' }}
          aria-label={t('profiles.editor.removeEntryLabel', { number: index + 1 })}
        >
          {t('profiles.editor.removeEntry')}
        </Button>
      </Group>
      <Stack gap="md">
        <Select
          id={fieldId(field('domain'))}
          label={t('profiles.editor.domain')}
          placeholder={t('profiles.editor.domainPlaceholder')}
          data={options.taxonomy.map((domain) => ({ value: domain.slug, label: domain.label }))}
          value={entry.domain}
          onChange={changeDomain}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('profiles.editor.clearDomain') }}
          nothingFoundMessage={t('profiles.editor.nothingFound')}
          error={error('domain')}
          required
        />
        <SubtopicPicker
          id={fieldId(field('subtopics'))}
          subtopics={subtopics}
          domain={entry.domain}
          value={entry.subtopics}
          onChange={(next, domain) =>
            onChange(domain ? { subtopics: next, domain } : { subtopics: next })
          }
          error={error('subtopics')}
        />
        <ChoiceFieldset
          id={fieldId(field('level'))}
          legend={t('profiles.editor.level')}
          error={error('level')}
        >
          <SegmentedControl
            fullWidth
            value={entry.level}
            onChange={(value) => onChange({ level: value as ExpertiseFormEntry['level'] })}
            data={options.expertiseLevels.map((info) => ({
              value: info.level,
              label: info.label,
            }))}
            mt={4}
          />
          {level ? (
            <Text size="sm" c="dimmed" mt={6} aria-live="polite">
              {level.description}
            </Text>
          ) : null}
        </ChoiceFieldset>
        <Select
          id={fieldId(field('source'))}
          label={t('profiles.editor.source')}
          placeholder={t('profiles.editor.sourcePlaceholder')}
          data={options.expertiseSources.map((source) => ({
            value: source.slug,
            label: source.label,
          }))}
          value={entry.source}
          onChange={(source) => onChange({ source })}
          clearable
          clearButtonProps={{ 'aria-label': t('profiles.editor.clearSource') }}
          error={error('source')}
        />
        <ChoiceFieldset
          id={fieldId(field('offers'))}
          legend={t('profiles.editor.offers')}
          description={t('profiles.editor.offersHint')}
          error={error('offers')}
        >
          <Chip.Group multiple value={entry.offers} onChange={(offers) => onChange({ offers })}>
            <Group gap="xs" mt={6}>
              {options.offerTypes.map((offer) => (
                <Chip key={offer.slug} value={offer.slug} size="sm" title={offer.description}>
                  {offer.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </ChoiceFieldset>
        <Textarea
          id={fieldId(field('description'))}
          label={t('profiles.editor.description')}
          description={t('profiles.editor.descriptionHint', {
            count: entry.description.length,
            max: LIMITS.description,
          })}
          value={entry.description}
          onChange={(event) => onChange({ description: event.currentTarget.value })}
          maxLength={LIMITS.description}
          autosize
          minRows={2}
          maxRows={6}
          error={error('description')}
        />
      </Stack>
    </Card>
  );
}
