import { IMPORT_COLUMNS, type ImportColumn } from '../api/schemas/import.js';
import { EXPIRATION_MODES, MAIL_LANGUAGES, PostalAddress, TWO_FACTOR_MODES, USER_ROLES, UserCreate, VISIBILITIES } from '../api/schemas/user.js';
import { importTemplateMessages, type importTemplateEn } from '../i18n/import-template.js';
import { matchCatalogue, type CatalogueOf } from '../i18n/index.js';
import { csvDelimiterFor, csvDocument } from '../spreadsheet/csv.js';
import { xlsxBlob, type XlsxColumn } from '../spreadsheet/xlsx.js';
import type { ImportFormat, ImportKind } from './types.js';
import { requiredColumns } from './validate-rows.js';

/**
 * The file a client fills in to import users or contacts (DOMAIN.md,
 * "Migration and bulk import"): the English column keys the importer reads,
 * one example row that passes the import's checks, and in XLSX a second sheet
 * saying what each column means, whether it is required, what it accepts and
 * in which format, in the admin's language. Allowed values and defaults come
 * from the contract's enums and schemas, so the sheet cannot drift from them.
 */

type Words = CatalogueOf<typeof importTemplateEn>;

/** Contacts are address-book entries that never sign in: no role, status, pool, two-factor, quota or account settings. */
export const CONTACT_COLUMNS: readonly ImportColumn[] = [
  'LASTNAME',
  'FIRSTNAME',
  'EMAIL',
  'LOGIN',
  'MAIL_LANGUAGE',
  'FUNCTION',
  'COMPANY',
  'DEPARTMENT',
  'PHONE',
  'MOBILE',
  'ADDRESS',
  'ZIP',
  'CITY',
  'COUNTRY',
  'BIOGRAPHY',
  'AGENCIES',
  'OWNER_LOGIN',
  'VISIBILITY_SCOPE',
];

export const templateColumns = (kind: ImportKind): readonly ImportColumn[] => (kind === 'users' ? IMPORT_COLUMNS : CONTACT_COLUMNS);

/** Columns holding names, emails or free text get room; the others fit their key. */
const WIDE_COLUMNS: ReadonlySet<ImportColumn> = new Set(['LASTNAME', 'FIRSTNAME', 'EMAIL', 'LOGIN', 'OWNER_LOGIN', 'FUNCTION', 'COMPANY', 'ADDRESS', 'BIOGRAPHY']);

/** A column's width in characters, shared by the template and the export (whose file can be imported again). */
export const importColumnWidth = (column: ImportColumn): number => (WIDE_COLUMNS.has(column) ? 28 : Math.max(12, column.length + 2));

const FIELDS = UserCreate.shape;
const ADDRESS = PostalAddress.shape;

/** The import creates staff; super administrators are appointed, never imported (validate-rows refuses them). */
const IMPORT_ROLES = USER_ROLES.filter((role) => role !== 'super_admin');

const yesNo = (value: boolean) => (value ? 'YES' : 'NO');

/** A schema's default value (`z._default`), as the contract declares it. */
const defaultOf = (schema: { _zod: { def: object } }): unknown => (schema._zod.def as { defaultValue?: unknown }).defaultValue;

/** The `maxLength` a text field's schema checks, through its default and nullable wrappers. */
function maxLengthOf(schema: { _zod: { def: object } }): number | undefined {
  for (let type: { _zod: { def: object } } | undefined = schema; type; ) {
    const def = type._zod.def as { innerType?: { _zod: { def: object } }; checks?: { _zod: { def: { check?: string; maximum?: number } } }[] };
    const max = def.checks?.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
    if (max !== undefined) return max;
    type = def.innerType;
  }
  return undefined;
}

const FREE_TEXT: Partial<Record<ImportColumn, { _zod: { def: object } }>> = {
  FUNCTION: FIELDS.jobTitle,
  COMPANY: FIELDS.company,
  DEPARTMENT: FIELDS.department,
  ADDRESS: ADDRESS.street,
  ZIP: ADDRESS.zip,
  CITY: ADDRESS.city,
  BIOGRAPHY: FIELDS.biography,
};

