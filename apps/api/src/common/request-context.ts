import type { Request, Response } from 'express';

import type { MemberEntity } from '../members/member.entity';

export type Locale = 'nl' | 'en';

export interface RequestWithMember extends Request {
  user?: MemberEntity;
}

/** The GraphQL context of one request. `loaders` holds per-request DataLoaders by key. */
export interface GraphQLContext {
  req: RequestWithMember;
  res: Response;
  locale: Locale;
  loaders: Map<unknown, unknown>;
}

export function resolveLocale(req: RequestWithMember): Locale {
  const header = (req.headers['accept-language'] ?? '').toString().trim().toLowerCase();
  if (header.startsWith('en')) return 'en';
  if (header.startsWith('nl')) return 'nl';
  return req.user?.locale === 'en' ? 'en' : 'nl';
}

export function createGraphQLContext({
  req,
  res,
}: {
  req: RequestWithMember;
  res: Response;
}): GraphQLContext {
  return { req, res, locale: resolveLocale(req), loaders: new Map() };
}

/** Returns the request's loader for `key`, creating it once per request. */
export function requestLoader<T>(ctx: GraphQLContext, key: unknown, create: () => T): T {
  let loader = ctx.loaders.get(key) as T | undefined;
  if (!loader) {
    loader = create();
    ctx.loaders.set(key, loader);
  }
  return loader;
}
