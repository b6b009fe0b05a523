import type { CatalogueOf } from '../index.js';
import type { superviseDialogEn } from '../supervise-dialog.js';

export const superviseDialogFr = {
  'superviseDialog.title': ({ name }) => `Superviser l’espace de ${name}`,
  'superviseDialog.intro': ({ name }) => `Vous verrez l’espace de ${name} tel qu’il le voit, pour lui montrer comment faire.`,
  'superviseDialog.rules': ({ minutes }, t) =>
    `La session dure au plus ${t.number(minutes)} minutes et elle est enregistrée dans le journal d’audit avec votre motif. ` +
    'Changer le mot de passe, l’adresse e-mail ou la double authentification, et supprimer le compte, sont impossibles pendant la supervision.',
  'superviseDialog.reason': 'Motif',
  'superviseDialog.reasonHint': 'Obligatoire. Enregistré avec la session, pour l’utilisateur et pour les audits.',
  'superviseDialog.reasonCount': ({ count, max }, t) => `${t.number(count)} / ${t.number(max)}`,
  'superviseDialog.error.reasonRequired': 'Indiquez un motif : il est enregistré avec la session.',
  'superviseDialog.error.reasonTooLong': ({ max }, t) => `Le motif est trop long : ${t.number(max)} caractères au plus.`,
  'superviseDialog.start': 'Commencer la supervision',
  'superviseDialog.starting': 'Démarrage…',
  'superviseDialog.cancel': 'Annuler',
  'superviseDialog.close': 'Fermer',
  'superviseDialog.refusal.self': 'Vous ne pouvez pas superviser votre propre compte.',
  'superviseDialog.refusal.admin': 'Les administrateurs ne peuvent pas être supervisés.',
  'superviseDialog.refusal.banned': 'Cet utilisateur est banni : un compte banni ne peut pas être supervisé.',
  'superviseDialog.refusal.closed': 'Ce compte est clôturé : un compte clôturé ne peut pas être supervisé.',
  'superviseDialog.refusal.not_activated': 'Cet utilisateur n’a pas encore activé son compte : seul un compte actif peut être supervisé.',
  'superviseDialog.refusal.inactive': 'Ce compte est désactivé : seul un compte actif peut être supervisé.',
  'superviseDialog.refusal.already_supervising':
    'Vous supervisez déjà un utilisateur (peut-être dans un autre onglet). Terminez d’abord cette session ; elle s’arrête d’elle-même au bout de 30 minutes au plus.',
  'superviseDialog.endOpenSession': 'Terminer cette session et commencer celle-ci',
  'superviseDialog.refusal.nested': 'Vous êtes en supervision : impossible d’en commencer une autre depuis celle-ci.',
  'superviseDialog.error.forbidden': 'Votre rôle ne permet pas de superviser des utilisateurs.',
  'superviseDialog.error.notFound': 'Cet utilisateur n’est plus à votre portée (supprimé, ou sorti de votre périmètre).',
  'superviseDialog.error.failed': 'Impossible de commencer la supervision.',
  'superviseDialog.error.unknownOutcome':
    'Le serveur n’a pas répondu à temps : la session a peut-être commencé. Si « supervise déjà » s’affiche, elle s’arrêtera d’elle-même dans 30 minutes au plus.',
} satisfies CatalogueOf<typeof superviseDialogEn>;
