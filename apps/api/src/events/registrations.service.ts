import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { BadUserInputError, NotFoundError } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MemberEntity, PlatformRole } from '../members/member.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { EventEntity, EventStatus, RegistrationEntity, RegistrationStatus } from './event.entities';
import { promotedMail } from './event-mails';

const ACTIVE = [
  RegistrationStatus.CONFIRMED,
  RegistrationStatus.WAITLISTED,
  RegistrationStatus.ATTENDED,
];

export const canManageEvents = (member: MemberEntity) =>
  member.platformRole === PlatformRole.ADMIN || member.platformRole === PlatformRole.COORDINATOR;

/**
 * Sign-ups. Capacity is enforced inside one transaction that holds the event row FOR UPDATE, so
 * concurrent sign-ups for one event are serialised: nobody is ever double-booked, and the waiting
 * list is served in sign-up order.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  register(member: MemberEntity, eventId: string): Promise<RegistrationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId, member);
      const existing = await manager.findOneBy(RegistrationEntity, {
        eventId,
        memberId: member.id,
      });
      if (existing && ACTIVE.includes(existing.status)) return existing; // signing up twice is a no-op
      if (event.status === EventStatus.CANCELLED) {
        throw new BadUserInputError(
          'eventId',
          'Deze activiteit gaat niet door; aanmelden kan niet meer.',
        );
      }
      if (event.status !== EventStatus.PUBLISHED)
        throw new NotFoundError('Deze activiteit', 'eventId');
      if (Date.now() > (event.signupDeadline ?? event.startsAt).getTime()) {
        throw new BadUserInputError(
          'eventId',
          'De aanmeldtermijn voor deze activiteit is verlopen.',
        );
      }
      const status = (await hasSeat(manager, event))
        ? RegistrationStatus.CONFIRMED
        : RegistrationStatus.WAITLISTED;
      const now = new Date();
      const [row]: RegistrationEntity[] = await manager.query(
        `INSERT INTO registration (event_id, member_id, status, confirmed_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id, member_id) DO UPDATE SET
           status = excluded.status, confirmed_at = excluded.confirmed_at, cancelled_at = NULL,
           queue_seq = nextval('registration_queue_seq'), created_at = clock_timestamp(),
           updated_at = now()
         RETURNING id`,
        [eventId, member.id, status, status === RegistrationStatus.CONFIRMED ? now : null],
      );
      return manager.findOneByOrFail(RegistrationEntity, { id: row.id });
    });
  }

  cancel(member: MemberEntity, eventId: string): Promise<RegistrationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId, member);
      const registration = await manager.findOneBy(RegistrationEntity, {
        eventId,
        memberId: member.id,
      });
      if (!registration) throw new NotFoundError('Je aanmelding', 'eventId');
      if (registration.status === RegistrationStatus.CANCELLED) return registration;
      if (
        registration.status === RegistrationStatus.ATTENDED ||
        Date.now() > event.startsAt.getTime()
      ) {
        throw new BadUserInputError(
          'eventId',
          'Deze activiteit is al begonnen; afmelden kan niet meer.',
        );
      }
      const deadline = event.cancellationDeadline ?? event.startsAt;
      if (registration.status === RegistrationStatus.CONFIRMED && Date.now() > deadline.getTime()) {
        throw new BadUserInputError(
          'eventId',
          'De afmeldtermijn is verlopen. Neem contact op met de organisator als je toch niet kunt.',
        );
      }
      const wasConfirmed = registration.status === RegistrationStatus.CONFIRMED;
      await manager.update(RegistrationEntity, registration.id, {
        status: RegistrationStatus.CANCELLED,
        cancelledAt: new Date(),
      });
      if (wasConfirmed) await this.promote(manager, event);
      return manager.findOneByOrFail(RegistrationEntity, { id: registration.id });
    });
  }

  /**
   * Moves people up from the waiting list while there are free seats, first come first served,
   * and tells them. Call with the event row locked.
   */
  async promote(manager: EntityManager, event: EventEntity): Promise<void> {
    if (event.status !== EventStatus.PUBLISHED) return;
    const free =
      event.capacity === null ? null : event.capacity - (await confirmedCount(manager, event.id));
    if (free !== null && free <= 0) return;
    // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
    const [rows]: [
      { id: string; member_id: string; email: string; name: string; locale: string }[],
      number,
    ] = await manager.query(
      `WITH next AS (
         SELECT id FROM registration
          WHERE event_id = $1 AND status = 'WAITLISTED'
          ORDER BY queue_seq
          ${free === null ? '' : 'LIMIT $2'}
          FOR UPDATE
       )
       UPDATE registration r SET status = 'CONFIRMED', confirmed_at = now(), updated_at = now()
         FROM next, member m
        WHERE r.id = next.id AND m.id = r.member_id
       RETURNING r.id, r.member_id, m.email, m.name, m.locale`,
      free === null ? [event.id] : [event.id, free],
    );
    if (!rows.length) return;
    const url = `${this.config.PUBLIC_URL}/agenda/${event.id}`;
    const byMember = new Map(rows.map((row) => [row.member_id, row]));
    await this.notifications.notify(
      manager,
      rows.map((row) => row.member_id),
      {
        kind: 'event.promoted',
        title: { nl: `Je hebt een plek: ${event.title}`, en: `You have a place: ${event.title}` },
        body: {
          nl: 'Er kwam een plek vrij en je stond op de wachtlijst. Je bent nu aangemeld.',
          en: 'A place became free and you were on the waiting list. You are now registered.',
        },
        link: `/agenda/${event.id}`,
        data: { eventId: event.id },
      },
      (memberId) => {
        const row = byMember.get(memberId);
        return row ? promotedMail(row, event, url) : null;
      },
    );
  }

  async markAttendance(registrationId: string, attended: boolean): Promise<RegistrationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await manager.findOne(RegistrationEntity, {
        where: { id: registrationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!registration) throw new NotFoundError('Deze aanmelding', 'registrationId');
      const allowed = attended
        ? [RegistrationStatus.CONFIRMED, RegistrationStatus.ATTENDED]
        : [RegistrationStatus.ATTENDED, RegistrationStatus.CONFIRMED];
      if (!allowed.includes(registration.status)) {
        throw new BadUserInputError(
          'registrationId',
          'Alleen bevestigde aanmeldingen kunnen worden afgevinkt.',
        );
      }
      await manager.update(RegistrationEntity, registration.id, {
        status: attended ? RegistrationStatus.ATTENDED : RegistrationStatus.CONFIRMED,
      });
      return manager.findOneByOrFail(RegistrationEntity, { id: registration.id });
    });
  }
}

/** Locks the event row for this transaction; drafts are invisible to members. */
export async function lockEvent(
  manager: EntityManager,
  eventId: string,
  viewer: MemberEntity,
): Promise<EventEntity> {
  const event = await manager.findOne(EventEntity, {
    where: { id: eventId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!event || (event.status === EventStatus.DRAFT && !canManageEvents(viewer))) {
    throw new NotFoundError('Deze activiteit', 'eventId');
  }
  return event;
}

async function confirmedCount(manager: EntityManager, eventId: string): Promise<number> {
  const [row] = await manager.query(
    `SELECT count(*)::int AS n FROM registration WHERE event_id = $1 AND status IN ('CONFIRMED', 'ATTENDED')`,
    [eventId],
  );
  return row.n;
}

async function hasSeat(manager: EntityManager, event: EventEntity): Promise<boolean> {
  if (event.capacity === null) return true;
  const [waiting] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM registration WHERE event_id = $1 AND status = 'WAITLISTED') AS w`,
    [event.id],
  );
  // Nobody jumps the queue: with people waiting, a newcomer waits too.
  if (waiting.w) return false;
  return (await confirmedCount(manager, event.id)) < event.capacity;
}
