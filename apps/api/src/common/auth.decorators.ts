import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import type { MemberEntity, PlatformRole } from '../members/member.entity';
import type { GraphQLContext, Locale, RequestWithMember } from './request-context';

export const PUBLIC_KEY = 'deelwijs:public';
export const ROLES_KEY = 'deelwijs:roles';

/** Reachable without signing in. Everything else requires a signed-in, active member. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Restricts to these platform roles; ADMIN always passes. */
export const Roles = (...roles: PlatformRole[]) => SetMetadata(ROLES_KEY, roles);

export function requestOf(context: ExecutionContext): RequestWithMember {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<RequestWithMember>();
}

export const CurrentMember = createParamDecorator(
  (_data: unknown, context: ExecutionContext): MemberEntity | undefined => requestOf(context).user,
);

export const ViewerLocale = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Locale =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().locale,
);