/** Closed lists of values, and what an empty cell means. */
function allowedValues(column: ImportColumn, kind: ImportKind, words: Words): string {
  const list = (values: readonly string[], empty?: unknown) =>
    empty === undefined ? values.join(', ') : `${values.join(', ')}. ${words['importTemplate.whenEmpty']} ${String(empty)}`;
  switch (column) {
    case 'STATUS':
      return 'pending';
    case 'ROLE':
      return list(IMPORT_ROLES, defaultOf(FIELDS.role));
    case 'MAIL_LANGUAGE':
      return list(MAIL_LANGUAGES);
    case 'ACCOUNT_TYPE':
      return list(['USER', 'CONTACT'], kind === 'users' ? 'USER' : 'CONTACT');
    case 'VISIBILITY_SCOPE':
      return list(VISIBILITIES, defaultOf(FIELDS.visibility));
    case 'TFA':
      return list(TWO_FACTOR_MODES, defaultOf(FIELDS.twoFactor));
    case 'EXPIRATION_MODE':
      return list(EXPIRATION_MODES, defaultOf(FIELDS.expirationMode));
    case 'MODIFICATION_PREVENTION':
      return list(['YES', 'NO'], yesNo(defaultOf(FIELDS.modificationPrevention) as boolean));
    case 'CREATION_NOTIFICATION':
      return list(['YES', 'NO'], yesNo(defaultOf(FIELDS.creationNotification) as boolean));
    case 'AGENCIES':
    case 'LICENCE_POOL':
      return words['importTemplate.list'];
    default:
      return FREE_TEXT[column] ? words['importTemplate.anyText'] : '';
  }
}

function format(column: ImportColumn, words: Words): string {
  const free = FREE_TEXT[column];
  if (free) return words['importTemplate.format.maxLength']({ max: maxLengthOf(free)! });
  const keys: Partial<Record<ImportColumn, Exclude<keyof Words, 'importTemplate.format.maxLength'>>> = {
    LASTNAME: 'importTemplate.format.name',
    FIRSTNAME: 'importTemplate.format.name',
    EMAIL: 'importTemplate.format.email',
    LOGIN: 'importTemplate.format.login',
    OWNER_LOGIN: 'importTemplate.format.owner',
    STATUS: 'importTemplate.format.status',
    PHONE: 'importTemplate.format.phone',
    MOBILE: 'importTemplate.format.phone',
    COUNTRY: 'importTemplate.format.country',
    AGENCIES: 'importTemplate.format.agencies',
    LICENCE_POOL: 'importTemplate.format.pools',
    MODIFICATION_PREVENTION: 'importTemplate.format.yesNo',
    CREATION_NOTIFICATION: 'importTemplate.format.yesNo',
    SUSPENSION_DATE: 'importTemplate.format.date',
    STORAGE_QUOTA: 'importTemplate.format.quota',
    BACKUP_QUOTA: 'importTemplate.format.backupQuota',
  };
  const key = keys[column];
  return key ? words[key] : '';
}

function required(column: ImportColumn, kind: ImportKind, words: Words): string {
  if (requiredColumns(kind, false).includes(column)) return words['importTemplate.required.yes'];
  if (column === 'AGENCIES') return words['importTemplate.required.agencyScoped'];
  if (column === 'MOBILE') return words['importTemplate.required.sms'];
  if (column === 'OWNER_LOGIN') return words['importTemplate.required.contact'];
  return words['importTemplate.required.no'];
}

/**
 * The example row: valid for the import (names, unique email and login, a
 * language, dates as dd/mm/yyyy, quotas with units). Phones are written the
 * national way: a leading `+` would get the anti-formula quote in the file.
 */
