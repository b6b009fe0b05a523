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
} satisfies CatalogueOf<typeof userAdminEn>;
