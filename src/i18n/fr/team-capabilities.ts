import type { CatalogueOf } from '../index.js';
import type { teamCapabilitiesEn } from '../team-capabilities.js';

export const teamCapabilitiesFr = {
  'teamCapabilities.heading': "Capacités d'équipe",
  'teamCapabilities.loading': "Chargement des capacités d'équipe…",
  'teamCapabilities.on': 'Activé',
  'teamCapabilities.off': 'Désactivé',
  'teamCapabilities.remoteManagement': 'Gestion à distance',
  'teamCapabilities.remoteManagement.description': "Peut gérer à distance les appareils de l'équipe.",
  'teamCapabilities.supportManagement': 'Gestion du support',
  'teamCapabilities.supportManagement.description':
    "Fait de l'utilisateur un opérateur qui traite les demandes de support. Le nombre d'opérateurs est limité par le pool opérateurs.",
  'teamCapabilities.counter.label': 'Équipe',
  'teamCapabilities.counter.users': 'Utilisateurs',
  'teamCapabilities.counter.operators': 'Opérateurs',
  'teamCapabilities.counter.operatorSeats': ({ used, total }, t) => `${t.number(used)} sur ${t.number(total)}`,
  'teamCapabilities.counter.uncapped': 'sans limite (aucun pool opérateurs)',
  'teamCapabilities.poolFull': ({ pool, used, total }, t) =>
    `Impossible d'activer le support\u00a0: le pool opérateurs «\u00a0${pool}\u00a0» est complet (${t.number(used)} sièges utilisés sur ${t.number(total)}). Libérez un siège d'opérateur ou achetez des licences d'abord.`,
  'teamCapabilities.poolOver': ({ pool, count }, t) =>
    `Impossible d'activer le support\u00a0: le pool opérateurs «\u00a0${pool}\u00a0» dépasse sa limite de ${t.number(count)}. Libérez des sièges d'opérateur ou achetez des licences d'abord.`,
  'teamCapabilities.readOnly': 'Vous pouvez consulter ces capacités mais pas les modifier.',
  'teamCapabilities.saving': 'Enregistrement…',
  'teamCapabilities.turnedOn': ({ capability }) => `${capability}\u00a0: activé.`,
  'teamCapabilities.turnedOff': ({ capability }) => `${capability}\u00a0: désactivé.`,
  'teamCapabilities.error.seatLimit': ({ pool }) =>
    `Le support n'a pas été activé\u00a0: le pool opérateurs «\u00a0${pool}\u00a0» n'a plus de siège libre. Libérez un siège d'opérateur ou achetez des licences.`,
  'teamCapabilities.error.seatLimitUnknownPool':
    "Le support n'a pas été activé\u00a0: le pool opérateurs n'a plus de siège libre. Libérez un siège d'opérateur ou achetez des licences.",
  'teamCapabilities.error.forbidden':
    "Vous n'êtes pas autorisé à modifier les capacités de cet utilisateur (il est peut-être protégé contre la modification).",
  'teamCapabilities.error.save': "La modification n'a pas pu être enregistrée\u00a0; rien n'a changé.",
  'teamCapabilities.error.load': "Impossible de charger les capacités d'équipe.",
  'teamCapabilities.error.notFound': "Cet utilisateur n'existe plus ou est hors de votre périmètre.",
} satisfies CatalogueOf<typeof teamCapabilitiesEn>;
