import type { ImportColumn } from '../../src/api/schemas/import.js';

/**
 * The benchmark's file: 100,000 rows x 20 columns as an admin's export would
 * look (accents, quoted addresses with the delimiter inside, one row in a
 * hundred with a mistake), the same rows every run.
 */

export const BENCH_COLUMNS: ImportColumn[] = [
  'LASTNAME', 'FIRSTNAME', 'EMAIL', 'LOGIN', 'STATUS', 'ROLE', 'MAIL_LANGUAGE', 'FUNCTION', 'COMPANY', 'DEPARTMENT',
  'PHONE', 'MOBILE', 'ADDRESS', 'ZIP', 'CITY', 'COUNTRY', 'AGENCIES', 'LICENCE_POOL', 'TFA', 'SUSPENSION_DATE',
];

export const BENCH_AGENCIES = [
  { id: 'ag-paris', name: 'Paris' },
  { id: 'ag-lyon', name: 'Lyon' },
  { id: 'ag-nantes', name: 'Nantes' },
];
export const BENCH_POOLS = [
  { id: 'pool-std', key: 'STANDARD', name: 'Standard', remaining: 60_000 },
  { id: 'pool-pro', key: 'PRO', name: 'Pro', remaining: 20_000 },
];

const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', "D'Arcy"];
const FIRST = ['Jeanne', 'Hélène', 'Chloé', 'Léa', 'Zoé', 'Louis', 'Gabriel', 'Raphaël', 'Noé', 'Jules', 'Adam', 'Arthur', 'Éloïse', 'Inès', 'Théo', 'Maël'];
const FUNCTIONS = ['Comptable', 'Développeur', 'Responsable RH', 'Commercial', 'Directrice', 'Technicien support', ''];
const DEPARTMENTS = ['Finance', 'R&D', 'Ressources humaines', 'Ventes', 'Direction', ''];
const CITIES = ['Paris', 'Lyon', 'Nantes', 'Lille', 'Bordeaux', 'Saint-Étienne'];
const LANGUAGES = ['fr', 'en', 'de', 'fr', 'fr', 'es'];

const ascii = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/'/g, '').toLowerCase();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Row `i` (0-based) as cells in BENCH_COLUMNS order. */
export function benchRow(i: number): string[] {
  const last = LAST[i % LAST.length]!;
  const first = FIRST[Math.floor(i / LAST.length) % FIRST.length]!;
  const login = `${ascii(first)}.${ascii(last)}${i}`;
  // One row in a hundred carries a mistake the validator must report.
  const broken = i % 100 === 99;
  return [
    last,
    first,
    broken ? `${login}@exemple` : `${login}@exemple.fr`,
    login,
    i % 7 === 0 ? 'pending' : '',
    i % 50 === 0 ? 'admin' : i % 10 === 0 ? 'operator' : 'user',
    broken && i % 200 === 199 ? 'klingon' : LANGUAGES[i % LANGUAGES.length]!,
    FUNCTIONS[i % FUNCTIONS.length]!,
    'Société Générale des Eaux',
    DEPARTMENTS[i % DEPARTMENTS.length]!,
    `+33 1 ${pad(i % 100, 2)} ${pad((i * 7) % 100, 2)} ${pad((i * 13) % 100, 2)} ${pad((i * 17) % 100, 2)}`,
    i % 3 === 0 ? '' : `+33 6 ${pad(i % 100, 2)} ${pad((i * 3) % 100, 2)} ${pad((i * 11) % 100, 2)} ${pad((i * 19) % 100, 2)}`,
    `${(i % 120) + 1}, rue de la République`,
    pad(75_000 + (i % 20), 5),
    CITIES[i % CITIES.length]!,
    'FR',
    BENCH_AGENCIES[i % BENCH_AGENCIES.length]!.name,
    i % 4 === 0 ? 'PRO' : 'STANDARD',
    i % 3 === 0 ? 'NONE' : i % 3 === 1 ? 'SMS' : 'TOTP',
    i % 5 === 0 ? `${pad((i % 28) + 1, 2)}/${pad((i % 12) + 1, 2)}/2027` : '',
  ];
}

export function benchRows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => benchRow(i));
}
