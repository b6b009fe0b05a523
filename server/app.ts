import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { routes } from '../src/api/routes.js';
import { authenticate } from './auth.js';
import type { Database } from './db/database.js';
import { startOutboxWorker } from './domain/mailer.js';
import type { AppEnv } from './http/env.js';
import { HttpProblem, problemResponse } from './problems.js';
import type { ServerConfig } from './config.js';
import { configFromEnv } from './config.js';
import { bindRequestLogger, loggableUrl, requestLogger } from './log.js';
import { registerBrandingRoutes } from './routes/branding.js';
import { registerImportsRoutes } from './routes/imports.js';
import { registerInvitationsRoutes } from './routes/invitations.js';
import { registerSupervisionRoutes } from './routes/supervision.js';
import { registerTenancyRoutes } from './routes/tenancy.js';
import { registerUsersRoutes } from './routes/users.js';

/** Routes that take no token (the invited user accepting, `<img>` loading an asset). */
const PUBLIC_ROUTES = Object.values(routes)
  .filter((route) => 'public' in route && route.public)
  .map((route) => ({ method: route.method.toUpperCase(), pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`) }));

const isPublic = (method: string, path: string) => PUBLIC_ROUTES.some((r) => r.method === method && r.pattern.test(path));

/** A caller's `X-Request-Id` is echoed (to follow one request through a proxy) if it looks like an id, else we make one. */
const requestIdOf = (header: string | undefined) => (header && /^[\w.:-]{1,128}$/.test(header) ? header : randomUUID());

/** The reference backend: every route of the contract, under /api/v1. */
export function createApp(db: Database, config: ServerConfig = configFromEnv()) {
  const api = new Hono<AppEnv>();
  const auth = authenticate(db, config.now);

  // Inside the sub-app the path still carries the /api/v1 prefix: compare on the contract's paths.
  const contractPath = (path: string) => path.replace(/^\/api\/v1(?=\/)/, '');

  // Imports carry up to 200,000 rows and assets 3 MB; every other body is small.
  api.use('*', async (c, next) => {
    const path = contractPath(c.req.path);
    const maxSize = path.endsWith('/imports') ? 64 * 1024 * 1024 : path === '/assets' ? 3 * 1024 * 1024 + 1 : 1024 * 1024;
    return bodyLimit({
      maxSize,
      // Answered before the body is read: close the connection, or the unread bytes break the client's next request on it.
      onError: () => {
        throw new HttpProblem(413, 'payload_too_large', 'Payload too large', `The body may be at most ${maxSize} bytes.`, undefined, { connection: 'close' });
      },
    })(c, next);
  });
  api.use('*', (c, next) => (isPublic(c.req.method, contractPath(c.req.path)) ? next() : auth(c, next)));

  registerTenancyRoutes(api, db);
  registerUsersRoutes(api, db, config);
  registerInvitationsRoutes(api, db, config);
  registerImportsRoutes(api, db, config);
  registerBrandingRoutes(api, db, config);
  registerSupervisionRoutes(api, db, config);
  // Emails the relay refused or could not take are retried in the background (with SMTP_URL only; the timer never holds the process).
  startOutboxWorker(db, config);

  const app = new Hono<AppEnv>();
  // One line per request, written after the answer: never a header, never a body, the token of a path masked.
  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = requestIdOf(c.req.header('x-request-id'));
    const log = config.logger.child({ requestId });
    bindRequestLogger(c, log);
    await next();
    c.header('x-request-id', requestId);
    const status = c.res.status;
    // Unset on public routes and when authentication failed.
    const admin = c.get('admin') as AppEnv['Variables']['admin'] | undefined;
    log[status >= 500 ? 'error' : 'info'](
      { method: c.req.method, ...loggableUrl(c.req.url), status, durationMs: Math.round((performance.now() - started) * 10) / 10, ...(admin ? { adminId: admin.id } : {}) },
      'request',
    );
  });
  app.route('/api/v1', api);
  app.notFound((c) => problemResponse(c, new HttpProblem(404, 'not_found', 'Not found', `No route for ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    // Never echo internals (or a token in a message) to the caller; the log gets the scrubbed message, no stack.
    requestLogger(c).error({ err: error, method: c.req.method, path: loggableUrl(c.req.url).path }, 'unhandled error');
    return problemResponse(c, new HttpProblem(500, 'internal', 'Internal error'));
  });
  return app;
}
