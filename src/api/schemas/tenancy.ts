import * as z from 'zod';
import { Id, Timestamp, pageOf } from './common.js';

export const Partner = z.object({ id: Id, name: z.string().min(1).max(200) }).meta({ id: 'Partner' });
export type Partner = z.infer<typeof Partner>;

export const Client = z
  .object({
    id: Id,
    partnerId: Id,
    name: z.string().min(1).max(200),
    /** Users within the caller's scope. */
    userCount: z.number().int().min(0),
    hasOwnBranding: z.boolean(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Client' });
export type Client = z.infer<typeof Client>;

export const ClientPage = pageOf(Client, 'ClientPage');
export type ClientPage = z.infer<typeof ClientPage>;

export const ClientListQuery = z.object({
  q: z.string().max(200).optional(),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(25),
});
export type ClientListQuery = z.input<typeof ClientListQuery>;

export const Agency = z.object({ id: Id, clientId: Id, name: z.string().min(1).max(200) }).meta({ id: 'Agency' });
export type Agency = z.infer<typeof Agency>;

export const AgencyList = z.object({ items: z.array(Agency) }).meta({ id: 'AgencyList' });
export type AgencyList = z.infer<typeof AgencyList>;
