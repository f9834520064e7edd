import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import passport from 'passport';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { createSessionMiddleware } from './auth/session';
import { SessionSerializer } from './auth/session.serializer';
import { AppConfig } from './config/config';
import { Secrets } from './config/secrets';

const API_EXACT = new Set(['/graphql', '/health', '/ready']);
const API_PREFIXES = ['/calendar/', '/export/'];

/** Requests for the api (sessions apply), as opposed to the SPA and its assets. */
const isApiPath = (path: string) =>
  API_EXACT.has(path) || API_PREFIXES.some((prefix) => path.startsWith(prefix));

function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** Finds the built SPA: WEB_DIST_DIR, else dist/apps/web next to the api build or the repo. */
export function findWebDist(config: AppConfig): string | undefined {
  const candidates = [
    config.WEB_DIST_DIR,
    resolve(__dirname, '../web'),
    resolve(process.cwd(), 'dist/apps/web'),
  ].filter((dir): dir is string => Boolean(dir));
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/**
 * The HTTP stack shared by `main.ts` and the integration tests: security headers, sessions in
 * PostgreSQL, Passport, and (in production) the built SPA with a history fallback.
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): () => void {
  app.set('trust proxy', trustProxyValue(config.TRUST_PROXY));
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // Mantine sets inline style attributes and injects <style> for CSS variables.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'form-action': ["'self'"],
          'upgrade-insecure-requests': config.secureCookies ? [] : null,
        },
      },
      strictTransportSecurity: config.secureCookies,
      crossOriginEmbedderPolicy: false,
    }),
  );

  const pool = (app.get(DataSource).driver as PostgresDriver).master as Pool;
  const serializer = app.get(SessionSerializer);
  const secret = app.get(Secrets).sessionSecret;
  const sessions = createSessionMiddleware(config, secret, pool, (sessionPassport, member) =>
    serializer.preload(sessionPassport, member),
  );
  const apiOnly =
    (handler: express.RequestHandler) => (req: Request, res: Response, next: NextFunction) =>
      isApiPath(req.path) ? handler(req, res, next) : next();
  app.use(apiOnly(sessions.middleware));
  app.use(apiOnly(passport.initialize()));
  app.use(apiOnly(passport.session()));

  const webDist = findWebDist(config);
  if (webDist) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.use('/assets', express.static(join(webDist, 'assets'), { immutable: true, maxAge: '1y' }));
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (!['GET', 'HEAD'].includes(req.method) || isApiPath(req.path)) return next();
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webDist, 'index.html'));
    });
  }
  return sessions.close;
}
