import type { User } from '../../src/api/schemas/user.js';
import { plainUser } from '../../test/fixtures/user-record.js';

/** The client the admin stories run against. */
export const STORY_CLIENT_ID = 'acme-logistics';

/** Jeanne Martin of the Lyon agency as just created, not yet invited; stories that need her later add what changed. */
export function jeanne(overrides: Partial<User> = {}): User {
  return plainUser({
    id: 'u-jeanne',
    clientId: STORY_CLIENT_ID,
    userCode: 'JM042',
    firstName: 'Jeanne',
    lastName: 'Martin',
    email: 'jeanne.martin@acme-logistics.example',
    login: 'jeanne.martin',
    jobTitle: 'Chargée de clientèle',
    company: 'Acme Logistics',
    department: 'Service client',
    mobile: '+33 6 12 34 56 78',
    address: { street: null, zip: '69002', city: 'Lyon', country: 'FR' },
    agencyIds: ['ag-lyon'],
    licencePoolIds: ['pool-core'],
    storageQuota: '10GB',
    status: 'pending',
    invitedAt: null,
    activatedAt: null,
    createdAt: '2026-02-02T08:15:00Z',
    updatedAt: '2026-02-02T08:15:00Z',
    ...overrides,
  });
}
