import { chooseTopics } from '@deelwijs/taxonomy';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { GroupVisibility } from '../groups/group.entities';
import { isModerator, readableGroupSql } from '../groups/group-access.policy';
import { GroupsService } from '../groups/groups.service';
import { MatchingService } from '../matching/matching.service';
import { MemberEntity, PlatformRole } from '../members/member.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { PrivacyGuardService } from '../privacy/privacy-guard.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { TopicAssociationsService } from '../taxonomy/topic-associations.service';
import { canSeeContent, visibleContentSql } from './content-visibility';
import { ReportResolution } from './dto/moderation.types';
import {
  AskQuestionInput,
  EditThreadInput,
  ReportTarget,
  ThreadFilterInput,
  ThreadTopicsInput,
} from './dto/thread.types';
import { auditTargetOf, ModerationService } from './moderation.service';
import { htmlToText, mentionedIds, sanitizeRichText } from './sanitize';
import { AnswerEntity, ThreadEntity } from './thread.entities';

/** Domain hits set on a question next to the domains of its subtopics. */
const DOMAIN_THRESHOLD = 0.5;
/** How much of a question's text topic inference reads (the search box accepts as much). */
export const INFERENCE_MAX_LENGTH = 1000;

export interface InferredTopics {
  domains: string[];
  subtopics: string[];
  /** false: no topic is set, the asker is offered `suggestions` ("onderwerp kiezen") */
  confident: boolean;
  suggestions: string[];
}

export function cleanBody(html: string, field = 'body'): { body: string; bodyText: string } {
  const body = sanitizeRichText(html);
  const bodyText = htmlToText(body);
  if (!bodyText) throw new BadUserInputError(field, 'Schrijf eerst je tekst.');
  return { body, bodyText };
}

