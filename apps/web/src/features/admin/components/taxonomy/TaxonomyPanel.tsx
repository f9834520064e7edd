import { useMutation, useQuery } from '@apollo/client/react';
import {
  Accordion,
  Alert,
  Badge,
  Button,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { IconInfoCircle, IconPlus, IconSitemap } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { AdminSubtopicFieldsFragment } from '../../../../gql/graphql';
import { AdminTaxonomyQuery, SetSubtopicRetiredMutation } from '../../graphql/taxonomy';
import { notifyError, notifySuccess } from '../../notify';
import { writeSubtopic } from './cache';
import { RetireSubtopicModal } from './RetireSubtopicModal';
import { SubtopicFormModal, type SubtopicFormTarget } from './SubtopicFormModal';
import { SubtopicItem } from './SubtopicItem';

/** "Taxonomie" tab: domains (one accordion item each) with their subtopics, retired included. */
export function TaxonomyPanel() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AdminTaxonomyQuery);
  const [formTarget, setFormTarget] = useState<SubtopicFormTarget | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [retiring, setRetiring] = useState<AdminSubtopicFieldsFragment | null>(null);
  const [pendingSlug, setPendingSlug] = useState<string | null>(null);
  const [setRetired] = useMutation(SetSubtopicRetiredMutation, {
    refetchQueries: ['AuditLog'],
    update: (cache, result) => {
      if (result.data) writeSubtopic(cache, result.data.setSubtopicRetired);
    },
  });

  const openForm = (target: SubtopicFormTarget) => {
    setFormKey((key) => key + 1);
    setFormTarget(target);
  };

  const changeRetired = async (subtopic: AdminSubtopicFieldsFragment, retired: boolean) => {
    setPendingSlug(subtopic.slug);
    try {
      await setRetired({ variables: { input: { slug: subtopic.slug, retired } } });
      notifySuccess(
        t(retired ? 'admin.taxonomy.retiredDone' : 'admin.taxonomy.restoredDone', {
          name: subtopic.labelNl,
        }),
      );
      setRetiring(null);
    } catch (caught) {
      notifyError(t, caught);
    } finally {
      setPendingSlug(null);
    }
  };

  const domains = data?.taxonomy ?? [];

  return (
    <Stack gap="md">
      <Text>{t('admin.taxonomy.intro')}</Text>
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden="true" />}>
        {t('admin.taxonomy.retireExplanation')}
      </Alert>

      {error && !data ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('admin.taxonomy.loading')}>
          <Skeleton height={56} radius="md" />
          <Skeleton height={56} radius="md" />
          <Skeleton height={56} radius="md" />
        </Stack>
      ) : domains.length === 0 ? (
        <EmptyState
          icon={<IconSitemap aria-hidden="true" />}
          title={t('admin.taxonomy.empty')}
          description={t('admin.taxonomy.emptyHint')}
          py="xl"
        />
      ) : (
        <Accordion multiple variant="separated" radius="md" chevronPosition="left">
          {domains.map((domain) => {
            const retiredCount = domain.subtopics.filter((subtopic) => subtopic.retired).length;
            return (
              <Accordion.Item key={domain.slug} value={domain.slug}>
                <Accordion.Control>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} component="span">
                      {domain.label}
                    </Text>
                    <Text size="sm" c="dimmed" component="span">
                      {t('admin.taxonomy.domainCount', { count: domain.subtopics.length })}
                    </Text>
                    {retiredCount > 0 ? (
                      <Badge color="gray" variant="light" c="dark.6">
                        {t('admin.taxonomy.retiredCount', { count: retiredCount })}
                      </Badge>
                    ) : null}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  {domain.subtopics.length === 0 ? (
                    <Text c="dimmed" size="sm" mb="sm">
                      {t('admin.taxonomy.noSubtopics')}
                    </Text>
                  ) : (
                    <Stack
                      component="ul"
                      gap={0}
                      p={0}
                      m={0}
                      mb="sm"
                      style={{ listStyle: 'none' }}
                      aria-label={t('admin.taxonomy.subtopicsOf', { domain: domain.label })}
                    >
                      {domain.subtopics.map((subtopic) => (
                        <SubtopicItem
                          key={subtopic.slug}
                          subtopic={subtopic}
                          busy={pendingSlug === subtopic.slug}
                          onEdit={(item) => openForm({ kind: 'edit', subtopic: item })}
                          onRetire={setRetiring}
                          onRestore={(item) => void changeRetired(item, false)}
                        />
                      ))}
                    </Stack>
                  )}
                  <Button
                    variant="light"
                    size="sm"
                    leftSection={<IconPlus size={16} aria-hidden="true" />}
                    aria-label={t('admin.taxonomy.addTo', { domain: domain.label })}
                    onClick={() =>
                      openForm({
                        kind: 'add',
                        domain: { slug: domain.slug, label: domain.label },
                      })
                    }
                  >
                    {t('admin.taxonomy.add')}
                  </Button>
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      )}

      <SubtopicFormModal key={formKey} target={formTarget} onClose={() => setFormTarget(null)} />
      <RetireSubtopicModal
        subtopic={retiring}
        loading={retiring !== null && pendingSlug === retiring.slug}
        onConfirm={(subtopic) => void changeRetired(subtopic, true)}
        onClose={() => setRetiring(null)}
      />
    </Stack>
  );
}
