import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { BadUserInputError } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/config';
import { GroupsService } from '../groups/groups.service';
import { JobsService } from '../jobs/jobs.service';
import { MatchingService } from '../matching/matching.service';
import { MemberEntity, MemberStatus } from '../members/member.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { ThreadEntity } from './thread.entities';
import { INFERENCE_MAX_LENGTH, ThreadsService } from './threads.service';

export const ROUTE_QUESTION_JOB = 'route-question';
const CANDIDATES = 40;
/** A question is about something when a subtopic or domain matches at least this well… */
const CONTENT_MIN_SCORE = 0.3;
/** …or it has this many words, of which this share occurs in the colleagues' profiles. */
const CONTENT_MIN_WORDS = 4;
const CONTENT_KNOWN_SHARE = 0.5;

export interface StoredSuggestion {
  memberId: string;
  rank: number;
  score: number;
  reasons: string[];
}

/**
 * Routes a new question to the colleagues who can answer it: the matching engine ranks experts
 * for the question's text; the asker, colleagues who opted out (not open for questions), who
 * cannot read the group, or who already got ROUTING_MAX_PER_EXPERT_PER_WEEK routed questions in
 * the last 7 days are left out. The top ROUTING_SUGGESTIONS are stored with the thread (they do
 * not shift later) and the first ROUTING_NOTIFY_TOP are notified. Runs as a background job;
 * running it twice changes nothing.
 */
@Injectable()
export class RoutingService implements OnModuleInit {
  private readonly logger = new Logger('Routing');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly threads: ThreadsService,
    private readonly groups: GroupsService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit() {
    this.jobs.register({
      name: ROUTE_QUESTION_JOB,
      handler: async (data) => {
        await this.route(String(data['threadId']));
      },
    });
  }

  schedule(threadId: string): Promise<void> {
    return this.jobs.enqueue(ROUTE_QUESTION_JOB, { threadId }, `route:${threadId}`);
  }

