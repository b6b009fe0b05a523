import { IMPORT_COLUMNS, type ImportColumn } from '../api/schemas/import.js';
import type { ImportHeader } from './types.js';

/**
 * Header aliases: each column's English key and its French labels (DOMAIN.md,
 * "Migration and bulk import"), compared without case, accents, spaces or
 * punctuation, so `LASTNAME`, `Last name`, `nom` and `NOM ` are one column.
 */
const FRENCH_LABELS: Record<ImportColumn, readonly string[]> = {
  LASTNAME: ['Nom', 'Nom de famille'],
  FIRSTNAME: ['Prénom'],
  EMAIL: ['Adresse e-mail', 'E-mail', 'Adresse mail', 'Courriel'],
  LOGIN: ['Identifiant', 'Identifiant de connexion'],
  STATUS: ['Statut'],
  ROLE: ['Rôle'],
  MAIL_LANGUAGE: ['Langue', 'Langue des e-mails', 'Langue des mails'],
  FUNCTION: ['Fonction', 'Poste'],
  COMPANY: ['Société', 'Entreprise'],
  DEPARTMENT: ['Service', 'Département'],
  PHONE: ['Téléphone', 'Téléphone fixe'],
  MOBILE: ['Mobile', 'Téléphone mobile', 'Portable'],
  ADDRESS: ['Adresse', 'Adresse postale'],
  ZIP: ['Code postal'],
  CITY: ['Ville'],
  COUNTRY: ['Pays'],
  BIOGRAPHY: ['Biographie'],
  AGENCIES: ['Agences', 'Agence'],
  LICENCE_POOL: ['Pool de licences', 'Pool de licence', 'Licences', 'Licence'],
  ACCOUNT_TYPE: ['Type de compte'],
  OWNER_LOGIN: ['Identifiant du propriétaire', 'Propriétaire'],
  VISIBILITY_SCOPE: ['Visibilité'],
  MODIFICATION_PREVENTION: ['Modification interdite', 'Empêcher la modification'],
  TFA: ['Double authentification', 'Authentification à deux facteurs', '2FA'],
  SUSPENSION_DATE: ['Date de suspension'],
  EXPIRATION_MODE: ["Mode d'expiration", 'Expiration'],
  CREATION_NOTIFICATION: ['Notification de création'],
  STORAGE_QUOTA: ['Quota de stockage'],
  BACKUP_QUOTA: ['Quota de sauvegarde'],
};

/** `Adresse e-mail` -> `adresseemail`: what two spellings of one header have in common. */
export const headerKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const ALIASES = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS) {
  for (const alias of [column, ...FRENCH_LABELS[column]]) ALIASES.set(headerKey(alias), column);
}

export interface HeaderMapping {
  headers: ImportHeader[];
  /** Header texts that map to no column. */
  unknownColumns: string[];
  /** The file's position of each column found; a column named twice is read from its first position. */
  positions: Map<ImportColumn, number>;
}

export function mapHeaders(texts: readonly string[]): HeaderMapping {
  const headers: ImportHeader[] = [];
  const unknownColumns: string[] = [];
  const positions = new Map<ImportColumn, number>();
  texts.forEach((raw, index) => {
    // The decoder drops a BOM; a file saved twice may carry a second one into the first header.
    const text = raw.replace(/^\uFEFF/, '').trim();
    if (text === '') return;
    const column = ALIASES.get(headerKey(text)) ?? null;
    headers.push({ index, text, column });
    if (column === null) unknownColumns.push(text);
    else if (!positions.has(column)) positions.set(column, index);
  });
  return { headers, unknownColumns, positions };
}
