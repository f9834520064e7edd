import {
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { CurrentMember, Public, Roles } from '../common/auth.decorators';
import { toCsv } from '../common/csv';
import { showsAsFormerMember } from '../members/former-member';
import { MemberEntity, MemberStatus, PlatformRole } from '../members/member.entity';
import { CalendarService } from './calendar.service';
import { EventsService } from './events.service';

const TZ = 'Europe/Amsterdam';
const STATUS_NL: Record<string, string> = {
  CONFIRMED: 'aangemeld',
  WAITLISTED: 'wachtlijst',
  CANCELLED: 'afgemeld',
  ATTENDED: 'aanwezig',
};

const safeFileName = (title: string) =>
  title
    .normalize('NFD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60) || 'activiteit';

@Controller()
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly calendar: CalendarService,
    private readonly dataSource: DataSource,
  ) {}

  /** One event as an .ics download ("voeg toe aan agenda"). */
  @Get('calendar/events/:id.ics')
  async eventIcs(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentMember() member: MemberEntity,
    @Res() res: Response,
  ) {
    const event = await this.events.findVisible(member, id);
    if (!event) throw new NotFoundException();
    res
      .type('text/calendar; charset=utf-8')
      .attachment(`${safeFileName(event.title)}.ics`)
      .send(this.calendar.toIcs([event], event.title));
  }

  /** The personal feed: a secret, revocable address that calendar apps subscribe to. */
  @Public()
  @Get('calendar/feed/:token.ics')
  @Header('Cache-Control', 'private, max-age=300')
  async feed(@Param('token') token: string, @Res() res: Response) {
    const events = await this.calendar.feedEvents(token);
    if (!events) throw new NotFoundException();
    res
      .type('text/calendar; charset=utf-8')
      .send(this.calendar.toIcs(events, 'Deelwijs: mijn aanmeldingen'));
  }

  /** Attendees as CSV for coordinators: name, school, role, status, registration time. */
  @Roles(PlatformRole.COORDINATOR)
  @Get('export/events/:id/attendees.csv')
  async attendeesCsv(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentMember() member: MemberEntity,
    @Res() res: Response,
  ) {
    const event = await this.events.findVisible(member, id);
    if (!event) throw new NotFoundException();
    const rows: {
      name: string;
      email: string;
      member_status: MemberStatus;
      school: string | null;
      job_role: string;
      status: string;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT m.name, m.email, m.status AS member_status, CASE WHEN s.id IS NULL THEN NULL ELSE s.name || ', ' || s.town END AS school,
                m.job_role, r.status, r.created_at
           FROM registration r JOIN member m ON m.id = r.member_id LEFT JOIN school s ON s.id = m.school_id
          WHERE r.event_id = $1
          ORDER BY CASE r.status WHEN 'WAITLISTED' THEN 1 WHEN 'CANCELLED' THEN 2 ELSE 0 END, r.queue_seq`,
      [id],
    );
    const when = new Intl.DateTimeFormat('nl-NL', {
      dateStyle: 'short',
      timeStyle: 'short',
      timeZone: TZ,
    });
    const csv = toCsv(
      ['naam', 'e-mail', 'school', 'functie', 'status', 'aangemeld op'],
      rows.map((r) => [
        r.name,
        // A former member (oud-lid) keeps only the name here too.
        showsAsFormerMember({ status: r.member_status }, member) ? null : r.email,
        showsAsFormerMember({ status: r.member_status }, member) ? null : r.school,
        r.job_role,
        STATUS_NL[r.status] ?? r.status,
        when.format(r.created_at),
      ]),
    );
    res
      .type('text/csv; charset=utf-8')
      .attachment(`deelnemers-${safeFileName(event.title)}.csv`)
      .send(csv);
  }
}
