import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';

import { MemberEntity } from '../members/member.entity';
import { AuthService } from './auth.service';
import { clientIp } from './rate-limiter';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<MemberEntity> {
    return this.auth.validateLogin(email, password, clientIp(req));
  }
}
