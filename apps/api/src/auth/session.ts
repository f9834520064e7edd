import connectPgSimple from 'connect-pg-simple';
import type { RequestHandler } from 'express';
import session from 'express-session';
import type { Pool } from 'pg';

import type { AppConfig } from '../config/config';

export const SESSION_COOKIE = 'deelwijs.sid';

/**
 * Reads a session together with its signed-in member, in one statement: the member row (active
 * ones only, without the password hash) is handed to `onMember` with the session's `passport`
 * object, which Passport's deserializer then finds on `req.session`.
 */
const SESSION_WITH_MEMBER_SQL = /* sql */ `
SELECT s.sess,
       (SELECT to_jsonb(m) - 'password_hash' FROM member m
         WHERE m.status = 'ACTIVE'
           AND m.id = CASE WHEN s.sess #>> '{passport,user}' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                           THEN (s.sess #>> '{passport,user}')::uuid END) AS member
  FROM session s
 WHERE s.sid = $1 AND s.expire >= now()`;

export type SessionMemberHandler = (
  passport: object,
  member: Record<string, unknown> | null,
) => void;

/**
 * Server-side sessions in PostgreSQL behind an HttpOnly, SameSite=Lax cookie (Secure when
 * PUBLIC_URL is https), signed with the installation's secret (config/secrets.ts). Returns the
 * middleware and a close function for shutdown.
 */
export function createSessionMiddleware(
  config: AppConfig,
  secret: string,
  pool: Pool,
  onMember?: SessionMemberHandler,
): { middleware: RequestHandler; close: () => void } {
  const PgStore = connectPgSimple(session);
  const store = new PgStore({
    pool,
    tableName: 'session',
    createTableIfMissing: false,
    pruneSessionInterval: config.NODE_ENV === 'test' ? false : 15 * 60,
  });
  if (onMember) readMemberWithSession(store, pool, onMember);
  throttleTouch(store);
  const middleware = session({
    name: SESSION_COOKIE,
    store,
    secret,
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

/** Replaces the store's read with one that also reads the session's member (see above). */
function readMemberWithSession(store: session.Store, pool: Pool, onMember: SessionMemberHandler) {
  store.get = (sid, callback) => {
    pool.query(SESSION_WITH_MEMBER_SQL, [sid]).then(
      ({ rows: [row] }) => {
        if (!row) return callback(null, null);
        const sess = row.sess as session.SessionData & { passport?: object };
        if (sess.passport) onMember(sess.passport, row.member);
        callback(null, sess);
      },
      (error: Error) => callback(error),
    );
  };
}
