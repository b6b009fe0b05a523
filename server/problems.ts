import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError, Problem, ProblemCode } from '../src/api/schemas/problem.js';

/** An error the routes throw on purpose; the app turns it into problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ProblemCode,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
  }
}

export const notFound = (what: string) => new HttpProblem(404, 'not_found', 'Not found', `${what} was not found`);

export function problemResponse(c: Context, problem: HttpProblem) {
  const body: Problem = {
    type: 'about:blank',
    title: problem.title,
    status: problem.status,
    code: problem.code,
    instance: c.req.path,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
  return c.body(JSON.stringify(body), problem.status, { 'content-type': 'application/problem+json' });
}
