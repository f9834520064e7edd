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
  throttleTouch(store);
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

const TOUCH_EVERY_MS = 10 * 60_000;

/**
 * A rolling session must have its expiry extended in PostgreSQL, but not on every request: that
 * write is most of what a signed-in request costs. Each process extends a session at most once
 * per 10 minutes (the expiry is days away, so a few minutes' slack changes nothing).
 */
function throttleTouch(store: session.Store) {
  const touch = store.touch?.bind(store);
  if (!touch) return;
  const lastTouched = new Map<string, number>();
  store.touch = (sid, data, callback) => {
    const now = Date.now();
    if (now - (lastTouched.get(sid) ?? 0) < TOUCH_EVERY_MS) return callback?.();
    if (lastTouched.size > 50_000) lastTouched.clear();
    lastTouched.set(sid, now);
    touch(sid, data, callback);
  };
}
