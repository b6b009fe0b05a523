import type { CatalogueOf } from '../index.js';
import type { addressBookSharingEn } from '../address-book-sharing.js';

export const addressBookSharingFr = {
  'addressBookSharing.heading': "Groupes du carnet d'adresses",
  'addressBookSharing.loading': "Chargement des groupes du carnet d'adresses…",
  'addressBookSharing.empty': "Ce client n'a pas encore de groupe de carnet d'adresses.",
  'addressBookSharing.readOnly': 'Vous pouvez consulter ces partages mais pas les modifier.',
  'addressBookSharing.column.select': 'Sélection',
  'addressBookSharing.column.group': 'Groupe',
  'addressBookSharing.column.contacts': 'Contacts',
  'addressBookSharing.column.access': ({ name }) => `Accès de ${name}`,
  'addressBookSharing.column.sharedWith': 'Partagé avec',
  'addressBookSharing.selectAll': 'Sélectionner tous les groupes',
  'addressBookSharing.selectGroup': ({ group }) => `Sélectionner ${group}`,
  'addressBookSharing.permission.read': 'Lecture',
  'addressBookSharing.permission.write': 'Lecture et écriture',
  'addressBookSharing.notShared': 'Non partagé',
  'addressBookSharing.sharedWithCount': ({ count }, t) => t.plural(count, { one: '# utilisateur', other: '# utilisateurs' }),
  'addressBookSharing.recipients': 'Partager avec',
  'addressBookSharing.noRecipients': 'Personne pour le moment\u00a0: ajoutez au moins une personne.',
  'addressBookSharing.removeRecipient': ({ name }) => `Retirer ${name}`,
  'addressBookSharing.picker.label': 'Ajouter des personnes',
  'addressBookSharing.picker.hint': 'Tapez un nom, une adresse e-mail ou un identifiant, puis choisissez avec les flèches et Entrée.',
  'addressBookSharing.picker.results': 'Utilisateurs correspondants',
  'addressBookSharing.picker.searching': 'Recherche…',
  'addressBookSharing.picker.none': 'Aucun utilisateur ne correspond.',
  'addressBookSharing.picker.found': ({ count, total }, t) =>
    count < total
      ? `${t.plural(count, { one: '# utilisateur affiché', other: '# utilisateurs affichés' })} sur ${t.number(total)}\u00a0: précisez la recherche.`
      : t.plural(count, { one: '# utilisateur trouvé.', other: '# utilisateurs trouvés.' }),
  'addressBookSharing.picker.failed': 'La recherche a échoué. Tapez à nouveau pour réessayer.',
  'addressBookSharing.permission': 'Permission',
  'addressBookSharing.share': 'Partager',
  'addressBookSharing.unshare': 'Ne plus partager',
  'addressBookSharing.selectionSummary': ({ groups, users }, t) =>
    `${t.plural(groups, { one: '# groupe', other: '# groupes' })} × ${t.plural(users, { one: '# personne', other: '# personnes' })}`,
  'addressBookSharing.needSelection': 'Sélectionnez au moins un groupe et une personne.',
  'addressBookSharing.progress.share': 'Partage en cours',
  'addressBookSharing.progress.unshare': 'Retrait du partage en cours',
  'addressBookSharing.progress.count': ({ done, total }, t) => `${t.number(done)} sur ${t.number(total)} traités`,
  'addressBookSharing.result': ({ succeeded, failed }, t) =>
    failed === 0
      ? t.plural(succeeded, { one: 'Terminé\u00a0: # modification enregistrée.', other: 'Terminé\u00a0: # modifications enregistrées.' })
      : `${t.plural(succeeded, { one: '# modification enregistrée', other: '# modifications enregistrées' })}, ${t.plural(failed, { one: '# en échec', other: '# en échec' })}.`,
  'addressBookSharing.failures': 'Modifications en échec',
  'addressBookSharing.failure': ({ group, name, reason }) => `${group}, ${name}\u00a0: ${reason}`,
  'addressBookSharing.retryFailed': 'Réessayer les échecs',
  'addressBookSharing.error.unknownUser': "cet utilisateur n'existe pas ou est hors de votre périmètre.",
  'addressBookSharing.error.contact': 'un contact ne peut pas recevoir de groupe partagé.',
  'addressBookSharing.error.groupGone': "ce groupe n'existe plus.",
  'addressBookSharing.error.forbidden': "vous n'êtes pas autorisé à modifier ce partage.",
  'addressBookSharing.error.item': 'le serveur a refusé cette modification.',
  'addressBookSharing.error.load': "Impossible de charger les groupes du carnet d'adresses.",
  'addressBookSharing.error.notFound': "Cet utilisateur n'existe plus ou est hors de votre périmètre.",
} satisfies CatalogueOf<typeof addressBookSharingEn>;
