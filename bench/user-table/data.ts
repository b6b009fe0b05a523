/**
 * The users every page of `npm run bench:table` shows: deterministic (same seed,
 * same users on every page and every machine), French and English names, full
 * `User` records as the API returns them. Generated in the page before any
 * measurement starts; the generation is not timed.
 */
import type { Agency } from '../../src/api/schemas/tenancy.js';
import type { LicencePool } from '../../src/api/schemas/licence-pool.js';
import type { User, UserRole, UserStatus } from '../../src/api/schemas/user.js';

export const CLIENT_ID = 'c-001';

const FR_FIRST = [
  'Léa', 'Chloé', 'Hélène', 'Camille', 'Manon', 'Inès', 'Jeanne', 'Élodie', 'Zoé', 'Anaïs', 'Margaux', 'Céline', 'Amélie', 'Noémie', 'Sophie',
  'Juliette', 'Clémence', 'Maëlle', 'Agathe', 'Béatrice', 'Françoise', 'Émilie', 'François', 'Lucas', 'Hugo', 'Thomas', 'Nathan', 'Louis',
  'Théo', 'Jérôme', 'Stéphane', 'Benoît', 'Rémi', 'Cédric', 'Gaël', 'Joël', 'Éric', 'Hervé', 'Jean-Pierre', 'Marc-Antoine', 'Loïc',
  'Raphaël', 'Antoine', 'Guillaume', 'Olivier', 'Mathéo',
];
const FR_LAST = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel',
  'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert',
  'Bonnet', 'François', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Perrin', 'Morin', 'Mathieu',
  'Clément', 'Gauthier', 'Dumont', 'Fontaine', 'Chevalier', 'Masson', 'Lemaître', 'Hébert', 'Côté', 'Gérard', 'Ménard', 'Le Gall',
];
const EN_FIRST = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophie', 'Grace', 'Lily', 'Freya', 'Charlotte', 'Harriet', 'Eleanor', 'Chloe', 'Jessica',
  'Megan', 'Hannah', 'Oliver', 'George', 'Harry', 'Jack', 'Noah', 'Charlie', 'James', 'William', 'Thomas', 'Oscar', 'Henry', 'Alfie',
  'Samuel', 'Daniel', 'Edward', 'Benjamin', 'Joseph', 'Rhys', 'Callum', 'Zoë',
];
const EN_LAST = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White',
  'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Hughes', 'Edwards', "O'Brien", 'Patel', 'Khan', 'Murphy', 'Cooper', 'Ward',
  'Harris', 'Lewis', 'Baker', 'Turner', 'Campbell', 'Morgan', 'Ashworth-Smythe', 'McAllister',
];
const FR_JOBS: readonly (readonly [string, string])[] = [
  ['Chargée de clientèle', 'Service client'], ['Comptable', 'Comptabilité'], ['Responsable RH', 'Ressources humaines'],
  ['Directeur commercial', 'Commercial'], ['Technicien support', 'Support'], ['Chef de projet', 'Informatique'], ['Juriste', 'Juridique'],
];
const EN_JOBS: readonly (readonly [string, string])[] = [
  ['Account Manager', 'Sales'], ['Accountant', 'Finance'], ['HR Manager', 'Human Resources'], ['Support Technician', 'Support'],
  ['Project Manager', 'IT'], ['Legal Counsel', 'Legal'], ['Operations Manager', 'Operations'],
];
const STATUS_MIX: readonly (readonly [UserStatus, number])[] = [['active', 55], ['invited', 12], ['pending', 10], ['inactive', 12], ['banned', 3], ['closed', 8]];
const ROLE_MIX: readonly (readonly [UserRole, number])[] = [['user', 93], ['operator', 4], ['admin', 2.9], ['super_admin', 0.1]];
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DAY = 86_400_000;
/** Fixed, so the data (dates included) is the same whatever day the benchmark runs. */
const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);

export const AGENCIES: Agency[] = ['Paris', 'Lyon', 'Lille', 'Nantes', 'Bordeaux', 'London', 'Manchester', 'Leeds'].map((city, i) => ({
  id: `a-${String(i + 1).padStart(2, '0')}`,
  clientId: CLIENT_ID,
  name: `Agence ${city}`,
}));

/** sfc32: small, fast, deterministic. */
function generator(seed: number) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Accent- and case-insensitive sort key, as the server's `last_name_key`. */
export const sortKey = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export interface BenchData {
  users: User[];
  agencies: Agency[];
  pools: LicencePool[];
}

/**
 * `count` users, sorted as the API's default sort (`lastName`, then first name,
 * then id): the first row on screen is `users[0]`, the last `users[count - 1]`.
 */
