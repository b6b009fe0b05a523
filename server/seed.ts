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

export interface SeedOptions {
  /** Users of the big client (`c-001`); 5,000 by default, 100,000 for the benchmark. */
  users?: number;
  /**
   * The moment generated dates count back from. Defaults to the start of the
   * current UTC day: two machines seeding on the same day get identical data,
   * and "invited on" stays recent whenever the demo is seeded.
   */
  now?: Date;
}

const DEFAULT_BIG_CLIENT_USERS = 5_000;
/** Seats c-001 keeps free so invitations succeed in demos and tests. */
const BIG_CLIENT_FREE_CORE_SEATS = 40;

const CLIENT_NAMES = [
  'Atelier Lumière', 'Boulangerie Martin', 'Cabinet Durand Avocats', 'Dupont Logistique', 'Éditions Bernard', 'Ferme du Vallon',
  'Garage Petit', 'Harbourview Dental', 'Imprimerie Moreau', 'Juniper Legal LLP', 'Kestrel Engineering', 'Librairie Fournier',
  'Maple & Oak Interiors', 'Notaires Girard', 'Optique Lambert', 'Pharmacie Bonnet', 'Quayside Accounting', 'Restaurant Le Gall',
  'Studio Rousseau', 'Thornbury Consulting', 'Union Transports', 'Vignobles Mercier', 'Westfield Clinics', 'Xavier Immobilier',
  'Yellowstone Media', 'Zéphyr Voyages', 'Agence Blanc', 'Brightwater Schools', 'Clinique Faure', 'Dubois & Fils',
  'Elmstead Property', 'Fontaine Assurances', 'Greenway Couriers', 'Hôtel Chevalier', 'Ironbridge Capital', 'Jardins Roux',
  'Kingsley Architects', 'Laboratoires Vincent', 'Mistral Énergie', 'Northgate Retail',
];
/** Clients based in the UK: English staff, English mail, UK phone numbers and sites. */
const UK_CLIENTS = new Set([
  'Harbourview Dental', 'Juniper Legal LLP', 'Kestrel Engineering', 'Maple & Oak Interiors', 'Quayside Accounting', 'Thornbury Consulting',
  'Westfield Clinics', 'Yellowstone Media', 'Brightwater Schools', 'Elmstead Property', 'Greenway Couriers', 'Ironbridge Capital',
  'Kingsley Architects', 'Northgate Retail',
]);

type Country = 'FR' | 'GB';

interface Site {
  city: string;
  /** Area code of the site's fixed lines, as dialled from abroad. */
  area: string;
}
const SITES: Record<Country, Site[]> = {
  FR: [
    { city: 'Paris', area: '1' }, { city: 'Lyon', area: '4' }, { city: 'Lille', area: '3' }, { city: 'Nantes', area: '2' },
    { city: 'Bordeaux', area: '5' }, { city: 'Marseille', area: '4' }, { city: 'Toulouse', area: '5' },
  ],
  GB: [{ city: 'London', area: '20' }, { city: 'Manchester', area: '161' }, { city: 'Birmingham', area: '121' }, { city: 'Leeds', area: '113' }, { city: 'Bristol', area: '117' }],
};

type MailLanguage = 'fr' | 'en' | 'de' | 'nl' | 'es' | 'it' | 'pt-br' | 'zh-cn' | 'ja' | 'th';

