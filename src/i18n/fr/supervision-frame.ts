import type { CatalogueOf } from '../index.js';
import type { supervisionFrameEn } from '../supervision-frame.js';

export const supervisionFrameFr = {
  'supervisionFrame.banner': ({ name }) => `Vous supervisez l'espace de ${name}`,
  'supervisionFrame.bannerUnnamed': "Vous supervisez l'espace d'un utilisateur",
  'supervisionFrame.timeLeft': 'Temps restant',
  'supervisionFrame.minutesLeft': ({ minutes }, t) =>
    t.plural(minutes, { one: 'Il reste # minute de supervision.', other: 'Il reste # minutes de supervision.' }),
  'supervisionFrame.exit': 'Quitter',
  'supervisionFrame.exitLabel': ({ name }) => `Quitter la supervision de ${name}`,
  'supervisionFrame.exitLabelUnnamed': 'Quitter la supervision',
  'supervisionFrame.exiting': 'Fin de la supervision…',
  'supervisionFrame.endFailed': "La supervision n'a pas pu être terminée\u00a0: elle est toujours en cours.",
  'supervisionFrame.closed': 'La supervision est terminée.',
  'supervisionFrame.expired': ({ minutes }) => `La session de supervision est terminée\u00a0: la limite est de ${minutes}\u00a0minutes.`,
  'supervisionFrame.revoked':
    "La session de supervision ne fonctionne plus\u00a0: elle a été terminée ailleurs, ou le compte ne peut plus être supervisé.",
  'supervisionFrame.close': 'Fermer',
  'supervisionFrame.notConfigured': "La supervision ne peut pas s'ouvrir\u00a0: la session n'a pas de jeton ou le cadre n'a pas de base-url.",
  'supervisionFrame.loadingUser': "Chargement de l'utilisateur…",
  'supervisionFrame.loadUserFailed': "Impossible de charger l'utilisateur.",
  'supervisionFrame.account': 'Compte',
  'supervisionFrame.field.name': 'Nom',
  'supervisionFrame.field.email': 'E-mail',
  'supervisionFrame.field.mobile': 'Mobile',
  'supervisionFrame.field.mailLanguage': 'Langue des e-mails',
  'supervisionFrame.none': 'Aucun',
  'supervisionFrame.saveMailLanguage': 'Enregistrer la langue des e-mails',
  'supervisionFrame.saving': 'Enregistrement…',
  'supervisionFrame.saved': 'La langue des e-mails est enregistrée.',
  'supervisionFrame.saveFailed': "Impossible d'enregistrer la langue des e-mails.",
  'supervisionFrame.refusedByServer':
    "Interdit pendant une supervision\u00a0: le serveur a refusé cette modification. Seul l'utilisateur peut la faire.",
  'supervisionFrame.action.password': 'Changer le mot de passe',
  'supervisionFrame.action.email': "Changer l'e-mail",
  'supervisionFrame.action.two_factor': 'Authentification à deux facteurs',
  'supervisionFrame.action.delete': 'Supprimer le compte',
  'supervisionFrame.blocked.password': "Interdit pendant une supervision\u00a0: seul l'utilisateur change son mot de passe.",
  'supervisionFrame.blocked.email': "Interdit pendant une supervision\u00a0: seul l'utilisateur change son e-mail de connexion.",
  'supervisionFrame.blocked.two_factor': "Interdit pendant une supervision\u00a0: seul l'utilisateur change la protection de son compte.",
  'supervisionFrame.blocked.delete': "Interdit pendant une supervision\u00a0: le compte ne peut pas être supprimé depuis une supervision.",
  'supervisionFrame.frameTitle': ({ name }) => `Espace de ${name}`,
  'supervisionFrame.frameTitleUnnamed': "Espace de l'utilisateur",
  'supervisionFrame.refused.invalid_url': "L'espace ne peut pas s'ouvrir\u00a0: son adresse (src) n'est pas une URL valide.",
  'supervisionFrame.refused.insecure': "L'espace ne peut pas s'ouvrir\u00a0: son adresse doit être en https, sinon le jeton de supervision pourrait être lu en chemin.",
  'supervisionFrame.refused.same_origin':
    "L'espace ne peut pas s'ouvrir\u00a0: il a la même origine que cette page, il pourrait donc lire le jeton de supervision et agir au-delà. Servez-le depuis sa propre origine.",
  'supervisionFrame.refused.page_policy': ({ origin }) =>
    `L'espace ne peut pas s'ouvrir\u00a0: la Content-Security-Policy de ce portail n'autorise pas ${origin} dans frame-src. Demandez aux administrateurs du portail de l'ajouter.`,
} satisfies CatalogueOf<typeof supervisionFrameEn>;