export function makeUsers(count: number, seed = 20261102): BenchData {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const weighted = <T>(mix: readonly (readonly [T, number])[]): T => {
    const total = mix.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [value, w] of mix) if ((r -= w) < 0) return value;
    return mix[mix.length - 1]![0];
  };
  const seen = new Map<string, number>();
  const users: User[] = new Array(count);
  let corePoolUsed = 0;
  for (let i = 0; i < count; i++) {
    const french = random() < 0.62;
    const firstName = pick(french ? FR_FIRST : EN_FIRST);
    const lastName = pick(french ? FR_LAST : EN_LAST);
    const base = `${slug(firstName)}.${slug(lastName)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const login = n === 1 ? base : `${base}${n}`;
    const status = weighted(STATUS_MIX);
    const role = weighted(ROLE_MIX);
    const createdAt = NOW - Math.floor(random() * 1500) * DAY - Math.floor(random() * DAY);
    const invited = status !== 'pending';
    const invitedAt = invited ? Math.min(NOW - DAY, createdAt + Math.floor(random() * 30) * DAY) : null;
    const activated = status === 'active' || status === 'inactive' || status === 'banned' || status === 'closed';
    const [jobTitle, department] = pick(french ? FR_JOBS : EN_JOBS);
    const agency = AGENCIES[(french ? 0 : 5) + Math.floor(random() * (french ? 5 : 3))]!;
    let code = '';
    for (let k = 0; k < 7; k++) code += CODE_ALPHABET[Math.floor(random() * 32)];
    if (status === 'active' || status === 'invited') corePoolUsed++;
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    users[i] = {
      id: `u-${String(i + 1).padStart(6, '0')}`,
      clientId: CLIENT_ID,
      userCode: code,
      firstName,
      lastName,
      email: random() < 0.04 ? null : `${login}@${french ? 'exemple.fr' : 'example.co.uk'}`,
      login,
      role,
      mailLanguage: french ? 'fr' : 'en',
      jobTitle,
      company: null,
      department,
      phone: null,
      mobile: null,
      address: { street: null, zip: null, city: null, country: french ? 'FR' : 'GB' },
      biography: null,
      agencyIds: [agency.id],
      licencePoolIds: ['lp-core'],
      accountType: 'user',
      ownerLogin: null,
      visibility: 'PUBLIC',
      modificationPrevention: false,
      twoFactor: 'NONE',
      suspensionDate: null,
      expirationMode: 'DEFAULT',
      creationNotification: true,
      storageQuota: '10GB',
      backupQuota: null,
      capabilities: { remoteManagement: false, supportManagement: false },
      status,
      statusReason: status === 'banned' ? (french ? 'Compte compromis' : 'Account compromised') : null,
      invitedAt: iso(invitedAt),
      activatedAt: activated ? iso(invitedAt! + DAY) : null,
      lastSignInAt: activated ? iso(NOW - Math.floor(random() * 90) * DAY) : null,
      mustChangePassword: false,
      hasApiKey: false,
      createdAt: iso(createdAt)!,
      updatedAt: iso(createdAt)!,
    };
  }
  const keyed = users.map((user) => ({ user, last: sortKey(user.lastName), first: sortKey(user.firstName) }));
  keyed.sort((x, y) =>
    x.last < y.last ? -1 : x.last > y.last ? 1 : x.first < y.first ? -1 : x.first > y.first ? 1 : x.user.id < y.user.id ? -1 : 1,
  );
  const pools: LicencePool[] = [
    { id: 'lp-core', clientId: CLIENT_ID, key: 'core', name: 'Core', kind: 'user', total: corePoolUsed + 40, used: corePoolUsed, remaining: 40 },
    { id: 'lp-ops', clientId: CLIENT_ID, key: 'operators', name: 'Operators', kind: 'operator', total: 50, used: 0, remaining: 50 },
  ];
  return { users: keyed.map((k) => k.user), agencies: AGENCIES, pools };
}

/** The five columns the peer and the bare candidates render (ours renders its own). */
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
export const COLUMNS: readonly { header: string; text: (user: User) => string }[] = [
  { header: 'Name', text: (u) => `${u.firstName} ${u.lastName}` },
  { header: 'Email', text: (u) => u.email ?? '—' },
  { header: 'Login', text: (u) => u.login },
  { header: 'Role', text: (u) => u.role },
  { header: 'Status', text: (u) => (u.status === 'invited' && u.invitedAt ? `invited on ${dateFormat.format(new Date(u.invitedAt))}` : u.status) },
];

/** Text unique to a user that every table shows: how the harness finds its row. */
export const rowMarker = (user: User) => user.login;