  async route(threadId: string): Promise<number> {
    const thread = await this.dataSource.getRepository(ThreadEntity).findOneBy({ id: threadId });
    // A question a moderator hid before the job ran is sent to no one.
    if (!thread || thread.hiddenAt) return 0;
    const [{ n: already }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM thread_suggestion WHERE thread_id = $1 AND invited_by IS NULL`,
      [threadId],
    );
    if (already > 0) return 0;
    const asker = await this.dataSource
      .getRepository(MemberEntity)
      .findOneByOrFail({ id: thread.authorId });
    const query = `${thread.title} ${thread.bodyText}`
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, INFERENCE_MAX_LENGTH);
    if (!(await this.hasContent(query))) {
      this.logger.log(`Question ${threadId}: no recognisable topic, not routed`);
      return 0;
    }
    const search = (locale: 'nl' | 'en') =>
      this.matching.search(
        asker,
        { query, filter: { availableOnly: true }, first: CANDIDATES },
        locale,
      );
    const [nl, en] = await Promise.all([search('nl'), search('en')]);
    const english = new Map(en.nodes.map((n) => [n.memberId, n.reasons]));
    const eligible = await this.eligible(
      thread,
      nl.nodes.map((n) => n.memberId),
    );
    const picked = nl.nodes
      .filter((n) => n.memberId !== asker.id && eligible.has(n.memberId))
      .slice(0, this.config.ROUTING_SUGGESTIONS);
    return this.dataSource.transaction(async (manager) => {
      // One routing per question, also when the job runs twice at the same moment.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`route:${threadId}`]);
      const [{ n }] = await manager.query(
        `SELECT count(*)::int AS n FROM thread_suggestion WHERE thread_id = $1 AND invited_by IS NULL`,
        [threadId],
      );
      if (n > 0) return 0;
      const notifyCount = Math.min(this.config.ROUTING_NOTIFY_TOP, picked.length);
      for (const [index, match] of picked.entries()) {
        await manager.query(
          `INSERT INTO thread_suggestion (thread_id, member_id, rank, score, reasons_nl, reasons_en, routed_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
          [
            threadId,
            match.memberId,
            index + 1,
            match.score,
            match.reasons,
            english.get(match.memberId) ?? match.reasons,
            index < notifyCount ? new Date() : null,
          ],
        );
      }
      await this.notifications.notify(
        manager,
        picked.slice(0, notifyCount).map((m) => m.memberId),
        {
          kind: 'question.routed',
          title: {
            nl: `Een collega zoekt jouw expertise: ${thread.title}`,
            en: `A colleague is looking for your expertise: ${thread.title}`,
          },
          body: thread.bodyText.slice(0, 200),
          link: `/vragen/${thread.id}`,
          data: { threadId },
          dedupeKey: `question.routed:${threadId}`,
        },
      );
      this.logger.log(
        `Question ${threadId}: ${picked.length} suggestions, ${notifyCount} notified`,
      );
      return notifyCount;
    });
  }

  /**
   * Whether the question is about anything: a subtopic or domain the taxonomy recognises (through
   * labels, synonyms, signals or learned words, not through setting words alone), or else words of
   * which most occur in the colleagues' profiles (a real question in words the taxonomy lacks).
   * Filler and nonsense ("lorem ipsum", "xxxx") are routed to no one.
   */
  private async hasContent(query: string): Promise<boolean> {
    const prepared = await this.matching.analyse(query);
    const contextOnly = new Set(
      prepared.analysis.subtopics.filter((h) => h.contextOnly).map((h) => h.slug),
    );
    if (
      prepared.subtopics.some((h) => h.score >= CONTENT_MIN_SCORE && !contextOnly.has(h.slug)) ||
      prepared.analysis.domains.some((h) => h.score >= CONTENT_MIN_SCORE && h.via !== 'subtopic')
    )
      return true;
    const words = prepared.analysis.terms.filter((t) => t.weight >= 1).map((t) => t.term);
    if (words.length < CONTENT_MIN_WORDS) return false;
    const [{ known }]: { known: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS known FROM unnest($1::text[]) AS w(word)
        WHERE EXISTS (SELECT 1 FROM search_term s
                       WHERE s.lexeme = (tsvector_to_array(to_tsvector('dutch', w.word)))[1])`,
      [words],
    );
    return known >= CONTENT_KNOWN_SHARE * words.length;
  }

  /** "Vraag een collega": invite one specific colleague to answer. */
  async askColleague(viewer: MemberEntity, threadId: string, memberId: string): Promise<boolean> {
    const thread = await this.threads.requireReadable(viewer, threadId);
    if (memberId === viewer.id)
      throw new BadUserInputError('memberId', 'Kies een collega, niet jezelf.');
    const colleague = await this.dataSource
      .getRepository(MemberEntity)
      .findOneBy({ id: memberId, status: MemberStatus.ACTIVE });
    if (!colleague)
      throw new BadUserInputError('memberId', 'Deze collega bestaat niet of is niet actief.');
    if (!(await this.eligible(thread, [memberId], false)).has(memberId)) {
      throw new BadUserInputError('memberId', 'Deze collega kan deze groep niet lezen.');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO thread_suggestion (thread_id, member_id, rank, invited_by) VALUES ($1, $2, 1000, $3)
         ON CONFLICT (thread_id, member_id) DO UPDATE SET invited_by = excluded.invited_by`,
        [threadId, memberId, viewer.id],
      );
      await this.notifications.notify(manager, [memberId], {
        kind: 'question.asked',
        title: {
          nl: `${viewer.name} vraagt jouw hulp: ${thread.title}`,
          en: `${viewer.name} asks for your help: ${thread.title}`,
        },
        body: thread.bodyText.slice(0, 200),
        link: `/vragen/${thread.id}`,
        data: { threadId, by: viewer.id },
        dedupeKey: `question.asked:${threadId}:${viewer.id}`,
      });
    });
    return true;
  }

  /**
   * Who may receive this question: can read the group's content, is active and (unless asked
   * by hand) under the weekly cap.
   */
  private async eligible(
    thread: ThreadEntity,
    memberIds: string[],
    applyCap = true,
  ): Promise<Set<string>> {
    const readers = await this.groups.readersOf(thread.groupId, memberIds);
    if (!applyCap || !readers.size) return readers;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT m.id FROM unnest($1::uuid[]) AS m(id)
        WHERE (SELECT count(*) FROM thread_suggestion s
                WHERE s.member_id = m.id AND s.routed_at > now() - interval '7 days') < $2`,
      [[...readers], this.config.ROUTING_MAX_PER_EXPERT_PER_WEEK],
    );
    return new Set(rows.map((r) => r.id));
  }
}
