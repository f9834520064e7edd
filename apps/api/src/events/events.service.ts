import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Brackets, DataSource, In } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { BadUserInputError, FieldProblem } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/config';
import { GroupEntity } from '../groups/group.entities';
import { MemberEntity, MemberStatus } from '../members/member.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { PrivacyGuardService } from '../privacy/privacy-guard.service';
import { cleanText } from '../profiles/profile-rules';
import { TaxonomyService, TaxonomySnapshot } from '../taxonomy/taxonomy.service';
import {
  CancelEventInput,
  CreateEventInput,
  EventFilterInput,
  UpdateEventInput,
} from './dto/event.inputs';
import {
  EventEntity,
  EventStatus,
  EventType,
  RegistrationEntity,
  RegistrationStatus,
} from './event.entities';
import { eventCancelledMail } from './event-mails';
import { canManageEvents, lockEvent, RegistrationsService } from './registrations.service';

const TWO_HOURS = 2 * 3600_000;

export interface EventCounts {
  confirmed: number;
  waitlisted: number;
}

@Injectable()
export class EventsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly registrations: RegistrationsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly privacy: PrivacyGuardService,
  ) {}

  async list(viewer: MemberEntity, upcoming: boolean | undefined, filter: EventFilterInput = {}) {
    const query = this.dataSource.getRepository(EventEntity).createQueryBuilder('e');
    if (!canManageEvents(viewer))
      query.andWhere('e.status <> :draft', { draft: EventStatus.DRAFT });
    if (upcoming === true) query.andWhere('e.endsAt >= now()');
    if (upcoming === false) query.andWhere('e.endsAt < now()');
    if (filter.types?.length) query.andWhere('e.type IN (:...types)', { types: filter.types });
    if (filter.domains?.length)
      query.andWhere('e.domainSlugs && :domains', { domains: filter.domains });
    if (filter.mine) {
      query.andWhere(
        new Brackets((q) =>
          q.where(
            `EXISTS (SELECT 1 FROM registration r WHERE r.event_id = e.id AND r.member_id = :me AND r.status <> 'CANCELLED')`,
            { me: viewer.id },
          ),
        ),
      );
    }
    return query
      .orderBy('e.startsAt', upcoming === false ? 'DESC' : 'ASC')
      .addOrderBy('e.id')
      .limit(200)
      .getMany();
  }

  async findVisible(viewer: MemberEntity, id: string): Promise<EventEntity | null> {
    const event = await this.dataSource.getRepository(EventEntity).findOneBy({ id });
    if (!event || (event.status === EventStatus.DRAFT && !canManageEvents(viewer))) return null;
    return event;
  }

  async create(actor: MemberEntity, input: CreateEventInput): Promise<EventEntity> {
    const startsAt = input.startsAt;
    const endsAt = input.endsAt ?? new Date(startsAt.getTime() + TWO_HOURS);
    this.checkEvent({ ...input, startsAt, endsAt }, await this.taxonomy.snapshot());
    if (input.status === EventStatus.CANCELLED) {
      throw new BadUserInputError(
        'status',
        'Een nieuwe activiteit is een concept of gepubliceerd.',
      );
    }
    if (input.organiserId) await this.requireActiveMember(input.organiserId, 'organiserId');
    this.checkPrivacy(input);
    if (input.groupId) await this.requireGroup(input.groupId);
    return this.dataSource.transaction(async (manager) => {
      const event = manager.create(EventEntity, {
        type: input.type ?? EventType.BIJEENKOMST,
        title: input.title.trim(),
        description: cleanText(input.description),
        startsAt,
        endsAt,
        location: cleanText(input.location),
        onlineUrl: input.onlineUrl?.trim() || null,
        organiserId: input.organiserId ?? actor.id,
        domainSlugs: [...new Set(input.domains ?? [])],
        groupId: input.groupId ?? null,
        capacity: input.capacity ?? null,
        signupDeadline: input.signupDeadline ?? null,
        cancellationDeadline: input.cancellationDeadline ?? null,
        status: input.status ?? EventStatus.PUBLISHED,
        createdBy: actor.id,
      });
      const saved = await manager.save(event);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'event.created',
        targetType: 'event',
        targetId: saved.id,
        data: { title: saved.title, status: saved.status },
      });
      return saved;
    });
  }

  async update(actor: MemberEntity, input: UpdateEventInput): Promise<EventEntity> {
    const taxonomy = await this.taxonomy.snapshot(); // before the transaction: it may query
    return this.dataSource.transaction(async (manager) => {
      const event = await lockEvent(manager, input.id, actor);
      this.checkPrivacy(input);
      if (event.status === EventStatus.CANCELLED) {
        throw new BadUserInputError(
          'id',
          'Een geannuleerde activiteit kan niet meer worden gewijzigd.',
        );
      }
      if (input.status === EventStatus.CANCELLED) {
        throw new BadUserInputError('status', 'Annuleer een activiteit met cancelEvent.');
      }
      const next: EventEntity = {
        ...event,
        ...definedOnly({
          type: input.type,
          title: input.title?.trim(),
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          capacity: input.capacity,
          signupDeadline: input.signupDeadline,
          cancellationDeadline: input.cancellationDeadline,
          status: input.status,
        }),
      };
      if (input.description !== undefined) next.description = cleanText(input.description);
      if (input.location !== undefined) next.location = cleanText(input.location);
      if (input.onlineUrl !== undefined) next.onlineUrl = input.onlineUrl?.trim() || null;
      if (input.domains !== undefined) next.domainSlugs = [...new Set(input.domains)];
      if (input.startsAt && !input.endsAt && next.endsAt < next.startsAt) {
        next.endsAt = new Date(next.startsAt.getTime() + TWO_HOURS);
      }
      this.checkEvent({ ...next, domains: next.domainSlugs }, taxonomy);
      await manager.save(EventEntity, next);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'event.updated',
        targetType: 'event',
        targetId: event.id,
        data: { fields: Object.keys(input).filter((k) => k !== 'id') },
      });
      // More seats (or a first publication) may let people in from the waiting list.
      await this.registrations.promote(manager, next);
      return manager.findOneByOrFail(EventEntity, { id: event.id });
    });
  }

  async cancel(actor: MemberEntity, input: CancelEventInput): Promise<EventEntity> {
    return this.dataSource.transaction(async (manager) => {
      const event = await lockEvent(manager, input.eventId, actor);
      this.privacy.check([{ field: 'reason', text: input.reason }], input.confirmPrivacyWarning);
      if (event.status === EventStatus.CANCELLED) return event;
      await manager.update(EventEntity, event.id, {
        status: EventStatus.CANCELLED,
        cancelledAt: new Date(),
      });
      const people: { member_id: string; email: string; name: string; locale: string }[] =
        await manager.query(
          `SELECT r.member_id, m.email, m.name, m.locale FROM registration r JOIN member m ON m.id = r.member_id
          WHERE r.event_id = $1 AND r.status IN ('CONFIRMED', 'WAITLISTED')`,
          [event.id],
        );
      const byMember = new Map(people.map((p) => [p.member_id, p]));
      const reason = cleanText(input.reason);
      const url = `${this.config.PUBLIC_URL}/agenda/${event.id}`;
      await this.notifications.notify(
        manager,
        people.map((p) => p.member_id),
        {
          kind: 'event.cancelled',
          title: {
            nl: `Gaat niet door: ${event.title}`,
            en: `Cancelled: ${event.title}`,
          },
          body: reason,
          link: `/agenda/${event.id}`,
          data: { eventId: event.id },
          dedupeKey: `event.cancelled:${event.id}`,
        },
        (memberId) => {
          const p = byMember.get(memberId);
          return p
            ? {
                ...eventCancelledMail(p, event, reason, url),
                dedupeKey: `event.cancelled:${event.id}:${memberId}`,
              }
            : null;
        },
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'event.cancelled',
        targetType: 'event',
        targetId: event.id,
        data: { notified: people.length, reason },
      });
      return manager.findOneByOrFail(EventEntity, { id: event.id });
    });
  }

  createCountsLoader(): DataLoader<string, EventCounts> {
    return new DataLoader(async (eventIds) => {
      const rows: { event_id: string; confirmed: number; waitlisted: number }[] =
        await this.dataSource.query(
          `SELECT event_id,
                count(*) FILTER (WHERE status IN ('CONFIRMED', 'ATTENDED'))::int AS confirmed,
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
           FROM registration WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
          [[...eventIds]],
        );
      const byId = new Map(
        rows.map((r) => [r.event_id, { confirmed: r.confirmed, waitlisted: r.waitlisted }]),
      );
      return eventIds.map((id) => byId.get(id) ?? { confirmed: 0, waitlisted: 0 });
    });
  }

  /** The viewer's registration per event. */
  createMyRegistrationLoader(memberId: string): DataLoader<string, RegistrationEntity | null> {
    return new DataLoader(async (eventIds) => {
      const rows = await this.dataSource
        .getRepository(RegistrationEntity)
        .findBy({ memberId, eventId: In([...eventIds]) });
      const byEvent = new Map(rows.map((r) => [r.eventId, r]));
      return eventIds.map((id) => byEvent.get(id) ?? null);
    });
  }

  /** Waiting-list positions (1 = next in line) per registration id, for these events. */
  createPositionLoader(): DataLoader<string, Map<string, number>> {
    return new DataLoader(async (eventIds) => {
      const rows: { id: string; event_id: string; position: number }[] =
        await this.dataSource.query(
          `SELECT id, event_id, row_number() OVER (PARTITION BY event_id ORDER BY queue_seq)::int AS position
           FROM registration WHERE event_id = ANY($1::uuid[]) AND status = 'WAITLISTED'`,
          [[...eventIds]],
        );
      const byEvent = new Map<string, Map<string, number>>();
      for (const row of rows) {
        const map = byEvent.get(row.event_id) ?? new Map<string, number>();
        map.set(row.id, row.position);
        byEvent.set(row.event_id, map);
      }
      return eventIds.map((id) => byEvent.get(id) ?? new Map());
    });
  }

  attendees(eventId: string): Promise<RegistrationEntity[]> {
    return this.dataSource
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.eventId = :eventId', { eventId })
      .orderBy(`CASE r.status WHEN 'WAITLISTED' THEN 1 WHEN 'CANCELLED' THEN 2 ELSE 0 END`)
      .addOrderBy('r.queueSeq')
      .getMany();
  }

  private async requireActiveMember(id: string, field: string) {
    const member = await this.dataSource
      .getRepository(MemberEntity)
      .findOneBy({ id, status: MemberStatus.ACTIVE });
    if (!member) throw new BadUserInputError(field, 'Dit lid bestaat niet of is niet actief.');
  }

  private async requireGroup(id: string) {
    const group = await this.dataSource.getRepository(GroupEntity).existsBy({ id });
    if (!group) throw new BadUserInputError('groupId', 'Deze groep bestaat niet.');
  }

  /** Title and description go through the pupil-data guard; the location is an address by design. */
  private checkPrivacy(input: {
    title?: string | null;
    description?: string | null;
    confirmPrivacyWarning?: boolean;
  }) {
    this.privacy.check(
      [
        { field: 'title', text: input.title },
        { field: 'description', text: input.description },
      ],
      input.confirmPrivacyWarning,
    );
  }

  private checkEvent(
    e: {
      startsAt: Date;
      endsAt: Date;
      signupDeadline?: Date | null;
      cancellationDeadline?: Date | null;
      domains?: string[];
      location?: string | null;
      onlineUrl?: string | null;
    },
    snapshot: TaxonomySnapshot,
  ) {
    const problems: FieldProblem[] = [];
    if (e.endsAt < e.startsAt)
      problems.push({ field: 'endsAt', message: 'Het einde moet na het begin liggen.' });
    if (e.signupDeadline && e.signupDeadline > e.startsAt) {
      problems.push({
        field: 'signupDeadline',
        message: 'De aanmeldtermijn moet vóór het begin eindigen.',
      });
    }
    if (e.cancellationDeadline && e.cancellationDeadline > e.startsAt) {
      problems.push({
        field: 'cancellationDeadline',
        message: 'De afmeldtermijn moet vóór het begin eindigen.',
      });
    }
    for (const slug of e.domains ?? []) {
      if (!snapshot.domainBySlug.has(slug))
        problems.push({ field: 'domains', message: `Onbekend domein: "${slug}".` });
    }
    if (problems.length)
      throw new BadUserInputError(problems[0].field, problems[0].message, problems);
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

export { RegistrationStatus };
