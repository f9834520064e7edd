import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import demoContent from './data/demo-content.json';

interface DemoGroup {
  slug: string;
  name: string;
  kind: 'theme' | 'function';
  visibility: 'OPEN' | 'ON_REQUEST' | 'CLOSED';
  description: string;
  domains: string[];
  admins: string[];
  members: string[];
}

interface DemoThread {
  group: string | null;
  author: string;
  title: string;
  body: string;
  domains: string[];
  subtopics: string[];
  created_days_ago: number;
  answers: { author: string; body: string; helpful_votes: number; accepted: boolean }[];
}

interface DemoEvent {
  slug: string;
  type: string;
  title: string;
  description: string;
  starts_in_days: number;
  duration_minutes: number;
  location: string | null;
  online_url: string | null;
  capacity: number | null;
  signup_deadline_days_before: number;
  organiser: string;
  domains: string[];
  registrations: string[];
}

const DAY = 86_400_000;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Plain demo text as the editor's HTML: one paragraph per blank-line-separated block. */
const toHtml = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

/**
 * A start time at a plausible hour (Europe/Amsterdam afternoon) on a weekday, about `days`
 * from now: a Saturday or Sunday moves to the Monday after (coming events) or the Friday
 * before (past ones), so an event stays on its side of now.
 */
export function demoStartAt(now: number, days: number): Date {
  const date = new Date(now + days * DAY);
  date.setUTCHours(13, 30, 0, 0);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) {
    const shift = days >= 0 ? (weekday === 6 ? 2 : 1) : weekday === 6 ? -1 : -2;
    date.setUTCDate(date.getUTCDate() + shift);
  }
  return date;
}

/**
 * The groups, Q&A threads and events of the demo association (demo-content.json), with times
 * relative to the moment of loading. Runs inside the demo seeder's transaction.
 */
@Injectable()
export class DemoContentService {
  async load(manager: EntityManager, extraMembers: Record<string, string[]> = {}): Promise<string> {
    const content = demoContent as unknown as {
      groups: DemoGroup[];
      threads: DemoThread[];
      events: DemoEvent[];
    };
    const now = Date.now();
    const members: { id: string; email: string }[] = await manager.query(
      `SELECT id, email FROM member`,
    );
    const id = new Map(members.map((m) => [m.email.toLowerCase(), m.id]));
    const who = (email: string) => id.get(email.toLowerCase());

    const groupIds = new Map<string, string>();
    for (const group of content.groups) {
      const [row] = await manager.query(
        `INSERT INTO member_group (slug, name, description, kind, visibility, domain_slugs, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now() - interval '60 days') RETURNING id`,
        [
          group.slug,
          group.name,
          group.description,
          group.kind.toUpperCase(),
          group.visibility,
          group.domains,
          who(group.admins[0]) ?? null,
        ],
      );
      groupIds.set(group.slug, row.id);
      const everyone = [...new Set([...group.members, ...(extraMembers[group.slug] ?? [])])];
      const ids = everyone.map(who).filter((v): v is string => Boolean(v));
      const admins = new Set(group.admins.map(who));
      await manager.query(
        `INSERT INTO group_membership (group_id, member_id, role, status)
         SELECT $1, unnest($2::uuid[]), unnest($3::text[]), 'ACTIVE' ON CONFLICT DO NOTHING`,
        [row.id, ids, ids.map((m) => (admins.has(m) ? 'ADMIN' : 'MEMBER'))],
      );
    }

    let answers = 0;
    for (const thread of content.threads) {
      const authorId = who(thread.author);
      if (!authorId) continue;
      const created = new Date(now - thread.created_days_ago * DAY);
      const [row] = await manager.query(
        `INSERT INTO thread (group_id, author_id, title, body, body_text, domain_slugs, subtopic_slugs, created_at, updated_at, last_activity_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $8) RETURNING id`,
        [
          thread.group ? groupIds.get(thread.group) : null,
          authorId,
          thread.title,
          toHtml(thread.body),
          thread.body,
          thread.domains,
          thread.subtopics,
          created,
        ],
      );
      const voters = members.map((m) => m.id).filter((m) => m !== authorId);
      for (const [index, answer] of thread.answers.entries()) {
        const answerAuthor = who(answer.author);
        if (!answerAuthor) continue;
        const at = new Date(created.getTime() + (index + 1) * 3 * 3600_000);
        const [a] = await manager.query(
          `INSERT INTO answer (thread_id, author_id, body, body_text, helpful_count, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
          [row.id, answerAuthor, toHtml(answer.body), answer.body, answer.helpful_votes, at],
        );
        const votes = voters
          .filter((v) => v !== answerAuthor)
          .slice(index * 7, index * 7 + answer.helpful_votes);
        await manager.query(
          `INSERT INTO answer_vote (answer_id, member_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
          [a.id, votes],
        );
        if (answer.accepted)
          await manager.query(`UPDATE thread SET accepted_answer_id = $2 WHERE id = $1`, [
            row.id,
            a.id,
          ]);
        await manager.query(
          `UPDATE thread SET answer_count = answer_count + 1, last_activity_at = greatest(last_activity_at, $2) WHERE id = $1`,
          [row.id, at],
        );
        answers++;
      }
    }

    for (const event of content.events) {
      const startsAt = demoStartAt(now, event.starts_in_days);
      const endsAt = new Date(startsAt.getTime() + event.duration_minutes * 60_000);
      const deadline = new Date(startsAt.getTime() - event.signup_deadline_days_before * DAY);
      const [row] = await manager.query(
        `INSERT INTO event (type, title, description, starts_at, ends_at, location, online_url, organiser_id, domain_slugs,
                            capacity, signup_deadline, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'PUBLISHED', $8) RETURNING id`,
        [
          event.type,
          event.title,
          event.description,
          startsAt,
          endsAt,
          event.location,
          event.online_url,
          who(event.organiser) ?? null,
          event.domains,
          event.capacity,
          event.signup_deadline_days_before ? deadline : null,
        ],
      );
      const past = event.starts_in_days < 0;
      const people = event.registrations.map(who).filter((v): v is string => Boolean(v));
      // In sign-up order: the first `capacity` get a seat, the rest wait; past events were attended.
      for (const [index, memberId] of people.entries()) {
        const seated = event.capacity === null || index < event.capacity;
        const status = seated ? (past ? 'ATTENDED' : 'CONFIRMED') : 'WAITLISTED';
        await manager.query(
          `INSERT INTO registration (event_id, member_id, status, confirmed_at, created_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [
            row.id,
            memberId,
            status,
            seated ? startsAt : null,
            new Date(startsAt.getTime() - (30 - index / 10) * DAY),
          ],
        );
      }
    }
    return `${content.groups.length} groups, ${content.threads.length} questions with ${answers} answers, ${content.events.length} events`;
  }
}
