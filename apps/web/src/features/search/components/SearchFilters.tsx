import { Box, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SearchExpertsQuery } from '../../../gql/graphql';
import { FACET_FIELDS, type FacetField, type SearchState, toggleValue } from '../lib/searchParams';

export type Facet = SearchExpertsQuery['searchExperts']['facets'][number];

export interface SearchFiltersProps {
  /** Makes ids unique when the filters are shown twice (sidebar and drawer). */
  idPrefix: string;
  facets: readonly Facet[];
  state: SearchState;
  /** Labels of chosen values that the current facets no longer list. */
  knownLabels: ReadonlyMap<string, string>;
  onChange: (patch: Partial<Pick<SearchState, 'filters' | 'availableOnly'>>) => void;
}

const VISIBLE = 6;

interface FacetGroupProps {
  id: string;
  field: FacetField;
  facet: Facet | undefined;
  chosen: string[];
  knownLabels: ReadonlyMap<string, string>;
  onToggle: (value: string, checked: boolean) => void;
}

function FacetGroup({ id, field, facet, chosen, knownLabels, onToggle }: FacetGroupProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const values = facet?.values ?? [];
  // Chosen values stay visible (and can be unchecked) even when the facet no longer lists them.
  const missing = chosen
    .filter((value) => !values.some((v) => v.value === value))
    .map((value) => ({ value, label: knownLabels.get(value) ?? value, count: 0 }));
  const all = [...values, ...missing];
  if (!all.length) return null;
  const shown = expanded
    ? all
    : all.filter((v, index) => index < VISIBLE || chosen.includes(v.value));
  const listId = `${id}-list`;

  return (
    <Box component="fieldset" p={0} m={0} style={{ border: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} size="sm" mb={6} p={0}>
        {t(`search.filters.fields.${field}`)}
      </Text>
      <Stack gap={8} id={listId}>
        {shown.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            checked={chosen.includes(option.value)}
            onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
            label={
              <Group gap={6} wrap="nowrap" justify="space-between" component="span">
                <span style={{ overflowWrap: 'anywhere' }}>{option.label}</span>
                <Text span size="xs" c="dimmed" aria-hidden="true">
                  {option.count}
                </Text>
              </Group>
            }
            aria-label={t('search.filters.optionLabel', {
              label: option.label,
              count: option.count,
            })}
            styles={{ labelWrapper: { flex: 1 }, body: { alignItems: 'flex-start' } }}
          />
        ))}
      </Stack>
      {all.length > VISIBLE ? (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={6}
          px={4}
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded
            ? t('search.filters.showLess')
            : t('search.filters.showAll', { count: all.length })}
        </Button>
      ) : null}
    </Box>
  );
}

/** Checkable facet lists with counts, and "only available". Every change goes to the URL. */
export function SearchFilters({
  idPrefix,
  facets,
  state,
  knownLabels,
  onChange,
}: SearchFiltersProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Checkbox
        id={`${idPrefix}-available`}
        checked={state.availableOnly}
        onChange={(event) => onChange({ availableOnly: event.currentTarget.checked })}
        label={t('search.filters.availableOnly')}
        fw={500}
      />
      {FACET_FIELDS.map((field) => (
        <FacetGroup
          key={field}
          id={`${idPrefix}-${field}`}
          field={field}
          facet={facets.find((f) => f.field === field)}
          chosen={state.filters[field]}
          knownLabels={knownLabels}
          onToggle={(value, checked) =>
            onChange({
              filters: {
                ...state.filters,
                [field]: toggleValue(state.filters[field], value, checked),
              },
            })
          }
        />
      ))}
    </Stack>
  );
}
