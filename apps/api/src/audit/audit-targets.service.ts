import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

import { AuditTargetType, Localized } from './audit-actions';

/** The item an audit entry is about, as it is now: its name and where the app shows it. */
export interface AuditTarget {
  label: Localized;
  link: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One SQL statement per audit page reads the current names of the entries' items. The audit
 * log is read-only here (every feature writes its own tables); the statement only reads.
 */
const TARGETS_SQL = `
  SELECT 'member' AS type, id::text AS id, name AS label_nl, name AS label_en, id::text AS key
    FROM member WHERE id = ANY($1::uuid[])
  UNION ALL
  SELECT 'event', id::text, title, title, id::text FROM event WHERE id = ANY($2::uuid[])
  UNION ALL
  SELECT 'group', id::text, name, name, slug FROM member_group WHERE id = ANY($3::uuid[])
  UNION ALL
  SELECT 'thread', id::text, title, title, id::text FROM thread WHERE id = ANY($4::uuid[])
  UNION ALL
  SELECT 'answer', a.id::text, t.title, t.title, t.id::text
    FROM answer a JOIN thread t ON t.id = a.thread_id WHERE a.id = ANY($5::uuid[])
  UNION ALL
  SELECT 'subtopic', slug, label_nl, label_en, slug FROM taxonomy_subtopic WHERE slug = ANY($6::text[])`;

const LINKS: Record<AuditTargetType, (key: string) => string> = {
  member: (id) => `/leden/${id}`,
  event: (id) => `/agenda/${id}`,
  group: (slug) => `/groepen/${slug}`,
  thread: (id) => `/vragen/${id}`,
  answer: (threadId) => `/vragen/${threadId}`,
  subtopic: () => '/beheer?tab=taxonomie',
};

const UUID_TYPES: AuditTargetType[] = ['member', 'event', 'group', 'thread', 'answer'];

export const auditTargetKey = (targetType: string, targetId: string | null) =>
  `${targetType}:${targetId ?? ''}`;

@Injectable()
export class AuditTargetsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Keys from `auditTargetKey`; null for an item that no longer exists (or never had an id). */
  createLoader(): DataLoader<string, AuditTarget | null> {
    return new DataLoader(async (keys) => {
      const idsOf = (type: AuditTargetType) =>
        keys
          .filter((key) => key.startsWith(`${type}:`))
          .map((key) => key.slice(type.length + 1))
          .filter((id) => type === 'subtopic' || UUID.test(id));
      const rows: {
        type: AuditTargetType;
        id: string;
        label_nl: string;
        label_en: string;
        key: string;
      }[] = await this.dataSource.query(TARGETS_SQL, [...UUID_TYPES.map(idsOf), idsOf('subtopic')]);
      const found = new Map(
        rows.map((row) => [
          `${row.type}:${row.id}`,
          { label: { nl: row.label_nl, en: row.label_en }, link: LINKS[row.type](row.key) },
        ]),
      );
      return keys.map((key) => found.get(key) ?? null);
    });
  }
}
