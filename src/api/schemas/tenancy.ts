import * as z from 'zod/mini';
import { Cursor, Id, Timestamp, described, pageOf, queryInt } from './common.js';

const Name = z.string().check(z.minLength(1), z.maxLength(200));

export const Partner = described(z.object({ id: Id, name: Name }), { id: 'Partner' });
export type Partner = z.infer<typeof Partner>;

export const Client = described(
  z.object({
    id: Id,
    partnerId: Id,
    name: Name,
    /** Users within the caller's scope. */
    userCount: z.int().check(z.minimum(0)),
    hasOwnBranding: z.boolean(),
    createdAt: Timestamp,
  }),
  { id: 'Client' },
);
export type Client = z.infer<typeof Client>;

export const ClientPage = pageOf(Client, 'ClientPage');
export type ClientPage = z.infer<typeof ClientPage>;

export const ClientListQuery = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  cursor: z.optional(Cursor),
  limit: queryInt(1, 200, 25),
});
export type ClientListQuery = z.input<typeof ClientListQuery>;

export const Agency = described(z.object({ id: Id, clientId: Id, name: Name }), { id: 'Agency' });
export type Agency = z.infer<typeof Agency>;

export const AgencyList = described(z.object({ items: z.array(Agency) }), { id: 'AgencyList' });
export type AgencyList = z.infer<typeof AgencyList>;
