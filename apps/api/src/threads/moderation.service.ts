import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MemberEntity, MemberStatus } from '../members/member.entity';
import { notificationMail } from '../notifications/notification-mails';
import { NotificationsService } from '../notifications/notifications.service';
import {
  ContactAuthorInput,
  ContentReport,
  ModerationCase,
  ModerationStatus,
  ModerationTargetInput,
  ReportResolution,
} from './dto/moderation.types';
import { ReportTarget } from './dto/thread.types';

const EXCERPT_LENGTH = 400;

/** The reported question or answer, with the question it belongs to. */
interface ReportedPost {
  threadId: string;
  title: string;
  authorId: string;
  bodyText: string;
  hidden: boolean;
}

interface CaseRow {
  id: string;
  target_type: ReportTarget;
  target_id: string;
  report_count: number;
  first_reported_at: Date;
  resolved_at: Date | null;
  resolved_by: string | null;
  resolution: ReportResolution | null;
}

interface ReportRow {
  id: string;
  target_id: string;
  reason: string;
  reporter_id: string;
  created_at: Date;
  resolved_at: Date | null;
}

const POST_SQL: Record<ReportTarget, string> = {
  [ReportTarget.THREAD]: `
    SELECT t.id AS target_id, t.id AS thread_id, t.title, t.author_id, t.body_text, t.hidden_at
      FROM thread t WHERE t.id = ANY($1::uuid[])`,
  [ReportTarget.ANSWER]: `
    SELECT a.id AS target_id, a.thread_id, t.title, a.author_id, a.body_text, a.hidden_at
      FROM answer a JOIN thread t ON t.id = a.thread_id WHERE a.id = ANY($1::uuid[])`,
};

/** One case per post while its reports are open; one per decision once resolved. */
const CASE_GROUPS: Record<ModerationStatus, { where: string; groupBy: string; order: string }> = {
  [ModerationStatus.OPEN]: {
    where: 'resolved_at IS NULL',
    groupBy: 'target_type, target_id',
    order: 'min(created_at)',
  },
  [ModerationStatus.RESOLVED]: {
    where: 'resolved_at IS NOT NULL',
    groupBy: 'target_type, target_id, resolved_at, resolved_by, resolution',
    order: 'resolved_at DESC',
  },
};

/** The audit log's name for a reported post's type. */
export const auditTargetOf = (type: ReportTarget) =>
  type === ReportTarget.THREAD ? 'thread' : 'answer';

function excerptOf(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain.length > EXCERPT_LENGTH ? `${plain.slice(0, EXCERPT_LENGTH - 1)}…` : plain;
}

/**
 * Beheer → Moderatie: reported questions and answers, grouped per post, for moderators. Hiding
 * goes through `ThreadsService.setHidden`, which resolves the reports through `resolveOpen`;
 * every decision is in the audit log.
 */
