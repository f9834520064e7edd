import { timingSafeEqual } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/config';
import { Secrets } from '../config/secrets';
import { EventEntity, EventStatus } from './event.entities';

/** Controls iCalendar TEXT may not hold (RFC 5545, 3.3.11); tab stays, line feeds are escaped. */
const NOT_IN_TEXT = /(?![\t\n])\p{Cc}/gu;

/** Text as an iCalendar value may hold it: CR LF and lone CR become LF, other controls go. */
export const icalText = (value: string) => value.replace(/\r\n?/g, '\n').replace(NOT_IN_TEXT, '');

/**
 * ical-generator escapes SUMMARY, DESCRIPTION and LOCATION, but writes the calendar's NAME and
 * X-WR-CALNAME as given, so a line break in an event title would start a property of its own.
 */
export const escapeIcalText = (value: string) =>
  icalText(value)
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');

/** iCalendar (RFC 5545) for one event and for each member's personal, secret feed. */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly secrets: Secrets,
  ) {}

  toIcs(events: EventEntity[], name: string): string {
    const calendar = ical({
      name: escapeIcalText(name),
      prodId: { company: 'Deelwijs', product: 'agenda', language: 'NL' },
      method: ICalCalendarMethod.PUBLISH,
      url: this.config.PUBLIC_URL,
      ttl: 3600,
    });
    for (const event of events) {
      const url = `${this.config.PUBLIC_URL}/agenda/${event.id}`;
      calendar.createEvent({
        id: `${event.id}@deelwijs`,
        start: event.startsAt,
        end: event.endsAt,
        stamp: event.updatedAt,
        lastModified: event.updatedAt,
        summary: icalText(event.title),
        description: icalText(
          [event.description, event.onlineUrl ? `Online: ${event.onlineUrl}` : null, url]
            .filter(Boolean)
            .join('\n\n'),
        ),
        location: icalText(event.location ?? event.onlineUrl ?? '') || undefined,
        url,
        status:
          event.status === EventStatus.CANCELLED
            ? ICalEventStatus.CANCELLED
            : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  }

  /**
   * The secret feed address: the member id plus an HMAC (keyed with the installation's secret,
   * see config/secrets.ts) of the id and a version. Nothing secret is stored; a new version
   * revokes every earlier address.
   */
  async feedUrl(memberId: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO calendar_feed (member_id) VALUES ($1)
       ON CONFLICT (member_id) DO UPDATE SET member_id = excluded.member_id RETURNING version`,
      [memberId],
    );
    return this.urlFor(memberId, row.version);
  }

  async regenerateFeed(memberId: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO calendar_feed (member_id, version) VALUES ($1, 2)
       ON CONFLICT (member_id) DO UPDATE SET version = calendar_feed.version + 1, created_at = now()
       RETURNING version`,
      [memberId],
    );
    return this.urlFor(memberId, row.version);
  }

  /** The member's events (signed up or waiting, not cancelled) for a valid feed token. */
  async feedEvents(token: string): Promise<EventEntity[] | null> {
    const match = /^([0-9a-f]{32})([\w-]{32})$/.exec(token);
    if (!match) return null;
    const hex = match[1];
    const memberId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const [feed] = await this.dataSource.query(
      `SELECT f.version FROM calendar_feed f JOIN member m ON m.id = f.member_id
        WHERE f.member_id = $1 AND m.status = 'ACTIVE'`,
      [memberId],
    );
    if (!feed) return null;
    const expected = Buffer.from(this.signature(memberId, feed.version));
    const given = Buffer.from(match[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .innerJoin('registration', 'r', 'r.event_id = e.id')
      .where('r.member_id = :member', { member: memberId })
      .andWhere(`r.status IN ('CONFIRMED', 'WAITLISTED', 'ATTENDED')`)
      .andWhere(`e.status <> 'DRAFT'`)
      .andWhere(`e.ends_at > now() - interval '90 days'`)
      .orderBy('e.startsAt')
      .getMany();
  }

  private urlFor(memberId: string, version: number): string {
    const token = `${memberId.replace(/-/g, '')}${this.signature(memberId, version)}`;
    return `${this.config.PUBLIC_URL}/calendar/feed/${token}.ics`;
  }

  private signature(memberId: string, version: number): string {
    return this.secrets.sign(`calendar-feed:${memberId}:${version}`).slice(0, 32);
  }
}
