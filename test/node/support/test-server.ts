import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createHttpApi } from '../../../src/api/http/http-api.js';
import type { SuiteApi } from '../../../src/api/suite-api.js';
import { createApp } from '../../../server/app.js';
import { configFromEnv } from '../../../server/config.js';
import type { ServerConfig } from '../../../server/config.js';
import type { Database } from '../../../server/db/database.js';
import { openPglite } from '../../../server/db/database.js';
import { migrate } from '../../../server/db/migrate.js';
import { seedDemo } from '../../../server/seed.js';

export interface TestServer {
  db: Database;
  /** `http://127.0.0.1:PORT/api/v1` */
  baseUrl: string;
  config: ServerConfig;
  /** The kit's own HTTP client signed in with `token` (fast retries). */
  as(token: string): SuiteApi;
  /** A raw request, for what the client would refuse to send (bad bodies, missing headers). */
  fetch(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The reference backend on embedded PostgreSQL with the demo seed, reached over
 * real HTTP. `users` sizes the big client (the seed's default is 5,000; tests
 * that do not need that many ask for fewer to start faster).
 */
export async function startTestServer(options: { users?: number; config?: Partial<ServerConfig>; db?: Database } = {}): Promise<TestServer> {
  const db = options.db ?? (await openPglite());
  await migrate(db);
  await seedDemo(db, { users: options.users ?? 400 });
  // Quiet unless asked: LOG_LEVEL=debug npm test -- node shows the backend's request lines.
  const config = { ...configFromEnv({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }), ...options.config };
  const server = createServer(getRequestListener(createApp(db, config).fetch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  return {
    db,
    baseUrl,
    config,
    as: (token) => createHttpApi({ baseUrl, token, retryBaseDelayMs: 1 }),
    fetch: (path, init = {}) => {
      const { token, headers, ...rest } = init;
      return fetch(`${baseUrl}${path}`, {
        ...rest,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(rest.body && typeof rest.body === 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
      });
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
