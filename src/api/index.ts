/** The contract and its HTTP client: usable without any element (a partner's own UI, a Node script). */
export * from './schemas/index.js';
export * from './errors.js';
export type * from './suite-api.js';
export { routes, fillPath } from './routes.js';
export type { RouteName, RouteSpec } from './routes.js';
export { createHttpApi } from './http/http-api.js';
export type { HttpApiOptions } from './http/http-api.js';
export { newIdempotencyKey } from './http/transport.js';
