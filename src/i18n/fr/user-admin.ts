import type { CatalogueOf } from '../index.js';
import type { userAdminEn } from '../user-admin.js';

export const userAdminFr = {
  'userAdmin.title': 'Utilisateurs',
  'userAdmin.loading': 'Chargement de l’administration…',
  'userAdmin.notConfigured': 'Renseignez base-url et un jeton (ou un objet api) ainsi que client-id pour afficher les utilisateurs.',
  'userAdmin.inviteAll': 'Inviter tous les utilisateurs',
  'userAdmin.inviteMatching': ({ count }, t) =>
    t.plural(count, { one: 'Inviter l’utilisateur sélectionné', other: 'Inviter les # utilisateurs sélectionnés' }),
  'userAdmin.panelTitle': 'Détails de l’utilisateur',
  'userAdmin.closePanel': 'Fermer les détails de l’utilisateur',
  'userAdmin.signedInAs': ({ name }) => `Connecté en tant que ${name}`,
  'userAdmin.noAccess': 'Votre compte ne peut pas voir les utilisateurs de ce client.',
  'error.loadAdmin': 'Impossible de charger votre compte administrateur.',

  'userAdmin.export.open': 'Exporter',
  'userAdmin.import.open': 'Importer des utilisateurs',
  'userAdmin.import.close': 'Fermer l’import',
  'userAdmin.import.loading': 'Chargement de l’import…',
  'userAdmin.import.loadFailed': 'Impossible de charger l’import.',
  'userAdmin.supervision.exit': ({ name }) => `La supervision de l’espace de ${name} est terminée.`,
  'userAdmin.supervision.expired': ({ name }) => `La supervision de l’espace de ${name} est terminée : les 30 minutes sont écoulées.`,
  'userAdmin.supervision.revoked': ({ name }) =>
    `La supervision de l’espace de ${name} est terminée : le serveur a fermé la session (terminée ailleurs, ou le compte a changé).`,
} satisfies CatalogueOf<typeof userAdminEn>;
