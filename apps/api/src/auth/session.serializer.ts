import { Injectable, OnModuleInit } from '@nestjs/common';
import passport from 'passport';

import { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';

type Done<T> = (err: unknown, value?: T) => void;

/**
 * The session stores only the member id; each request loads the member, active ones only.
 * Registered on Passport's global instance, replacing earlier registrations, so the latest
 * application in a process (tests boot several in turn) owns them.
 */
@Injectable()
export class SessionSerializer implements OnModuleInit {
  constructor(private readonly members: MembersService) {}

  onModuleInit() {
    const registry = passport as unknown as { _serializers: unknown[]; _deserializers: unknown[] };
    registry._serializers = [];
    registry._deserializers = [];
    passport.serializeUser((member: Express.User, done: Done<string>) =>
      done(null, (member as MemberEntity).id),
    );
    passport.deserializeUser((id: string, done: Done<MemberEntity | false>) => {
      this.members.findActiveById(id).then(
        (member) => done(null, member ?? false),
        (error) => done(error),
      );
    });
  }
}
