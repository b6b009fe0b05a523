import * as z from 'zod/mini';
import { Id, described } from './common.js';

export const ADMIN_ROLES = ['partner_admin', 'super_admin', 'admin', 'operator'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** What an admin may do; the UI hides what is missing, the server refuses it anyway. */
export const PERMISSIONS = [
  'users.read',
  'users.write',
  'users.invite',
  'users.bulk_invite',
  'users.import',
  'users.export',
  'users.supervise',
  'licences.read',
  'branding.read',
  'branding.write',
  'modules.write',
  'audit.read',
  'clients.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Where an admin's rights stop. An agency-scoped admin must never see, count,
 * export or change a user outside `agencyIds`.
 */
export const AdminScope = described(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('partner'), partnerId: Id }),
    z.object({ kind: z.literal('client'), partnerId: Id, clientId: Id }),
    z.object({ kind: z.literal('agencies'), partnerId: Id, clientId: Id, agencyIds: z.array(Id).check(z.minLength(1)) }),
  ]),
  { id: 'AdminScope' },
);
export type AdminScope = z.infer<typeof AdminScope>;

export const Me = described(
  z.object({
    id: Id,
    displayName: z.string(),
    email: z.nullable(z.email()),
    role: z.enum(ADMIN_ROLES),
    scope: AdminScope,
    permissions: z.array(z.enum(PERMISSIONS)),
    /** Set while this token is a supervision token: the session it belongs to. */
    supervisionSessionId: z._default(z.nullable(Id), null),
  }),
  { id: 'Me' },
);
export type Me = z.infer<typeof Me>;