/** First and last names by the mail language their bearers usually pick. */
const NAMES: Record<MailLanguage, { first: readonly string[]; last: readonly string[] }> = {
  fr: {
    first: [
      'Léa', 'Chloé', 'Hélène', 'Camille', 'Manon', 'Inès', 'Jeanne', 'Élodie', 'Zoé', 'Anaïs', 'Margaux', 'Céline', 'Amélie', 'Noémie', 'Sophie',
      'Juliette', 'Clémence', 'Maëlle', 'Agathe', 'Béatrice', 'Françoise', 'Émilie', 'François', 'Lucas', 'Hugo', 'Thomas', 'Nathan', 'Louis',
      'Théo', 'Jérôme', 'Stéphane', 'Benoît', 'Rémi', 'Cédric', 'Gaël', 'Joël', 'Éric', 'Hervé', 'Jean-Pierre', 'Marc-Antoine', 'Loïc',
      'Raphaël', 'Antoine', 'Guillaume', 'Olivier', 'Mathéo',
    ],
    last: [
      'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel',
      'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert',
      'Bonnet', 'François', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Perrin', 'Morin', 'Mathieu',
      'Clément', 'Gauthier', 'Dumont', 'Fontaine', 'Chevalier', 'Masson', 'Lemaître', 'Hébert', 'Côté', 'Gérard', 'Ménard', 'Le Gall',
    ],
  },
  en: {
    first: [
      'Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophie', 'Grace', 'Lily', 'Freya', 'Charlotte', 'Harriet', 'Eleanor', 'Chloe', 'Jessica',
      'Megan', 'Hannah', 'Oliver', 'George', 'Harry', 'Jack', 'Noah', 'Charlie', 'James', 'William', 'Thomas', 'Oscar', 'Henry', 'Alfie',
      'Samuel', 'Daniel', 'Edward', 'Benjamin', 'Joseph', 'Rhys', 'Callum', 'Zoë',
    ],
    last: [
      'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White',
      'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Hughes', 'Edwards', "O'Brien", 'Patel', 'Khan', 'Murphy', 'Cooper', 'Ward',
      'Harris', 'Lewis', 'Baker', 'Turner', 'Campbell', 'Morgan', 'Ashworth-Smythe', 'McAllister',
    ],
  },
  de: {
    first: ['Jürgen', 'Lukas', 'Anna', 'Jörg', 'Sören', 'Katrin', 'Maximilian', 'Lena', 'Günther', 'Jana'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Schäfer', 'Becker', 'Hoffmann', 'Köhler', 'Krüger', 'Weiß', 'Groß'],
  },
  nl: {
    first: ['Daan', 'Sanne', 'Sem', 'Lotte', 'Bram', 'Fleur', 'Joris', 'Anouk'],
    last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'van Dijk', 'Smit'],
  },
  es: {
    first: ['Lucía', 'Sofía', 'Martín', 'Mateo', 'Álvaro', 'Begoña', 'Javier', 'Nuria'],
    last: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Muñoz', 'Ibáñez'],
  },
  it: {
    first: ['Giulia', 'Francesca', 'Niccolò', 'Lorenzo', 'Matteo', 'Chiara', 'Alessandro', 'Federica'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'De Luca'],
  },
  'pt-br': {
    first: ['João', 'Gabriel', 'Ana', 'Beatriz', 'Luíza', 'Thiago', 'Letícia', 'Vinícius'],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Conceição', 'Araújo', 'Gonçalves', 'Magalhães'],
  },
  'zh-cn': {
    first: ['Wei', 'Fang', 'Min', 'Jing', 'Lei', 'Xiuying', 'Hao', 'Yan'],
    last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao'],
  },
  ja: {
    first: ['Yuki', 'Haruto', 'Sakura', 'Ren', 'Aoi', 'Sōta', 'Hina', 'Kenji'],
    last: ['Satō', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Itō', 'Yamamoto', 'Nakamura'],
  },
  th: {
    first: ['Somchai', 'Niran', 'Malee', 'Kanya', 'Anong', 'Chaiwat', 'Ploy', 'Arthit'],
    last: ['Srisuk', 'Wongsa', 'Chaiyaporn', 'Saetang', 'Boonmee', 'Kittisak', 'Rattanakorn'],
  },
};

/** Mostly the country's language, a few colleagues from elsewhere. */
const LANGUAGE_MIX: Record<Country, readonly (readonly [MailLanguage, number])[]> = {
  FR: [['fr', 600], ['en', 280], ['de', 30], ['nl', 20], ['es', 20], ['it', 20], ['pt-br', 10], ['zh-cn', 7], ['ja', 7], ['th', 6]],
  GB: [['en', 650], ['fr', 230], ['de', 30], ['nl', 20], ['es', 20], ['it', 20], ['pt-br', 10], ['zh-cn', 7], ['ja', 7], ['th', 6]],
};

const JOBS: Record<Country, readonly { title: string; department: string }[]> = {
  FR: [
    { title: 'Chargée de clientèle', department: 'Service client' }, { title: 'Conseiller clientèle', department: 'Service client' },
    { title: 'Comptable', department: 'Comptabilité' }, { title: 'Contrôleur de gestion', department: 'Finance' },
    { title: 'Responsable RH', department: 'Ressources humaines' }, { title: 'Chargée de recrutement', department: 'Ressources humaines' },
    { title: 'Directeur commercial', department: 'Commercial' }, { title: 'Commercial sédentaire', department: 'Commercial' },
    { title: 'Technicien support', department: 'Support' }, { title: 'Assistante de direction', department: 'Direction' },
    { title: 'Chef de projet', department: 'Informatique' }, { title: 'Développeur', department: 'Informatique' },
    { title: 'Juriste', department: 'Juridique' }, { title: 'Responsable logistique', department: 'Logistique' },
    { title: 'Chargé de communication', department: 'Marketing' }, { title: 'Réceptionniste', department: 'Accueil' },
  ],
  GB: [
    { title: 'Account Manager', department: 'Sales' }, { title: 'Customer Service Advisor', department: 'Customer Service' },
    { title: 'Accountant', department: 'Finance' }, { title: 'Financial Controller', department: 'Finance' },
    { title: 'HR Manager', department: 'Human Resources' }, { title: 'Recruiter', department: 'Human Resources' },
    { title: 'Sales Director', department: 'Sales' }, { title: 'Support Technician', department: 'Support' },
    { title: 'Executive Assistant', department: 'Management' }, { title: 'Project Manager', department: 'IT' },
    { title: 'Software Developer', department: 'IT' }, { title: 'Legal Counsel', department: 'Legal' },
    { title: 'Operations Manager', department: 'Operations' }, { title: 'Marketing Executive', department: 'Marketing' },
    { title: 'Receptionist', department: 'Front Office' },
  ],
};

const BAN_REASONS: Record<Country, readonly string[]> = {
  FR: ['Tentatives de hameçonnage depuis ce compte', 'Compte compromis, en attente d’enquête', 'Non-respect des conditions d’utilisation', 'Partage d’identifiants constaté'],
  GB: ['Repeated phishing attempts from this account', 'Account compromised, pending investigation', 'Breach of the acceptable use policy', 'Credentials shared with a third party'],
};
/** Inactive users with this reason got there through their suspension date, which is then in the past. */
const SUSPENSION_REACHED: Record<Country, string> = { FR: 'Date de suspension atteinte', GB: 'Suspension date reached' };
const DEACTIVATION_REASONS: Record<Country, readonly string[]> = {
  FR: ['Congé parental', 'Arrêt longue durée', 'Mission terminée', SUSPENSION_REACHED.FR],
  GB: ['Parental leave', 'Long-term sick leave', 'Contract ended', SUSPENSION_REACHED.GB],
};
const CLOSE_REASONS: Record<Country, readonly string[]> = {
  FR: ['A quitté l’entreprise', 'Doublon supprimé', 'Départ en retraite'],
  GB: ['Left the company', 'Duplicate account', 'Retired'],
};
const CONTACT_COMPANIES = ['Fiduciaire Lemoine', 'Cabinet Aubry Conseil', 'Northwind Traders', 'Contoso Ltd', 'Fabrikam Services', 'Sécurité Plus', 'Brightline Audit'];
const STORAGE_QUOTAS = ['512MB', '5GB', '10GB', '20GB', '50GB'];
const BACKUP_QUOTAS = ['1GB', '10GB', '50GB', '100GB'];

type Status = 'pending' | 'invited' | 'active' | 'inactive' | 'banned' | 'closed';
const STATUSES: readonly Status[] = ['pending', 'invited', 'active', 'inactive', 'banned', 'closed'];
const STATUS_MIX: readonly (readonly [Status, number])[] = [['active', 55], ['invited', 12], ['pending', 10], ['inactive', 12], ['banned', 3], ['closed', 8]];
const CONTACT_STATUS_MIX: readonly (readonly [Status, number])[] = [['active', 60], ['pending', 30], ['inactive', 10]];
const TWO_FACTOR_MIX: readonly (readonly ['NONE' | 'TOTP' | 'SMS' | 'FIDO2', number])[] = [['NONE', 70], ['TOTP', 15], ['SMS', 10], ['FIDO2', 5]];
const SEAT_USING: ReadonlySet<Status> = new Set(['invited', 'active']);
type Role = 'super_admin' | 'admin' | 'operator' | 'user';
/** Every client starts with its super admin, one user per status, an admin and an operator: even a tiny seed shows them all. */
const FIRST_USERS: readonly { status: Status; role: Role }[] = [
  { status: 'active', role: 'super_admin' },
  ...STATUSES.map((status) => ({ status, role: 'user' as const })),
  { status: 'active', role: 'admin' },
  { status: 'invited', role: 'operator' },
];

const DAY = 86_400_000;
/** Crockford's base32: no I, L, O or U to misread on the phone. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
type ColumnType = 'text' | 'integer' | 'boolean' | 'timestamptz' | 'text[]';

/** sfc32: small, fast and deterministic, so the demo looks the same on every machine. */
function generator(seed: number) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    weighted: <T>(mix: readonly (readonly [T, number])[]): T => {
      let roll = next() * mix.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [value, weight] of mix) if ((roll -= weight) < 0) return value;
      return mix[mix.length - 1]![0];
    },
    digits: (count: number) => Array.from({ length: count }, () => String(int(0, 9))).join(''),
  };
}
type Random = ReturnType<typeof generator>;

