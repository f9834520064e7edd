import { useQuery } from '@apollo/client/react';
import {
  MultiSelect,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { GroupKind, GroupVisibility } from '../../../gql/graphql';
import { GroupDomainOptionsQuery } from '../graphql/groupOptions';
import { kindKey, KINDS, VISIBILITIES, visibilityHelpKey, visibilityKey } from '../lib/labels';

export interface GroupFormValues {
  name: string;
  description: string;
  kind: GroupKind;
  visibility: GroupVisibility;
  domains: string[];
}

export type GroupFormErrors = Partial<Record<keyof GroupFormValues, string>>;

export interface GroupFormFieldsProps {
  values: GroupFormValues;
  errors: GroupFormErrors;
  onChange: (patch: Partial<GroupFormValues>) => void;
  /** The kind is chosen once, when the group is made. */
  showKind?: boolean;
}

export function GroupFormFields({
  values,
  errors,
  onChange,
  showKind = true,
}: GroupFormFieldsProps) {
  const { t } = useTranslation();
  const { data } = useQuery(GroupDomainOptionsQuery, { fetchPolicy: 'cache-first' });
  return (
    <Stack gap="md">
      <TextInput
        label={t('groups.form.name')}
        required
        data-autofocus
        maxLength={120}
        value={values.name}
        onChange={(event) => onChange({ name: event.currentTarget.value })}
        error={errors.name}
      />
      <Textarea
        label={t('groups.form.description')}
        description={t('groups.form.descriptionHint')}
        autosize
        minRows={3}
        maxLength={2000}
        value={values.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        error={errors.description}
      />
      {showKind ? (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="group-kind-label">
            {t('groups.form.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="group-kind-label"
            value={values.kind}
            onChange={(kind) => onChange({ kind: kind as GroupKind })}
            data={KINDS.map((kind) => ({ value: kind, label: t(kindKey(kind)) }))}
          />
        </Stack>
      ) : null}
      <Radio.Group
        label={t('groups.form.visibility')}
        value={values.visibility}
        onChange={(visibility) => onChange({ visibility: visibility as GroupVisibility })}
        error={errors.visibility}
      >
        <Stack gap="xs" mt={6}>
          {VISIBILITIES.map((visibility) => (
            <Radio
              key={visibility}
              value={visibility}
              label={t(visibilityKey(visibility))}
              description={t(visibilityHelpKey(visibility))}
            />
          ))}
        </Stack>
      </Radio.Group>
      <MultiSelect
        label={t('groups.form.domains')}
        description={t('groups.form.domainsHint')}
        data={(data?.taxonomy ?? []).map((domain) => ({ value: domain.slug, label: domain.label }))}
        value={values.domains}
        onChange={(domains) => onChange({ domains })}
        searchable
        clearable
        error={errors.domains}
        comboboxProps={{ withinPortal: true }}
      />
    </Stack>
  );
}