function exampleRow(kind: ImportKind, words: Words): Partial<Record<ImportColumn, string>> {
  const place = { ADDRESS: '12 rue de la République', ZIP: '69002', CITY: 'Lyon', COUNTRY: 'FR' };
  if (kind === 'contacts') {
    return {
      LASTNAME: 'Durand',
      FIRSTNAME: 'Paul',
      EMAIL: 'paul.durand@example.com',
      LOGIN: 'paul.durand',
      MAIL_LANGUAGE: 'fr',
      FUNCTION: words['importTemplate.example.contactFunction'],
      COMPANY: 'Fournitures Durand',
      PHONE: '04 72 00 00 00',
      ...place,
      OWNER_LOGIN: 'jeanne.martin',
      VISIBILITY_SCOPE: 'PRIVATE',
    };
  }
  return {
    LASTNAME: 'Martin',
    FIRSTNAME: 'Jeanne',
    EMAIL: 'jeanne.martin@example.com',
    LOGIN: 'jeanne.martin',
    STATUS: 'pending',
    ROLE: 'user',
    MAIL_LANGUAGE: 'fr',
    FUNCTION: words['importTemplate.example.function'],
    COMPANY: 'Atelier Lumière',
    DEPARTMENT: words['importTemplate.example.department'],
    PHONE: '04 72 10 20 30',
    MOBILE: '06 12 34 56 78',
    ...place,
    BIOGRAPHY: words['importTemplate.example.biography'],
    ACCOUNT_TYPE: 'USER',
    VISIBILITY_SCOPE: 'PUBLIC',
    MODIFICATION_PREVENTION: 'NO',
    TFA: 'SMS',
    SUSPENSION_DATE: '31/12/2030/18:00',
    EXPIRATION_MODE: 'DEFAULT',
    CREATION_NOTIFICATION: 'YES',
    STORAGE_QUOTA: '10GB',
    BACKUP_QUOTA: '50GB',
  };
}

/** The header and the example row, as the first sheet (or the CSV) holds them. */
export function templateRows(kind: ImportKind, words: Words): [header: string[], example: string[]] {
  const columns = templateColumns(kind);
  const example = exampleRow(kind, words);
  return [[...columns], columns.map((column) => example[column] ?? '')];
}

/** One line per column of the first sheet: key, meaning, required, allowed values, format. */
export function templateHelpRows(kind: ImportKind, words: Words): string[][] {
  return templateColumns(kind).map((column) => [
    column,
    words[`importTemplate.meaning.${column}`],
    required(column, kind, words),
    allowedValues(column, kind, words),
    format(column, words),
  ]);
}

async function wordsFor(lang: string): Promise<Words> {
  const locale = matchCatalogue(lang);
  return locale === 'en' ? importTemplateMessages.en : importTemplateMessages.load(locale);
}

/** The template file to download: CSV (UTF-8 with BOM) or XLSX with the explanation sheet. */
export async function importTemplate(kind: ImportKind, format: ImportFormat, lang: string): Promise<Blob> {
  const words = await wordsFor(lang);
  const [header, example] = templateRows(kind, words);
  if (format === 'csv') return new Blob([csvDocument([header, example], csvDelimiterFor(lang))], { type: 'text/csv;charset=utf-8' });
  const helpColumns: XlsxColumn[] = [
    { header: words['importTemplate.help.column'], width: 26 },
    { header: words['importTemplate.help.meaning'], width: 60 },
    { header: words['importTemplate.help.required'], width: 28 },
    { header: words['importTemplate.help.allowed'], width: 40 },
    { header: words['importTemplate.help.format'], width: 60 },
  ];
  return xlsxBlob([
    {
      name: words[kind === 'users' ? 'importTemplate.sheet.users' : 'importTemplate.sheet.contacts'],
      columns: header.map((column) => ({ header: column, width: importColumnWidth(column as ImportColumn) })),
      rows: [example],
    },
    { name: words['importTemplate.sheet.help'], columns: helpColumns, rows: templateHelpRows(kind, words) },
  ]);
}