const seedOf = (text: string) => createHash('sha256').update(text).digest().readUInt32BE(0);

/** `Lefèvre` -> `lefevre`, `O'Brien` -> `obrien`, `van den Berg` -> `vandenberg`, `Weiß` -> `weiss`: logins and emails stay ASCII. */
function asciiSlug(text: string): string {
  const known = slugs.get(text);
  if (known !== undefined) return known;
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  slugs.set(text, slug);
  return slug;
}
/** Names repeat thousands of times at 100,000 users: each is folded once. */
const slugs = new Map<string, string>();

/** `Maple & Oak Interiors` -> `maple-oak-interiors.example`. */
const emailDomain = (clientName: string) =>
  `${clientName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.example`;

/** Exactly the columns seeded; everything else keeps the migration's default. */
interface UserRow {
  id: string;
  client_id: string;
  agency_ids: string[];
  first_name: string;
  last_name: string;
  email: string | null;
  status: Status;
  status_reason: string | null;
  user_code: string;
  login: string;
  role: Role;
  mail_language: MailLanguage;
  job_title: string | null;
  company: string | null;
  department: string | null;
  phone: string | null;
  mobile: string | null;
  city: string | null;
  country: Country | null;
  account_type: 'user' | 'contact';
  owner_login: string | null;
  visibility: 'PUBLIC' | 'PRIVATE';
  modification_prevention: boolean;
  two_factor: 'NONE' | 'TOTP' | 'SMS' | 'FIDO2';
  suspension_date: string | null;
  expiration_mode: 'DEFAULT' | 'DISABLED';
  creation_notification: boolean;
  storage_quota: string | null;
  backup_quota: string | null;
  remote_management: boolean;
  support_management: boolean;
  invited_at: string | null;
  activated_at: string | null;
  last_sign_in_at: string | null;
  must_change_password: boolean;
  created_at: string;
  updated_at: string;
}
const USER_COLUMNS = [
  ['id', 'text'], ['client_id', 'text'], ['agency_ids', 'text[]'], ['first_name', 'text'], ['last_name', 'text'], ['email', 'text'],
  ['status', 'text'], ['status_reason', 'text'], ['user_code', 'text'], ['login', 'text'], ['role', 'text'], ['mail_language', 'text'],
  ['job_title', 'text'], ['company', 'text'], ['department', 'text'], ['phone', 'text'], ['mobile', 'text'], ['city', 'text'], ['country', 'text'],
  ['account_type', 'text'], ['owner_login', 'text'], ['visibility', 'text'], ['modification_prevention', 'boolean'], ['two_factor', 'text'],
  ['suspension_date', 'timestamptz'], ['expiration_mode', 'text'], ['creation_notification', 'boolean'], ['storage_quota', 'text'],
  ['backup_quota', 'text'], ['remote_management', 'boolean'], ['support_management', 'boolean'], ['invited_at', 'timestamptz'],
  ['activated_at', 'timestamptz'], ['last_sign_in_at', 'timestamptz'], ['must_change_password', 'boolean'], ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const satisfies readonly (readonly [keyof UserRow, ColumnType])[];

interface Pool {
  id: string;
  client_id: string;
  key: 'core' | 'contract' | 'operator';
  name: string;
  kind: 'user' | 'operator';
  total: number;
}

interface ClientPlan {
  id: string;
  name: string;
  country: Country;
  agencies: { id: string; name: string; site: Site }[];
  userCount: number;
  hasContractPool: boolean;
  operatorTotal: number;
}

/** Codes are unique across every client (the column's unique index is global). */
class UserCodes {
  readonly #taken = new Set<string>();
  next(random: Random): string {
    for (;;) {
      let code = '';
      for (let i = 0; i < 8; i++) code += CODE_ALPHABET[Math.floor(random.next() * CODE_ALPHABET.length)];
      if (!this.#taken.has(code)) {
        this.#taken.add(code);
        return code;
      }
    }
  }
}

/** Generates one client's users and their seats; every choice comes from the client's own generator. */
function generateClientUsers(plan: ClientPlan, codes: UserCodes, now: number) {
  const random = generator(seedOf(`${plan.id}/users`));
  const domain = emailDomain(plan.name);
  const logins = new Set<string>();
  const emails = new Set<string>();
  const users: UserRow[] = [];
  const ownerLogins: string[] = [];
  const agencies = agencyMix(plan.agencies.length);
  const iso = (time: number) => new Date(Math.min(time, now)).toISOString();
  // Operators beyond their pool would over-allocate it; one seat stays free to enable support in demos.
  let operatorSeatsLeft = Math.max(0, plan.operatorTotal - 1);
  let admins = 0;
  const maxAdmins = Math.max(1, Math.round(plan.userCount / 100));

  // `lea.lefevre`, then `lea.lefevre2`, `lea.lefevre3`...: the next suffix per base is remembered,
  // as a hundred thousand users share a few thousand name pairs.
  const suffixes = new Map<string, number>();
  const unique = (base: string, taken: Set<string>) => {
    const key = base.toLowerCase();
    let n = suffixes.get(key) ?? 1;
    let candidate = base;
    while (taken.has(candidate.toLowerCase())) candidate = base.replace(/(@|$)/, `${++n}$1`);
    suffixes.set(key, n);
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  const mobile = () => (plan.country === 'FR' ? `+33 ${random.pick(['6', '7'])} ${pairs(random, 4)}` : `+44 7700 900${random.digits(3)}`);
  const fixedLine = (site: Site) =>
    plan.country === 'FR' ? `+33 ${site.area} ${pairs(random, 4)}` : `+44 ${site.area} ${site.area.length === 2 ? '7946' : '496'} 0${random.digits(3)}`;

  for (let index = 0; index < plan.userCount; index++) {
    const starter = FIRST_USERS[index];
    // A few contacts, owned by a user created before them.
    const isContact = !starter && random.chance(0.04);
    const status: Status = starter?.status ?? (isContact ? random.weighted(CONTACT_STATUS_MIX) : random.weighted(STATUS_MIX));
    const language = random.weighted(LANGUAGE_MIX[plan.country]);
    const names = NAMES[language];
    const firstName = random.pick(names.first);
    const lastName = random.pick(names.last);
    const login = unique(`${asciiSlug(firstName)}.${asciiSlug(lastName)}`, logins);

    // Migrated users waiting for an email can only be pending: without one nobody can invite them.
    const withoutEmail = status === 'pending' && !isContact && random.chance(0.3);
    let email: string | null = null;
    if (!withoutEmail) {
      // Mostly the login; some companies use the initial and the last name.
      const local = random.chance(0.1) ? `${asciiSlug(firstName).charAt(0)}${asciiSlug(lastName)}` : login;
      // Some addresses keep the capitals someone typed: uniqueness ignores case, the spelling is kept.
      const spelled = random.chance(0.03) ? local.replace(/(^|[.-])([a-z])/g, (_, sep: string, letter: string) => sep + letter.toUpperCase()) : local;
      email = unique(`${spelled}@${domain}`, emails);
    }

    let role: Role = 'user';
    if (starter) {
      role = starter.role;
      if (role === 'admin') admins++;
      if (role === 'operator') operatorSeatsLeft--;
    } else if (!isContact) {
      if (SEAT_USING.has(status) && random.chance(0.01) && admins < maxAdmins) {
        role = 'admin';
        admins++;
      } else if (SEAT_USING.has(status) ? random.chance(0.02) && operatorSeatsLeft > 0 : random.chance(0.002)) {
        role = 'operator';
        if (SEAT_USING.has(status)) operatorSeatsLeft--;
      }
    }

    const primary = plan.agencies.length === 0 ? undefined : random.weighted(agencies);
    const agencyIndexes = primary === undefined ? [] : [primary];
    if (primary !== undefined && !isContact && plan.agencies.length > 1 && random.chance(0.12)) {
      agencyIndexes.push((primary + random.int(1, plan.agencies.length - 1)) % plan.agencies.length);
    }
    const site = plan.agencies[primary ?? 0]?.site;

    // Pending users were staged recently by an import; the others joined over two years.
    const createdAt = now - (status === 'pending' ? random.int(0, 90) : random.int(0, 730)) * DAY - random.int(0, DAY - 1);
    const wasActive = status === 'active' || (['inactive', 'banned', 'closed'].includes(status) && random.chance(0.85));
    const invitedAt = status === 'invited' || wasActive ? createdAt + random.int(0, 10 * DAY) : null;
    const activatedAt = wasActive && invitedAt !== null ? invitedAt + random.int(600_000, 7 * DAY) : null;
    const lastSignInAt = status === 'active' && activatedAt !== null && random.chance(0.9) ? activatedAt + random.next() * Math.max(0, now - activatedAt) : null;
    let suspensionDate: number | null = null;
    if (status === 'active' && random.chance(0.02)) suspensionDate = now + random.int(5, 120) * DAY;
    const statusReason =
      status === 'banned' ? random.pick(BAN_REASONS[plan.country])
        : status === 'inactive' && random.chance(0.6) ? random.pick(DEACTIVATION_REASONS[plan.country])
          : status === 'closed' && random.chance(0.5) ? random.pick(CLOSE_REASONS[plan.country])
            : null;
    if (statusReason === SUSPENSION_REACHED[plan.country]) suspensionDate = now - random.int(1, 200) * DAY;

    const twoFactor = isContact ? 'NONE' : random.weighted(TWO_FACTOR_MIX);
    const job = random.chance(0.7) ? random.pick(JOBS[plan.country]) : null;
    const changedAt = Math.max(createdAt, invitedAt ?? 0, activatedAt ?? 0);

    users.push({
      id: `${plan.id}-u${index + 1}`,
      client_id: plan.id,
      agency_ids: agencyIndexes.map((a) => plan.agencies[a]!.id),
      first_name: firstName,
      last_name: lastName,
      email,
      status,
      status_reason: statusReason,
      user_code: codes.next(random),
      login,
      role,
      mail_language: language,
      job_title: isContact ? null : (job?.title ?? null),
      company: isContact ? random.pick(CONTACT_COMPANIES) : null,
      department: isContact || !job || random.chance(0.15) ? null : job.department,
      phone: site && random.chance(0.5) ? fixedLine(site) : null,
      mobile: twoFactor === 'SMS' || random.chance(0.35) ? mobile() : null,
      city: site?.city ?? null,
      country: site ? plan.country : null,
      account_type: isContact ? 'contact' : 'user',
      owner_login: isContact ? random.pick(ownerLogins) : null,
      visibility: random.chance(isContact ? 0.4 : 0.1) ? 'PRIVATE' : 'PUBLIC',
      modification_prevention: random.chance(0.03),
      two_factor: twoFactor,
      suspension_date: suspensionDate === null ? null : new Date(suspensionDate).toISOString(),
      expiration_mode: random.chance(0.02) ? 'DISABLED' : 'DEFAULT',
      creation_notification: !random.chance(0.05),
      storage_quota: random.chance(0.3) ? random.pick(STORAGE_QUOTAS) : null,
      backup_quota: random.chance(0.15) ? random.pick(BACKUP_QUOTAS) : null,
      remote_management: role === 'operator' || random.chance(0.05),
      // Support management is what makes a user an operator.
      support_management: role === 'operator',
      invited_at: invitedAt === null ? null : iso(invitedAt),
      activated_at: activatedAt === null ? null : iso(activatedAt),
      last_sign_in_at: lastSignInAt === null ? null : iso(lastSignInAt),
      must_change_password: status === 'active' && random.chance(0.02),
      created_at: iso(createdAt),
      updated_at: iso(changedAt + random.int(0, 30) * DAY),
    });
    if (!isContact && status !== 'closed') ownerLogins.push(login);
  }
  return users;
}

/** `12 34 56 78`: French numbers read in pairs. */
function pairs(random: Random, count: number) {
  return Array.from({ length: count }, () => random.digits(2)).join(' ');
}

/** Head office first: the first agency holds the most people, the last the fewest. */
function agencyMix(count: number): (readonly [number, number])[] {
  return Array.from({ length: count }, (_, i) => [i, count - i + (i === 0 ? count : 0)] as const);
}

/** Assigns seats: contacts hold none, closed users gave theirs back, everyone else is assigned to core. */
function assignSeats(plan: ClientPlan, users: readonly UserRow[]) {
  const random = generator(seedOf(`${plan.id}/seats`));
  const seats: [string, string][] = [];
  const used = { core: 0, contract: 0, operator: 0 };
  for (const user of users) {
    if (user.account_type === 'contact' || user.status === 'closed') continue;
    const counts = SEAT_USING.has(user.status);
    seats.push([user.id, `${plan.id}-core`]);
    if (counts) used.core++;
    if (plan.hasContractPool && random.chance(0.15)) {
      seats.push([user.id, `${plan.id}-contract`]);
      if (counts) used.contract++;
    }
    if (user.role === 'operator') {
      seats.push([user.id, `${plan.id}-operator`]);
      if (counts) used.operator++;
    }
  }
  // A migration brought c-007 more people than it bought seats for; every other pool has room.
  const coreTotal =
    plan.id === OVER_ALLOCATED_CLIENT_ID ? Math.floor(used.core * 0.6)
      : plan.id === BIG_CLIENT_ID ? used.core + BIG_CLIENT_FREE_CORE_SEATS
        : used.core + random.int(2, 25);
  const pools: Pool[] = [{ id: `${plan.id}-core`, client_id: plan.id, key: 'core', name: 'Core', kind: 'user', total: coreTotal }];
  if (plan.hasContractPool) pools.push({ id: `${plan.id}-contract`, client_id: plan.id, key: 'contract', name: 'Contract', kind: 'user', total: used.contract + random.int(1, 10) });
  pools.push({ id: `${plan.id}-operator`, client_id: plan.id, key: 'operator', name: 'Operators', kind: 'operator', total: Math.max(plan.operatorTotal, used.operator) });
  return { seats, pools };
}

function planClients(bigClientUsers: number): ClientPlan[] {
  const random = generator(seedOf('clients'));
  return CLIENT_NAMES.map((name, index) => {
    const id = `c-${String(index + 1).padStart(3, '0')}`;
    const country: Country = UK_CLIENTS.has(name) ? 'GB' : 'FR';
    const agencyCount = id === BIG_CLIENT_ID ? 5 : random.int(2, 5);
    const sites = SITES[country];
    const first = id === BIG_CLIENT_ID ? 0 : random.int(0, sites.length - 1);
    const agencies = Array.from({ length: agencyCount }, (_, a) => {
      const site = sites[(first + a) % sites.length]!;
      return { id: `${id}-a${a + 1}`, name: `${name} ${site.city}`, site };
    });
    const userCount = id === BIG_CLIENT_ID ? bigClientUsers : id === OVER_ALLOCATED_CLIENT_ID ? 36 : random.int(8, 60);
    return {
      id,
      name,
      country,
      agencies,
      userCount,
      hasContractPool: id === BIG_CLIENT_ID || random.chance(0.35),
      operatorTotal: id === BIG_CLIENT_ID ? 10 : random.int(3, 10),
    };
  });
}

/** A few MB per statement; 2,000 rows was no faster. */
const ROWS_PER_STATEMENT = 10_000;

/**
 * Inserts rows as one array per column through `unnest`: one bind parameter
 * per column whatever the row count, where a multi-row VALUES needs one per
 * cell (PostgreSQL caps those at 65,535 a statement). On PGlite at 100,000
 * users it loads the user table in 10 s against 17 s for chunked VALUES.
 * Values travel as text and are cast in SQL, the same on both drivers; a
 * text[] column travels comma-joined (ids hold no commas), as unnest cannot
 * take a ragged array of arrays.
 */
async function insertRows(tx: Queryable, table: string, columns: readonly (readonly [string, ColumnType])[], rows: readonly (readonly unknown[])[]) {
  const names = columns.map(([name]) => name);
  const unnested = columns.map((_, c) => `$${c + 1}::text[]`);
  const selected = columns.map(([name, type]) => (type === 'text[]' ? `string_to_array(${name}, ',')` : type === 'text' ? name : `${name}::${type}`));
  const sql = `insert into ${table} (${names.join(', ')}) select ${selected.join(', ')} from unnest(${unnested.join(', ')}) as row(${names.join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const slice = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params = columns.map(([, type], c) =>
      slice.map((row) => {
        const value = row[c];
        return value === null || value === undefined ? null : type === 'text[]' ? (value as readonly string[]).join(',') : String(value);
      }),
    );
    await tx.query(sql, params);
  }
}

/**
 * Bulk loading as PostgreSQL's manual advises ("Populating a Database"): drop
 * a table's secondary indexes, load, and build them again, one sort each
 * instead of an insertion per row into every index. The user table has about
 * twenty, trigram GIN included: at 100,000 users this takes the seed from 59 to
 * 40 s on PGlite and from 37 to 21 s on PostgreSQL. Definitions come from the
 * catalogue, so indexes later migrations add are handled too; the primary key
 * stays, as foreign keys need it. Runs inside the seed's transaction: a failure
 * leaves the indexes as they were.
 */
async function withIndexesBuiltAfter(tx: Queryable, table: string, load: () => Promise<void>) {
  const indexes = await tx.query<{ name: string; definition: string }>(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition
       from pg_index x
       join pg_class i on i.oid = x.indexrelid
       join pg_class t on t.oid = x.indrelid
      where t.relname = $1 and t.relnamespace = current_schema()::regnamespace
        and not exists (select 1 from pg_constraint c where c.conindid = i.oid)`,
    [table],
  );
  for (const index of indexes) await tx.query(`drop index ${quoteIdentifier(index.name)}`);
  await load();
  // Index builds sort in memory up to this limit: the default 64 MB costs 5 s more at 100,000 users.
  await tx.query(`set local maintenance_work_mem = '256MB'`);
  for (const index of indexes) await tx.query(index.definition);
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Seeds the demo partner, its 40 clients with agencies, licence pools, users and
 * seats, and the demo admins, once: false when the database already has data.
 */
export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<boolean> {
  const bigClientUsers = options.users ?? DEFAULT_BIG_CLIENT_USERS;
  if (!Number.isSafeInteger(bigClientUsers) || bigClientUsers < 0) throw new RangeError(`users must be a whole number >= 0, got ${bigClientUsers}`);
  const now = (options.now ?? new Date(Math.floor(Date.now() / DAY) * DAY)).getTime();

  const [existing] = await db.query<{ n: number }>('select count(*)::int as n from partners');
  if ((existing?.n ?? 0) > 0) return false;

  const plans = planClients(bigClientUsers);
  const codes = new UserCodes();
  const users: UserRow[] = [];
  const seats: [string, string][] = [];
  const pools: Pool[] = [];
  for (const plan of plans) {
    const clientUsers = generateClientUsers(plan, codes, now);
    const assigned = assignSeats(plan, clientUsers);
    // One by one: spreading 100,000 arguments into push can overflow the stack.
    for (const user of clientUsers) users.push(user);
    for (const seat of assigned.seats) seats.push(seat);
    pools.push(...assigned.pools);
  }

  await db.transaction(async (tx) => {
    await tx.query('insert into partners (id, name) values ($1, $2)', [DEMO_PARTNER_ID, 'Nordlys Telecom']);
    // Clients joined the partner over the last four years, oldest first, before any of their users.
    await insertRows(tx, 'clients', [['id', 'text'], ['partner_id', 'text'], ['name', 'text'], ['created_at', 'timestamptz']],
      plans.map((plan, index) => [plan.id, DEMO_PARTNER_ID, plan.name, new Date(now - (1_500 - index * 15) * DAY).toISOString()]));
    await insertRows(tx, 'agencies', [['id', 'text'], ['client_id', 'text'], ['name', 'text']],
      plans.flatMap((plan) => plan.agencies.map((agency) => [agency.id, plan.id, agency.name])));
    await insertRows(tx, 'licence_pools', [['id', 'text'], ['client_id', 'text'], ['key', 'text'], ['name', 'text'], ['kind', 'text'], ['total', 'integer']],
      pools.map((p) => [p.id, p.client_id, p.key, p.name, p.kind, p.total]));
    await withIndexesBuiltAfter(tx, 'users', () => insertRows(tx, 'users', USER_COLUMNS, users.map((user) => USER_COLUMNS.map(([column]) => user[column]))));
    await withIndexesBuiltAfter(tx, 'user_licence_pools', () => insertRows(tx, 'user_licence_pools', [['user_id', 'text'], ['pool_id', 'text']], seats));
    await insertRows(tx, 'admins', [['id', 'text'], ['partner_id', 'text'], ['client_id', 'text'], ['role', 'text'], ['display_name', 'text'], ['email', 'text'], ['agency_ids', 'text[]']], [
      ['adm-partner', DEMO_PARTNER_ID, null, 'partner_admin', 'Paula Partner', 'paula@nordlys.example', []],
      ['adm-super', DEMO_PARTNER_ID, BIG_CLIENT_ID, 'super_admin', 'Sam Super', 'sam@atelier-lumiere.example', []],
      ['adm-agency', DEMO_PARTNER_ID, BIG_CLIENT_ID, 'admin', 'Alex Agency', 'alex@atelier-lumiere.example', [`${BIG_CLIENT_ID}-a1`, `${BIG_CLIENT_ID}-a2`]],
    ]);
    await insertRows(tx, 'admin_tokens', [['token_sha256', 'text'], ['admin_id', 'text']], [
      [tokenDigest('demo-partner'), 'adm-partner'],
      [tokenDigest('demo-super'), 'adm-super'],
      [tokenDigest('demo-agency'), 'adm-agency'],
    ]);
  });
  return true;
}
