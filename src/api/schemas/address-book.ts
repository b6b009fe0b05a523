import * as z from 'zod';
import { Id, Timestamp } from './common.js';

export const SHARE_PERMISSIONS = ['read', 'write'] as const;

export const AddressBookShare = z
  .object({ userId: Id, permission: z.enum(SHARE_PERMISSIONS), sharedAt: Timestamp })
  .meta({ id: 'AddressBookShare' });
export type AddressBookShare = z.infer<typeof AddressBookShare>;

export const AddressBookGroup = z
  .object({
    id: Id,
    clientId: Id,
    name: z.string().min(1).max(120),
    contactCount: z.number().int().min(0),
    shares: z.array(AddressBookShare),
  })
  .meta({ id: 'AddressBookGroup' });
export type AddressBookGroup = z.infer<typeof AddressBookGroup>;

export const AddressBookGroupList = z.object({ items: z.array(AddressBookGroup) }).meta({ id: 'AddressBookGroupList' });
export type AddressBookGroupList = z.infer<typeof AddressBookGroupList>;

export const AddressBookGroupCreate = z
  .object({ name: z.string().trim().min(1).max(120) })
  .strict()
  .meta({ id: 'AddressBookGroupCreate' });
export type AddressBookGroupCreate = z.infer<typeof AddressBookGroupCreate>;

export const ShareRequest = z
  .object({ permission: z.enum(SHARE_PERMISSIONS) })
  .strict()
  .meta({ id: 'ShareRequest' });
export type ShareRequest = z.infer<typeof ShareRequest>;