@Injectable()
export class ModerationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async queue(
    status: ModerationStatus,
    first: number,
    offset: number,
  ): Promise<{ total: number; nodes: ModerationCase[] }> {
    const { where, groupBy, order } = CASE_GROUPS[status];
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM content_report WHERE ${where} GROUP BY ${groupBy}) c`,
    );
    const rows: CaseRow[] = await this.dataSource.query(
      `SELECT (array_agg(id ORDER BY created_at, id))[1] AS id, target_type, target_id,
              count(*)::int AS report_count, min(created_at) AS first_reported_at,
              ${status === ModerationStatus.OPEN ? 'NULL::timestamptz AS resolved_at, NULL::uuid AS resolved_by, NULL::text AS resolution' : 'resolved_at, resolved_by, resolution'}
         FROM content_report WHERE ${where}
        GROUP BY ${groupBy}
        ORDER BY ${order}, target_id
        LIMIT $1 OFFSET $2`,
      [first, offset],
    );
    return { total, nodes: await this.toCases(rows) };
  }

  /** Posts waiting for a moderator: the badge in the menu. */
  async openCount(): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(DISTINCT target_id)::int AS count FROM content_report WHERE resolved_at IS NULL`,
    );
    return count;
  }

  /** Resolves the post's open reports in the caller's transaction; returns how many. */
  async resolveOpen(
    manager: EntityManager,
    targetId: string,
    moderatorId: string,
    resolution: ReportResolution,
  ): Promise<number> {
    // A SELECT around the UPDATE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    const [{ count }]: { count: number }[] = await manager.query(
      `WITH resolved AS (
         UPDATE content_report SET resolved_at = now(), resolved_by = $2, resolution = $3
          WHERE target_id = $1 AND resolved_at IS NULL RETURNING id)
       SELECT count(*)::int AS count FROM resolved`,
      [targetId, moderatorId, resolution],
    );
    return count;
  }

  /** The post may stay: its open reports are dismissed. */
  async dismiss(moderator: MemberEntity, input: ModerationTargetInput): Promise<boolean> {
    const post = await this.requirePost(input);
    await this.dataSource.transaction(async (manager) => {
      const count = await this.resolveOpen(
        manager,
        input.targetId,
        moderator.id,
        ReportResolution.DISMISSED,
      );
      if (!count) {
        throw new BadUserInputError('targetId', 'Er zijn geen open meldingen bij dit bericht.');
      }
      await this.audit.record(manager, {
        actorId: moderator.id,
        action: 'content.reports_dismissed',
        targetType: auditTargetOf(input.targetType),
        targetId: input.targetId,
        data: { title: post.title, reports: count },
      });
    });
    return true;
  }

  /** A message from the moderator to the post's author: in the bell and by e-mail. */
  async contactAuthor(moderator: MemberEntity, input: ContactAuthorInput): Promise<boolean> {
    const message = input.message.trim();
    if (!message) throw new BadUserInputError('message', 'Schrijf eerst je bericht.');
    const post = await this.requirePost(input);
    const author = await this.dataSource.getRepository(MemberEntity).findOneBy({
      id: post.authorId,
    });
    if (!author || author.status !== MemberStatus.ACTIVE || !author.email) {
      throw new BadUserInputError(
        'targetId',
        'De auteur is geen lid meer en kan geen bericht krijgen.',
      );
    }
    const title = {
      nl: `Bericht van een moderator over "${post.title}"`,
      en: `Message from a moderator about "${post.title}"`,
    };
    const link = `/vragen/${post.threadId}`;
    await this.dataSource.transaction(async (manager) => {
      await this.notifications.notify(
        manager,
        [author.id],
        {
          kind: 'moderation.message',
          title,
          body: message,
          link,
          data: {
            threadId: post.threadId,
            ...(input.targetType === ReportTarget.ANSWER ? { answerId: input.targetId } : {}),
          },
        },
        () =>
          notificationMail(
            { email: author.email as string, name: author.name, locale: author.locale },
            { title, body: message, link },
            this.config.PUBLIC_URL,
          ),
      );
      await this.audit.record(manager, {
        actorId: moderator.id,
        action: 'content.author_contacted',
        targetType: auditTargetOf(input.targetType),
        targetId: input.targetId,
        data: { title: post.title, authorId: author.id, message },
      });
    });
    return true;
  }

  private async requirePost(target: ModerationTargetInput): Promise<ReportedPost> {
    const post = (await this.posts(target.targetType, [target.targetId])).get(target.targetId);
    if (!post) throw new NotFoundError('Dit bericht', 'targetId');
    return post;
  }

  private async posts(type: ReportTarget, ids: string[]): Promise<Map<string, ReportedPost>> {
    if (!ids.length) return new Map();
    const rows: {
      target_id: string;
      thread_id: string;
      title: string;
      author_id: string;
      body_text: string;
      hidden_at: Date | null;
    }[] = await this.dataSource.query(POST_SQL[type], [ids]);
    return new Map(
      rows.map((r) => [
        r.target_id,
        {
          threadId: r.thread_id,
          title: r.title,
          authorId: r.author_id,
          bodyText: r.body_text,
          hidden: Boolean(r.hidden_at),
        },
      ]),
    );
  }

  /** The page's cases with their posts and reports: three statements for the whole page. */
  private async toCases(rows: CaseRow[]): Promise<ModerationCase[]> {
    const idsOf = (type: ReportTarget) =>
      rows.filter((r) => r.target_type === type).map((r) => r.target_id);
    const [threads, answers, reports] = await Promise.all([
      this.posts(ReportTarget.THREAD, idsOf(ReportTarget.THREAD)),
      this.posts(ReportTarget.ANSWER, idsOf(ReportTarget.ANSWER)),
      this.reportsOf(rows.map((r) => r.target_id)),
    ]);
    return rows.map((row) => {
      const post = (row.target_type === ReportTarget.THREAD ? threads : answers).get(row.target_id);
      const sameDecision = (report: ReportRow) =>
        report.target_id === row.target_id &&
        (report.resolved_at?.getTime() ?? null) === (row.resolved_at?.getTime() ?? null);
      return {
        id: row.id,
        targetType: row.target_type,
        targetId: row.target_id,
        threadId: post?.threadId ?? null,
        title: post?.title ?? null,
        excerpt: post ? excerptOf(post.bodyText) : null,
        hidden: post?.hidden ?? false,
        reportCount: row.report_count,
        reports: reports.filter(sameDecision).map((r): ContentReport => ({
          id: r.id,
          reason: r.reason,
          createdAt: r.created_at,
          reporterId: r.reporter_id,
        })),
        firstReportedAt: row.first_reported_at,
        resolution: row.resolution,
        resolvedAt: row.resolved_at,
        authorId: post?.authorId ?? null,
        resolvedById: row.resolved_by,
      };
    });
  }

  private async reportsOf(targetIds: string[]): Promise<ReportRow[]> {
    if (!targetIds.length) return [];
    return this.dataSource.query(
      `SELECT id, target_id, reason, reporter_id, created_at, resolved_at
         FROM content_report WHERE target_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [targetIds],
    );
  }
}
