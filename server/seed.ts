import { createHash } from 'node:crypto';
import type { Database, Queryable } from './db/database.js';

/** Fixed demo tokens, documented in the README; stored only as digests. */
export const DEMO_TOKENS = {
  'demo-partner': 'partner admin, every client of the partner',
  'demo-super': 'super admin of the big client',
  'demo-agency': 'admin of the big client, scoped to two of its agencies',
} as const;

export const tokenDigest = (token: string) => createHash('sha256').update(token).digest('hex');

export const DEMO_PARTNER_ID = 'p-nordlys';
export const BIG_CLIENT_ID = 'c-001';
export const OVER_ALLOCATED_CLIENT_ID = 'c-007';

const CLIENT_NAMES = [
  'Atelier Lumière', 'Boulangerie Martin', 'Cabinet Durand Avocats', 'Dupont Logistique', 'Éditions Bernard', 'Ferme du Vallon',
  'Garage Petit', 'Harbourview Dental', 'Imprimerie Moreau', 'Juniper Legal LLP', 'Kestrel Engineering', 'Librairie Fournier',
  'Maple & Oak Interiors', 'Notaires Girard', 'Optique Lambert', 'Pharmacie Bonnet', 'Quayside Accounting', 'Restaurant Le Gall',
  'Studio Rousseau', 'Thornbury Consulting', 'Union Transports', 'Vignobles Mercier', 'Westfield Clinics', 'Xavier Immobilier',
  'Yellowstone Media', 'Zéphyr Voyages', 'Agence Blanc', 'Brightwater Schools', 'Clinique Faure', 'Dubois & Fils',
  'Elmstead Property', 'Fontaine Assurances', 'Greenway Couriers', 'Hôtel Chevalier', 'Ironbridge Capital', 'Jardins Roux',
  'Kingsley Architects', 'Laboratoires Vincent', 'Mistral Énergie', 'Northgate Retail',
];
const AGENCY_NAMES = ['Paris', 'Lyon', 'Lille', 'Nantes', 'Bordeaux', 'London', 'Manchester'];
const FIRST = ['Jeanne', 'Lucas', 'Camille', 'Hugo', 'Léa', 'Thomas', 'Chloé', 'Nathan', 'Emma', 'Louis', 'Olivia', 'James', 'Amelia', 'Oliver', 'Sophie', 'Noah'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Lefèvre', 'Garnier'];

/** A small deterministic generator: the demo looks the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const STATUSES = ['active', 'active', 'active', 'invited', 'pending', 'inactive', 'banned', 'closed'] as const;

async function insertMany(tx: Queryable, table: string, columns: string[], rows: unknown[][]) {
  const chunk = 500;
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk);
    const values = slice.map((row, r) => `(${row.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
    await tx.query(`insert into ${table} (${columns.join(', ')}) values ${values}`, slice.flat());
  }
}

/** Seeds the demo partner, clients, agencies, pools, admins and some users, once. */
export async function seedDemo(db: Database): Promise<boolean> {
  const [existing] = await db.query<{ n: number }>('select count(*)::int as n from partners');
  if ((existing?.n ?? 0) > 0) return false;
  const next = random(42);
  await db.transaction(async (tx) => {
    await tx.query('insert into partners (id, name) values ($1, $2)', [DEMO_PARTNER_ID, 'Nordlys Telecom']);
    const clients: unknown[][] = [];
    const agencies: unknown[][] = [];
    const pools: unknown[][] = [];
    const users: unknown[][] = [];
    const seats: unknown[][] = [];
    CLIENT_NAMES.forEach((name, index) => {
      const clientId = `c-${String(index + 1).padStart(3, '0')}`;
      clients.push([clientId, DEMO_PARTNER_ID, name]);
      const agencyIds = AGENCY_NAMES.slice(0, 2 + (index % 4)).map((agency, a) => {
        const id = `${clientId}-a${a + 1}`;
        agencies.push([id, clientId, `${name} ${agency}`]);
        return id;
      });
      const userCount = clientId === BIG_CLIENT_ID ? 120 : 8 + Math.floor(next() * 40);
      const coreTotal = clientId === OVER_ALLOCATED_CLIENT_ID ? Math.floor(userCount / 3) : userCount + 5 + Math.floor(next() * 20);
      pools.push([`${clientId}-core`, clientId, 'core', 'Core', 'user', coreTotal]);
      pools.push([`${clientId}-ops`, clientId, 'operator', 'Operators', 'operator', 3]);
      for (let u = 0; u < userCount; u++) {
        const userId = `${clientId}-u${u + 1}`;
        const first = FIRST[Math.floor(next() * FIRST.length)]!;
        const last = LAST[Math.floor(next() * LAST.length)]!;
        const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
        const email = next() < 0.05 ? null : `${first}.${last}.${u + 1}@example.com`.toLowerCase();
        users.push([userId, clientId, agencyIds[u % agencyIds.length], first, last, email, status]);
        // Over-allocation comes from a migration: every user holds a core seat there.
        if (clientId === OVER_ALLOCATED_CLIENT_ID || status !== 'closed') seats.push([userId, `${clientId}-core`]);
      }
    });
    await insertMany(tx, 'clients', ['id', 'partner_id', 'name'], clients);
    await insertMany(tx, 'agencies', ['id', 'client_id', 'name'], agencies);
    await insertMany(tx, 'licence_pools', ['id', 'client_id', 'key', 'name', 'kind', 'total'], pools);
    await insertMany(tx, 'users', ['id', 'client_id', 'agency_id', 'first_name', 'last_name', 'email', 'status'], users);
    await insertMany(tx, 'user_licence_pools', ['user_id', 'pool_id'], seats);
    // A migration brought every user of this client in active: more seats used than bought.
    await tx.query(`update users set status = 'active' where client_id = $1`, [OVER_ALLOCATED_CLIENT_ID]);
    await insertMany(tx, 'admins', ['id', 'partner_id', 'client_id', 'role', 'display_name', 'email', 'agency_ids'], [
      ['adm-partner', DEMO_PARTNER_ID, null, 'partner_admin', 'Paula Partner', 'paula@nordlys.example', []],
      ['adm-super', DEMO_PARTNER_ID, BIG_CLIENT_ID, 'super_admin', 'Sam Super', 'sam@atelier-lumiere.example', []],
      ['adm-agency', DEMO_PARTNER_ID, BIG_CLIENT_ID, 'admin', 'Alex Agency', 'alex@atelier-lumiere.example', [`${BIG_CLIENT_ID}-a1`, `${BIG_CLIENT_ID}-a2`]],
    ]);
    await insertMany(tx, 'admin_tokens', ['token_sha256', 'admin_id'], [
      [tokenDigest('demo-partner'), 'adm-partner'],
      [tokenDigest('demo-super'), 'adm-super'],
      [tokenDigest('demo-agency'), 'adm-agency'],
    ]);
  });
  return true;
}
