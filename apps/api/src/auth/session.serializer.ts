import { Injectable } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';

import { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';

/** The session stores only the member id; each request loads the member, active ones only. */
@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(private readonly members: MembersService) {
    super();
  }

  serializeUser(member: MemberEntity, done: (err: unknown, id?: string) => void) {
    done(null, member.id);
  }

  deserializeUser(id: string, done: (err: unknown, member?: MemberEntity | false) => void) {
    this.members.findActiveById(id).then(
      (member) => done(null, member ?? false),
      (error) => done(error),
    );
  }
}
