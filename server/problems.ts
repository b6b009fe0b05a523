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
    /** Extra response headers (`Retry-After`, the current `ETag` on 412). */
    readonly headers: Record<string, string> = {},
    /** Extra members of the problem (`seatShortfalls` on `seat_limit`, `refusal` and `openSessionId` on `supervision_refused`). */
    readonly extensions: Pick<Problem, 'seatShortfalls' | 'refusal' | 'openSessionId'> = {},
  ) {
    super(detail ?? title);
  }

  toProblem(instance?: string): Problem {
    return {
      type: 'about:blank',
      title: this.title,
      status: this.status,
      code: this.code,
      ...(instance ? { instance } : {}),
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extensions,
    };
  }
}

export const notFound = (what: string) => new HttpProblem(404, 'not_found', 'Not found', `${what} was not found`);

export const forbidden = (detail: string) => new HttpProblem(403, 'forbidden', 'Forbidden', detail);

/** 403 naming `role`: only the client's super admin (or the partner) makes or unmakes a super admin. */
export const superAdminRoleRefusal = (path = 'role') =>
  new HttpProblem(403, 'forbidden', 'Forbidden', `${path}: only a super administrator can grant or remove the super administrator role.`, [
    { path, code: 'super_admin_only', message: 'only a super administrator can grant or remove this role' },
  ]);

/** A field-level 400, in the same shape the client's own validation produces. */
export const invalid = (errors: FieldError[], detail = 'Some fields are invalid.') =>
  new HttpProblem(400, 'validation_failed', 'Invalid request', detail, errors);

export function problemResponse(c: Context, problem: HttpProblem) {
  return c.body(JSON.stringify(problem.toProblem(c.req.path)), problem.status, {
    'content-type': 'application/problem+json',
    ...problem.headers,
  });
}
