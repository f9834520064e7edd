import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';

import { BadUserInputError, ForbiddenError } from '../common/errors';
import { isModerator } from '../groups/group-access.policy';
import { MemberEntity } from '../members/member.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { PrivacyGuardService } from '../privacy/privacy-guard.service';
import { canSeeContent } from './content-visibility';
import { AnswerEntity, ThreadEntity } from './thread.entities';
import { cleanBody, ThreadsService } from './threads.service';

@Injectable()
export class AnswersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly notifications: NotificationsService,
    private readonly privacy: PrivacyGuardService,
  ) {}

  async answer(
    author: MemberEntity,
    threadId: string,
    html: string,
    confirmPrivacyWarning?: boolean,
  ): Promise<AnswerEntity> {
    const thread = await this.threads.requireReadable(author, threadId);
    await this.threads.requireCanPost(author, thread.groupId);
    const { body, bodyText } = cleanBody(html);
    this.privacy.check([{ field: 'body', text: bodyText }], confirmPrivacyWarning);
    return this.dataSource.transaction(async (manager) => {
      const answer = await manager.save(
        manager.create(AnswerEntity, { threadId: thread.id, authorId: author.id, body, bodyText }),
      );
      await manager.query(
        `UPDATE thread SET answer_count = answer_count + 1, last_activity_at = now() WHERE id = $1`,
        [thread.id],
      );
      if (thread.authorId !== author.id) {
        await this.notifications.notify(manager, [thread.authorId], {
          kind: 'question.answered',
          title: {
            nl: `${author.name} beantwoordde je vraag: ${thread.title}`,
            en: `${author.name} answered your question: ${thread.title}`,
          },
          body: bodyText.slice(0, 200),
          link: `/vragen/${thread.id}`,
          data: { threadId: thread.id, answerId: answer.id },
        });
      }
      await this.threads.notifyMentions(manager, author, thread, body, 'answer');
      return answer;
    });
  }

  async edit(
    viewer: MemberEntity,
    answerId: string,
    html: string,
    confirmPrivacyWarning?: boolean,
  ): Promise<AnswerEntity> {
    const { thread, answer } = await this.threads.requireReadableAnswer(viewer, answerId);
    if (answer.authorId !== viewer.id)
      throw new ForbiddenError('Je kunt alleen je eigen antwoorden bewerken.');
    const clean = cleanBody(html);
    this.privacy.check([{ field: 'body', text: clean.bodyText }], confirmPrivacyWarning);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(AnswerEntity, answer.id, clean);
      await this.threads.notifyMentions(manager, viewer, thread, clean.body, 'answer');
    });
    return this.dataSource.getRepository(AnswerEntity).findOneByOrFail({ id: answer.id });
  }

  async remove(viewer: MemberEntity, answerId: string): Promise<boolean> {
    const { answer } = await this.threads.requireReadableAnswer(viewer, answerId);
    if (answer.authorId !== viewer.id && !isModerator(viewer)) {
      throw new ForbiddenError('Je kunt alleen je eigen antwoorden verwijderen.');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(AnswerEntity, { id: answer.id });
      await manager.query(
        `UPDATE thread SET answer_count = greatest(answer_count - 1, 0) WHERE id = $1`,
        [answer.threadId],
      );
    });
    return true;
  }

  /** Only the asker, or a moderator, accepts an answer; anyone else gets FORBIDDEN. */
  async accept(viewer: MemberEntity, answerId: string): Promise<ThreadEntity> {
    const { thread, answer } = await this.threads.requireReadableAnswer(viewer, answerId);
    if (thread.authorId !== viewer.id && !isModerator(viewer)) {
      throw new ForbiddenError(
        'Alleen wie de vraag stelde (of een moderator) kan een antwoord accepteren.',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ThreadEntity, thread.id, {
        acceptedAnswerId: answer.id,
        lastActivityAt: new Date(),
      });
      if (answer.authorId !== viewer.id) {
        await this.notifications.notify(manager, [answer.authorId], {
          kind: 'answer.accepted',
          title: {
            nl: `Je antwoord is geaccepteerd: ${thread.title}`,
            en: `Your answer was accepted: ${thread.title}`,
          },
          link: `/vragen/${thread.id}`,
          data: { threadId: thread.id, answerId: answer.id },
          dedupeKey: `answer.accepted:${answer.id}`,
        });
      }
    });
    return this.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
  }

  /** A "helpful" vote; one per member per answer, not on your own answer. */
  async vote(viewer: MemberEntity, answerId: string, helpful: boolean): Promise<AnswerEntity> {
    const { answer } = await this.threads.requireReadableAnswer(viewer, answerId);
    if (answer.authorId === viewer.id) {
      throw new BadUserInputError('answerId', 'Je kunt niet op je eigen antwoord stemmen.');
    }
    await this.dataSource.transaction(async (manager) => {
      if (helpful) {
        await manager.query(
          `INSERT INTO answer_vote (answer_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [answerId, viewer.id],
        );
      } else {
        await manager.query(`DELETE FROM answer_vote WHERE answer_id = $1 AND member_id = $2`, [
          answerId,
          viewer.id,
        ]);
      }
      await manager.query(
        `UPDATE answer SET helpful_count = (SELECT count(*) FROM answer_vote WHERE answer_id = $1) WHERE id = $1`,
        [answerId],
      );
    });
    return this.dataSource.getRepository(AnswerEntity).findOneByOrFail({ id: answerId });
  }

  /** Answers per thread, oldest first; hidden ones only for their author and moderators. */
  createAnswersLoader(viewer: MemberEntity): DataLoader<string, AnswerEntity[]> {
    return new DataLoader(async (threadIds) => {
      const rows = await this.dataSource
        .getRepository(AnswerEntity)
        .find({ where: { threadId: In([...threadIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      const visible = rows.filter((answer) => canSeeContent(viewer, answer));
      const byThread = new Map<string, AnswerEntity[]>();
      for (const row of visible)
        byThread.set(row.threadId, [...(byThread.get(row.threadId) ?? []), row]);
      return threadIds.map((id) => byThread.get(id) ?? []);
    });
  }

  /** Answers by id; null for a hidden answer the viewer may not see. */
  createAnswerLoader(viewer: MemberEntity): DataLoader<string, AnswerEntity | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.dataSource.getRepository(AnswerEntity).findBy({ id: In([...ids]) });
      const byId = new Map(
        rows.filter((answer) => canSeeContent(viewer, answer)).map((r) => [r.id, r]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Which of these answers the viewer voted helpful. */
  createMyVotesLoader(viewerId: string): DataLoader<string, boolean> {
    return new DataLoader(async (answerIds) => {
      const rows: { answer_id: string }[] = await this.dataSource.query(
        `SELECT answer_id FROM answer_vote WHERE member_id = $1 AND answer_id = ANY($2::uuid[])`,
        [viewerId, [...answerIds]],
      );
      const voted = new Set(rows.map((r) => r.answer_id));
      return answerIds.map((id) => voted.has(id));
    });
  }
}
