import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { BadUserInputError } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MailService, OutgoingMail } from '../mail/mail.service';
import { notificationVisibleSql } from '../threads/content-visibility';
import { NotificationEntity } from './notification.entity';
import { CONFIGURABLE_KINDS, Delivery, KIND_BY_NAME } from './notification-kinds';
import { notificationMail } from './notification-mails';

/** A text of ours in both interface languages. */
export interface Localized {
  nl: string;
  en: string;
}

export interface NotificationDraft {
  kind: string;
  title: Localized;
  /** Someone's own words (shown as they are), or a text of ours in both languages. */
  body?: string | Localized | null;
  link?: string | null;
  data?: Record<string, unknown>;
  /** Same key for the same member twice → one notification. */
  dedupeKey?: string | null;
}

@Injectable()
export class NotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    const configurable = KIND_BY_NAME.get(draft.kind);
    const deliveries = configurable
      ? await this.deliveries(manager, memberIds, draft.kind, configurable.default)
      : new Map<string, Delivery>();
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        memberIds.map((memberId) => ({
          memberId,
          kind: draft.kind,
          title: draft.title.nl,
          titleEn: draft.title.en,
          body: typeof draft.body === 'string' ? draft.body : (draft.body?.nl ?? null),
          bodyEn: typeof draft.body === 'string' ? null : (draft.body?.en ?? null),
          link: draft.link ?? null,
          data: draft.data ?? {},
          dedupeKey: draft.dedupeKey ?? null,
          delivery: deliveries.get(memberId) ?? Delivery.IN_APP,
        })) as QueryDeepPartialEntity<NotificationEntity>[],
      )
      .orIgnore()
      .execute();
    if (mail) {
      const mails = memberIds.map(mail).filter((m): m is OutgoingMail => Boolean(m));
      await this.mail.enqueue(manager, mails);
    }
    const immediate = memberIds.filter((id) => deliveries.get(id) === Delivery.IMMEDIATE);
    if (immediate.length) {
      const people: { id: string; email: string; name: string; locale: string }[] =
        await manager.query(
          `SELECT id, email, name, locale FROM member WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
          [immediate],
        );
      await this.mail.enqueue(
        manager,
        people.map((p) => ({
          ...notificationMail(
            p,
            {
              title: draft.title,
              body: typeof draft.body === 'string' ? draft.body : (draft.body ?? null),
              link: draft.link,
            },
            this.config.PUBLIC_URL,
          ),
          dedupeKey: draft.dedupeKey ? `notification:${p.id}:${draft.dedupeKey}` : undefined,
        })),
      );
    }
  }

  /** Each member's delivery for a kind: their preference, else the kind's default. */
  private async deliveries(
    manager: EntityManager,
    memberIds: string[],
    kind: string,
    fallback: Delivery,
  ): Promise<Map<string, Delivery>> {
    const rows: { member_id: string; delivery: Delivery }[] = await manager.query(
      `SELECT member_id, delivery FROM notification_preference WHERE kind = $1 AND member_id = ANY($2::uuid[])`,
      [kind, memberIds],
    );
    const chosen = new Map(rows.map((r) => [r.member_id, r.delivery]));
    return new Map(memberIds.map((id) => [id, chosen.get(id) ?? fallback]));
  }

  async preferences(memberId: string): Promise<{ kind: string; delivery: Delivery }[]> {
    const rows: { kind: string; delivery: Delivery }[] = await this.dataSource.query(
      `SELECT kind, delivery FROM notification_preference WHERE member_id = $1`,
      [memberId],
    );
    const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
    return CONFIGURABLE_KINDS.map((k) => ({
      kind: k.kind,
      delivery: chosen.get(k.kind) ?? k.default,
    }));
  }

  async setPreference(memberId: string, kind: string, delivery: Delivery) {
    if (!KIND_BY_NAME.has(kind))
      throw new BadUserInputError('kind', `Onbekend soort melding: "${kind}".`);
    await this.dataSource.query(
      `INSERT INTO notification_preference (member_id, kind, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (member_id, kind) DO UPDATE SET delivery = excluded.delivery`,
      [memberId, kind, delivery],
    );
    return this.preferences(memberId);
  }

  /** A member's notifications, leaving out those about content hidden from them. */
  async list(memberId: string, first: number, offset: number, unreadOnly: boolean) {
    const [nodes, total] = await this.visible(memberId, unreadOnly)
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(first)
      .skip(offset)
      .getManyAndCount();
    return { total, unread: await this.unreadCount(memberId), nodes };
  }

  unreadCount(memberId: string): Promise<number> {
    return this.visible(memberId, true).getCount();
  }

  private visible(memberId: string, unreadOnly: boolean) {
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.memberId = :memberId', { memberId })
      .andWhere(notificationVisibleSql('n'));
    if (unreadOnly) query.andWhere('n.readAt IS NULL');
    return query;
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
