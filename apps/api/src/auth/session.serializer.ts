import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Request } from 'express';
import passport from 'passport';
import { DataSource } from 'typeorm';

import { hydrateEntity } from '../common/hydrate';
import { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';

type Done<T> = (err: unknown, value?: T) => void;

/**
 * The session stores only the member id; each request needs the member, active ones only. The
 * session store reads it in the same statement as the session (`preload`), keyed by the
 * session's `passport` object, so signing a request in costs one query; without a preloaded
 * row the member is loaded by id. Registered on Passport's global instance, replacing earlier
 * registrations, so the latest application in a process (tests boot several in turn) owns them.
 */
@Injectable()
export class SessionSerializer implements OnModuleInit {
  private readonly preloaded = new WeakMap<object, MemberEntity | null>();

  constructor(
    private readonly members: MembersService,
    private readonly dataSource: DataSource,
  ) {}

  /** Called by the session store with the member row it read next to the session. */
  preload(sessionPassport: object, member: Record<string, unknown> | null) {
    this.preloaded.set(
      sessionPassport,
      member && hydrateEntity(this.dataSource, MemberEntity, member),
    );
  }

  onModuleInit() {
    const registry = passport as unknown as { _serializers: unknown[]; _deserializers: unknown[] };
    registry._serializers = [];
    registry._deserializers = [];
    passport.serializeUser((member: Express.User, done: Done<string>) =>
      done(null, (member as MemberEntity).id),
    );
    passport.deserializeUser((req: Request, id: string, done: Done<MemberEntity | false>) => {
      const sessionPassport = (req.session as { passport?: object } | undefined)?.passport;
      if (sessionPassport && this.preloaded.has(sessionPassport)) {
        const member = this.preloaded.get(sessionPassport);
        return done(null, member?.id === id ? member : false);
      }
      this.members.findActiveById(id).then(
        (member) => done(null, member ?? false),
        (error) => done(error),
      );
    });
  }
}
