import connectPgSimple from 'connect-pg-simple';
import type { RequestHandler } from 'express';
import session from 'express-session';
import type { Pool } from 'pg';

import type { AppConfig } from '../config/config';

export const SESSION_COOKIE = 'deelwijs.sid';

/**
 * Server-side sessions in PostgreSQL behind an HttpOnly, SameSite=Lax cookie (Secure when
 * PUBLIC_URL is https). Returns the middleware and a close function for shutdown.
 */
export function createSessionMiddleware(
  config: AppConfig,
  pool: Pool,
): { middleware: RequestHandler; close: () => void } {
  const PgStore = connectPgSimple(session);
  const store = new PgStore({
    pool,
    tableName: 'session',
    createTableIfMissing: false,
    pruneSessionInterval: config.NODE_ENV === 'test' ? false : 15 * 60,
  });
  const middleware = session({
    name: SESSION_COOKIE,
    store,
    secret: config.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      maxAge: config.SESSION_MAX_AGE_HOURS * 3600_000,
      path: '/',
    },
  });
  return { middleware, close: () => store.close() };
}
