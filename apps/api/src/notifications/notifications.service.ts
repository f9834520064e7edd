import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { MailService, OutgoingMail } from '../mail/mail.service';
import { NotificationEntity } from './notification.entity';

export interface NotificationDraft {
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  data?: Record<string, unknown>;
  /** Same key for the same member twice → one notification. */
  dedupeKey?: string | null;
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  /**
   * Writes in-app notifications (and optional e-mails) in the caller's transaction, so they
   * exist exactly when the change that caused them commits.
   */
  async notify(
    manager: EntityManager,
    memberIds: string[],
    draft: NotificationDraft,
    mail?: (memberId: string) => OutgoingMail | null,
  ): Promise<void> {
    if (!memberIds.length) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        memberIds.map((memberId) => ({
          memberId,
          kind: draft.kind,
          title: draft.title,
          body: draft.body ?? null,
          link: draft.link ?? null,
          data: draft.data ?? {},
          dedupeKey: draft.dedupeKey ?? null,
        })) as QueryDeepPartialEntity<NotificationEntity>[],
      )
      .orIgnore()
      .execute();
    if (mail) {
      const mails = memberIds.map(mail).filter((m): m is OutgoingMail => Boolean(m));
      await this.mail.enqueue(manager, mails);
    }
  }

  async list(memberId: string, first: number, offset: number, unreadOnly: boolean) {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const where = unreadOnly ? { memberId, readAt: IsNull() } : { memberId };
    const [nodes, total] = await repo.findAndCount({
      where,
      order: { createdAt: 'DESC' },
      take: first,
      skip: offset,
    });
    const unread = await repo.countBy({ memberId, readAt: IsNull() });
    return { total, unread, nodes };
  }

  unreadCount(memberId: string): Promise<number> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .countBy({ memberId, readAt: IsNull() });
  }

  async markRead(memberId: string, ids: string[] | undefined, all: boolean): Promise<number> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const criteria = all
      ? { memberId, readAt: IsNull() }
      : { memberId, readAt: IsNull(), id: In(ids ?? []) };
    if (!all && !ids?.length) return this.unreadCount(memberId);
    await repo.update(criteria, { readAt: new Date() });
    return this.unreadCount(memberId);
  }
}