/**
 * Questions (threads) in groups or on the community board. Every read goes through the group's
 * visibility: content of ON_REQUEST and CLOSED groups only for their active members.
 */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: GroupsService,
    private readonly matching: MatchingService,
    private readonly taxonomy: TaxonomyService,
    private readonly associations: TopicAssociationsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly moderation: ModerationService,
    private readonly privacy: PrivacyGuardService,
  ) {}

  /** The thread if the viewer may read it; NOT_FOUND / FORBIDDEN otherwise. */
  async requireReadable(
    viewer: MemberEntity,
    threadId: string,
    manager?: EntityManager,
  ): Promise<ThreadEntity> {
    const em = manager ?? this.dataSource.manager;
    const thread = await em.findOneBy(ThreadEntity, { id: threadId });
    if (!thread || !canSeeContent(viewer, thread))
      throw new NotFoundError('Deze vraag', 'threadId');
    if (thread.groupId) await this.groups.requireContent(viewer, thread.groupId, manager);
    return thread;
  }

  /**
   * Who may post: every member on the board and in OPEN groups (so a routed expert can answer
   * without joining first); active members in ON_REQUEST and CLOSED groups.
   */
  async requireCanPost(viewer: MemberEntity, groupId: string | null, manager?: EntityManager) {
    if (!groupId) return null;
    const access = await this.groups.requireContent(viewer, groupId, manager);
    if (access.group.visibility === GroupVisibility.OPEN) return access;
    if (!access.isMember && viewer.platformRole !== PlatformRole.ADMIN) {
      throw new ForbiddenError('Word eerst lid van deze groep om hier te posten.');
    }
    return access;
  }

  /**
   * Domains and subtopics the matcher reads in a question, precision first: only confident
   * topics are set (never from setting words alone); otherwise none, and the best few are
   * offered to the asker as suggestions.
   */
  async inferTopics(text: string): Promise<InferredTopics> {
    const prepared = await this.matching.analyse(
      text.replace(/\s+/g, ' ').trim().slice(0, INFERENCE_MAX_LENGTH),
    );
    const snapshot = await this.taxonomy.snapshot();
    const live = (slug: string) => {
      const s = snapshot.subtopicBySlug.get(slug);
      return Boolean(s && !s.retiredAt);
    };
    // database-only vocabulary (admins' subtopics and synonyms) counts like a label match
    const contextOnly = new Set(
      prepared.analysis.subtopics.filter((h) => h.contextOnly).map((h) => h.slug),
    );
    const hits = prepared.subtopics
      .filter((hit) => live(hit.slug))
      .map((hit) => ({ ...hit, contextOnly: contextOnly.has(hit.slug) }));
    const choice = chooseTopics(hits, prepared.analysis.caseText);
    const subtopics = choice.confident.map((hit) => hit.slug);
    const domains = new Set(subtopics.map((slug) => snapshot.subtopicBySlug.get(slug)!.domainSlug));
    if (subtopics.length)
      for (const hit of prepared.domains)
        if (hit.score >= DOMAIN_THRESHOLD && domains.size < 3) domains.add(hit.slug);
    return {
      domains: [...domains],
      subtopics,
      confident: subtopics.length > 0,
      suggestions: choice.suggestions.map((hit) => hit.slug),
    };
  }

  async ask(author: MemberEntity, input: AskQuestionInput): Promise<ThreadEntity> {
    const groupId = input.groupId ?? null;
    await this.requireCanPost(author, groupId);
    const { body, bodyText } = cleanBody(input.body);
    this.privacy.check(
      [
        { field: 'title', text: input.title },
        { field: 'body', text: bodyText },
      ],
      input.confirmPrivacyWarning,
    );
    const title = input.title.trim();
    const topics = await this.inferTopics(`${title} ${bodyText}`);
    return this.dataSource.transaction(async (manager) => {
      const thread = await manager.save(
        manager.create(ThreadEntity, {
          groupId,
          authorId: author.id,
          title,
          body,
          bodyText,
          domainSlugs: topics.domains,
          subtopicSlugs: topics.subtopics,
          topicsConfident: topics.confident,
          topicSuggestions: topics.suggestions,
        }),
      );
      await this.notifyMentions(manager, author, thread, body, 'thread');
      await this.notifyFollowers(manager, author, thread);
      return thread;
    });
  }

  async edit(viewer: MemberEntity, input: EditThreadInput): Promise<ThreadEntity> {
    const thread = await this.requireReadable(viewer, input.threadId);
    if (thread.authorId !== viewer.id)
      throw new ForbiddenError('Je kunt alleen je eigen vragen bewerken.');
    const changes: Partial<ThreadEntity> = {};
    if (input.title !== undefined) changes.title = input.title.trim();
    if (input.body !== undefined) Object.assign(changes, cleanBody(input.body));
    this.privacy.check(
      [
        { field: 'title', text: input.title },
        { field: 'body', text: changes.bodyText },
      ],
      input.confirmPrivacyWarning,
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ThreadEntity, thread.id, changes);
      if (changes.body) await this.notifyMentions(manager, viewer, thread, changes.body, 'thread');
    });
    return this.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
  }

  async remove(viewer: MemberEntity, threadId: string): Promise<boolean> {
    const thread = await this.requireReadable(viewer, threadId);
    if (thread.authorId !== viewer.id && !isModerator(viewer)) {
      throw new ForbiddenError('Je kunt alleen je eigen vragen verwijderen.');
    }
    await this.dataSource.getRepository(ThreadEntity).delete({ id: thread.id });
    return true;
  }

  /** The asker (or a moderator) corrects the inferred topics. */
  async setTopics(viewer: MemberEntity, input: ThreadTopicsInput): Promise<ThreadEntity> {
    const thread = await this.requireReadable(viewer, input.threadId);
    if (thread.authorId !== viewer.id && !isModerator(viewer)) {
      throw new ForbiddenError('Alleen wie de vraag stelde kan de onderwerpen aanpassen.');
    }
    const snapshot = await this.taxonomy.snapshot();
    for (const slug of input.domains) {
      if (!snapshot.domainBySlug.has(slug))
        throw new BadUserInputError('domains', `Onbekend domein: "${slug}".`);
    }
    for (const slug of input.subtopics) {
      if (!snapshot.subtopicBySlug.has(slug))
        throw new BadUserInputError('subtopics', `Onbekend subonderwerp: "${slug}".`);
    }
    const domains = new Set(input.domains);
    for (const slug of input.subtopics) domains.add(snapshot.subtopicBySlug.get(slug)!.domainSlug);
    await this.dataSource.getRepository(ThreadEntity).update(thread.id, {
      domainSlugs: [...domains],
      subtopicSlugs: [...new Set(input.subtopics)],
      topicsCorrectedAt: new Date(),
      topicsConfident: true,
      topicSuggestions: [],
    });
    // the asker's choice is labelled data: it feeds the learned word–subtopic associations
    await this.associations.schedule();
    return this.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
  }

  async list(viewer: MemberEntity, filter: ThreadFilterInput, first: number, offset: number) {
    const query = this.dataSource.getRepository(ThreadEntity).createQueryBuilder('t');
    if (filter.groupId) {
      await this.groups.requireContent(viewer, filter.groupId);
      query.andWhere('t.groupId = :groupId', { groupId: filter.groupId });
    } else if (filter.boardOnly) {
      query.andWhere('t.groupId IS NULL');
    } else {
      query.andWhere(readableGroupSql('t.group_id', ':me'), { me: viewer.id });
    }
    query.andWhere(visibleContentSql('t', ':me'), { me: viewer.id });
    if (filter.unanswered) query.andWhere('t.answerCount = 0');
    if (filter.mine) query.andWhere('t.authorId = :me', { me: viewer.id });
    if (filter.domain) query.andWhere(':domain = ANY(t.domainSlugs)', { domain: filter.domain });
    const [nodes, total] = await query
      .orderBy('t.lastActivityAt', 'DESC')
      .addOrderBy('t.id')
      .take(first)
      .skip(offset)
      .getManyAndCount();
    return { total, nodes };
  }

  /** Existing questions like the one being typed (shown while asking). */
  async similar(viewer: MemberEntity, text: string, first: number): Promise<ThreadEntity[]> {
    const clean = text.replace(/\s+/g, ' ').trim().slice(0, 300);
    if (clean.length < 3) return [];
    const prepared = await this.matching.analyse(clean);
    const terms = prepared.analysis.terms
      .map((t) => t.term)
      .filter(Boolean)
      .slice(0, 12);
    if (!terms.length) return [];
    return this.dataSource
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .where(`t.search @@ to_tsquery('dutch', :q)`, {
        q: terms.map((t) => `'${t.replace(/'/g, '')}':*`).join(' | '),
      })
      .andWhere('t.hiddenAt IS NULL')
      .andWhere(readableGroupSql('t.group_id', ':me'), { me: viewer.id })
      .orderBy(`ts_rank(t.search, to_tsquery('dutch', :q))`, 'DESC')
      .take(first)
      .getMany();
  }

  async report(
    viewer: MemberEntity,
    targetType: ReportTarget,
    targetId: string,
    reason: string,
    confirmPrivacyWarning?: boolean,
  ) {
    const thread =
      targetType === ReportTarget.THREAD
        ? await this.requireReadable(viewer, targetId)
        : await this.threadOfAnswer(viewer, targetId);
    this.privacy.check([{ field: 'reason', text: reason }], confirmPrivacyWarning);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO content_report (target_type, target_id, reporter_id, reason) VALUES ($1, $2, $3, $4)`,
        [targetType, targetId, viewer.id, reason.trim()],
      );
      const moderators: { id: string }[] = await manager.query(
        `SELECT id FROM member WHERE platform_role IN ('MODERATOR', 'ADMIN') AND status = 'ACTIVE'`,
      );
      await this.notifications.notify(
        manager,
        moderators.map((m) => m.id).filter((id) => id !== viewer.id),
        {
          kind: 'content.reported',
          title: { nl: `Melding bij "${thread.title}"`, en: `Report on "${thread.title}"` },
          body: reason.trim().slice(0, 300),
          link: `/vragen/${thread.id}`,
          data: { targetType, targetId },
        },
      );
    });
    return true;
  }

  async setHidden(
    moderator: MemberEntity,
    targetType: ReportTarget,
    targetId: string,
    hidden: boolean,
  ) {
    if (!isModerator(moderator))
      throw new ForbiddenError('Alleen moderatoren kunnen berichten verbergen.');
    const entity = targetType === ReportTarget.THREAD ? ThreadEntity : AnswerEntity;
    const found = await this.dataSource.getRepository(entity).findOneBy({ id: targetId });
    if (!found) throw new NotFoundError('Dit bericht', 'targetId');
    const threadId = found instanceof AnswerEntity ? found.threadId : found.id;
    const thread = await this.dataSource.getRepository(ThreadEntity).findOneBy({ id: threadId });
    await this.dataSource.transaction(async (manager) => {
      await manager.update(entity, targetId, {
        hiddenAt: hidden ? new Date() : null,
        hiddenBy: hidden ? moderator.id : null,
      });
      const reports = await this.moderation.resolveOpen(
        manager,
        targetId,
        moderator.id,
        hidden ? ReportResolution.HIDDEN : ReportResolution.DISMISSED,
      );
      await this.audit.record(manager, {
        actorId: moderator.id,
        action: hidden ? 'content.hidden' : 'content.shown',
        targetType: auditTargetOf(targetType),
        targetId,
        data: { title: thread?.title ?? null, reports },
      });
    });
    return true;
  }

  /** The answer and its thread if the viewer may read both; NOT_FOUND / FORBIDDEN otherwise. */
  async requireReadableAnswer(
    viewer: MemberEntity,
    answerId: string,
    manager?: EntityManager,
  ): Promise<{ thread: ThreadEntity; answer: AnswerEntity }> {
    const em = manager ?? this.dataSource.manager;
    const answer = await em.findOneBy(AnswerEntity, { id: answerId });
    if (!answer || !canSeeContent(viewer, answer)) {
      throw new NotFoundError('Dit antwoord', 'answerId');
    }
    return { thread: await this.requireReadable(viewer, answer.threadId, manager), answer };
  }

  async threadOfAnswer(
    viewer: MemberEntity,
    answerId: string,
    manager?: EntityManager,
  ): Promise<ThreadEntity> {
    return (await this.requireReadableAnswer(viewer, answerId, manager)).thread;
  }

  createThreadLoader(): DataLoader<string, ThreadEntity | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.dataSource.getRepository(ThreadEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Stored suggestions per thread, in rank order (hand-picked colleagues last). */
  createSuggestionsLoader(): DataLoader<
    string,
    { member_id: string; score: number; reasons_nl: string[]; reasons_en: string[] }[]
  > {
    return new DataLoader(async (threadIds) => {
      const rows: {
        thread_id: string;
        member_id: string;
        score: number;
        reasons_nl: string[];
        reasons_en: string[];
      }[] = await this.dataSource.query(
        `SELECT s.thread_id, s.member_id, s.score, s.reasons_nl, s.reasons_en
             FROM thread_suggestion s JOIN member m ON m.id = s.member_id AND m.status = 'ACTIVE'
            WHERE s.thread_id = ANY($1::uuid[]) AND s.invited_by IS NULL
            ORDER BY s.thread_id, s.rank`,
        [[...threadIds]],
      );
      const byThread = new Map<string, typeof rows>();
      for (const row of rows)
        byThread.set(row.thread_id, [...(byThread.get(row.thread_id) ?? []), row]);
      return threadIds.map((id) => byThread.get(id) ?? []);
    });
  }

  async notifyMentions(
    manager: EntityManager,
    author: MemberEntity,
    thread: ThreadEntity,
    html: string,
    where: 'thread' | 'answer',
  ) {
    const ids = mentionedIds(html).filter((id) => id !== author.id);
    if (!ids.length) return;
    // Only colleagues who can read the thread hear about it.
    const readers = await this.groups.readersOf(thread.groupId, ids, manager);
    await this.notifications.notify(
      manager,
      ids.filter((id) => readers.has(id)),
      {
        kind: 'mention',
        title: {
          nl: `${author.name} noemt je in ${where === 'thread' ? 'een vraag' : 'een antwoord'}: ${thread.title}`,
          en: `${author.name} mentioned you in ${where === 'thread' ? 'a question' : 'an answer'}: ${thread.title}`,
        },
        link: `/vragen/${thread.id}`,
        data: { threadId: thread.id },
        dedupeKey: `mention:${thread.id}:${where}:${author.id}:${Date.now()}`,
      },
    );
  }

  /** New question: members following its group or one of its domains hear about it. */
  private async notifyFollowers(
    manager: EntityManager,
    author: MemberEntity,
    thread: ThreadEntity,
  ) {
    const rows: { member_id: string }[] = await manager.query(
      `SELECT DISTINCT f.member_id FROM follow f
        WHERE f.member_id <> $1 AND (f.group_id = $2 OR f.domain_slug = ANY($3::text[]))`,
      [author.id, thread.groupId, thread.domainSlugs],
    );
    const readers = await this.groups.readersOf(
      thread.groupId,
      rows.map((r) => r.member_id),
      manager,
    );
    await this.notifications.notify(manager, [...readers], {
      kind: 'question.new',
      title: { nl: `Nieuwe vraag: ${thread.title}`, en: `New question: ${thread.title}` },
      body: thread.bodyText.slice(0, 200),
      link: `/vragen/${thread.id}`,
      data: { threadId: thread.id },
      dedupeKey: `question.new:${thread.id}`,
    });
  }
}
