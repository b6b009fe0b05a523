import * as z from 'zod/mini';
import { Id, Timestamp, described } from './common.js';

export const SHARE_PERMISSIONS = ['read', 'write'] as const;

export const AddressBookShare = described(z.object({ userId: Id, permission: z.enum(SHARE_PERMISSIONS), sharedAt: Timestamp }), {
  id: 'AddressBookShare',
});
export type AddressBookShare = z.infer<typeof AddressBookShare>;

const GroupName = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));

export const AddressBookGroup = described(
  z.object({
    id: Id,
    clientId: Id,
    name: GroupName,
    contactCount: z.int().check(z.minimum(0)),
    shares: z.array(AddressBookShare),
  }),
  { id: 'AddressBookGroup' },
);
export type AddressBookGroup = z.infer<typeof AddressBookGroup>;

export const AddressBookGroupList = described(z.object({ items: z.array(AddressBookGroup) }), { id: 'AddressBookGroupList' });
export type AddressBookGroupList = z.infer<typeof AddressBookGroupList>;

export const AddressBookGroupCreate = described(z.strictObject({ name: GroupName }), { id: 'AddressBookGroupCreate' });
export type AddressBookGroupCreate = z.infer<typeof AddressBookGroupCreate>;

export const ShareRequest = described(z.strictObject({ permission: z.enum(SHARE_PERMISSIONS) }), { id: 'ShareRequest' });
export type ShareRequest = z.infer<typeof ShareRequest>;
