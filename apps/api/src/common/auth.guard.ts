import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { MemberStatus, PlatformRole } from '../members/member.entity';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './auth.decorators';
import { ForbiddenError, UnauthenticatedError } from './errors';

/** Global guard: signed-in and active unless @Public(); platform roles from @Roles(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const member = requestOf(context).user;
    if (!member || member.status !== MemberStatus.ACTIVE) throw new UnauthenticatedError();
    const roles = this.reflector.getAllAndOverride<PlatformRole[]>(ROLES_KEY, targets);
    if (roles?.length && member.platformRole !== PlatformRole.ADMIN) {
      if (!roles.includes(member.platformRole)) throw new ForbiddenError();
    }
    return true;
  }
}
