import type { CatalogueOf } from '../index.js';
import type { bulkInviteBannerEn } from '../bulk-invite-banner.js';

export const bulkInviteBannerFr = {
  'bulkInvite.title': 'Inviter les utilisateurs sélectionnés',
  'bulkInvite.dismiss': 'Fermer le bandeau d’invitation',
  'bulkInvite.loading': 'Décompte des invitations…',
  'bulkInvite.summary': ({ toInvite, withoutEmail }, t) =>
    `${t.plural(toInvite, { one: '# invitation sera envoyée', other: '# invitations seront envoyées' })}\u00a0; ${t.plural(withoutEmail, {
      one: '# utilisateur n’a pas d’e-mail et ne peut pas être invité',
      other: '# utilisateurs n’ont pas d’e-mail et ne peuvent pas être invités',
    })}.`,
  'bulkInvite.skipped': ({ count }, t) =>
    t.plural(count, {
      one: '# utilisateur est déjà actif, banni ou clôturé et sera ignoré.',
      other: '# utilisateurs sont déjà actifs, bannis ou clôturés et seront ignorés.',
    }),
  'bulkInvite.shortfall': ({ pool, needed, remaining }, t) =>
    `Pas assez de places dans ${pool}\u00a0: ${t.number(needed)} nécessaires, ${t.number(remaining)} restantes. Les utilisateurs au-delà de la dernière place ne seront pas invités.`,
  'bulkInvite.noEmail.title': 'Utilisateurs sans e-mail',
  'bulkInvite.noEmail.hint': 'Donnez une adresse e-mail à chacun pour l’inclure dans les invitations.',
  'bulkInvite.noEmail.partial': ({ shown, total }, t) => `Affichage des ${t.number(shown)} premiers sur ${t.number(total)}.`,
  'bulkInvite.noEmail.label': ({ name }) => `Adresse e-mail de ${name}`,
  'bulkInvite.noEmail.save': 'Enregistrer',
  'bulkInvite.noEmail.saveFor': ({ name }) => `Enregistrer l’adresse e-mail de ${name}`,
  'bulkInvite.noEmail.saving': 'Enregistrement…',
  'bulkInvite.noEmail.saved': ({ name }) => `E-mail enregistré pour ${name}. Nouveau décompte des invitations.`,
  'bulkInvite.error.emailRequired': 'Saisissez une adresse e-mail.',
  'bulkInvite.error.emailInvalid': 'Saisissez une adresse e-mail valide, par exemple nom@entreprise.fr.',
  'bulkInvite.error.emailTaken': 'Un autre utilisateur de ce client a déjà cette adresse.',
  'bulkInvite.error.saveEmail': 'L’adresse e-mail n’a pas pu être enregistrée.',
  'bulkInvite.send': ({ count }, t) => t.plural(count, { one: 'Envoyer # invitation', other: 'Envoyer # invitations' }),
  'bulkInvite.nothingToSend': 'Aucune invitation à envoyer.',
  'bulkInvite.sending': ({ count }, t) => t.plural(count, { one: 'Envoi de # invitation…', other: 'Envoi de # invitations…' }),
  'bulkInvite.progress': 'Envoi des invitations',
  'bulkInvite.retry': 'Réessayer',
  'bulkInvite.retryFailed': ({ count }, t) =>
    t.plural(count, { one: 'Réessayer l’invitation en échec', other: 'Réessayer les # invitations en échec' }),
  'bulkInvite.done': ({ sent, skipped, failed }, t) =>
    `Terminé\u00a0: ${t.plural(sent, { one: '# envoyée', other: '# envoyées' })}, ${t.plural(skipped, { one: '# ignorée', other: '# ignorées' })}, ${t.plural(failed, { one: '# en échec', other: '# en échec' })}.`,
  'bulkInvite.results.caption': 'Résultat pour chaque utilisateur',
  'bulkInvite.results.user': 'Utilisateur',
  'bulkInvite.results.outcome': 'Résultat',
  'bulkInvite.results.reason': 'Motif',
  'bulkInvite.results.more': ({ count }, t) => t.plural(count, { one: 'Afficher # de plus', other: 'Afficher # de plus' }),
  'bulkInvite.outcome.sent': 'Envoyée',
  'bulkInvite.outcome.skipped': 'Ignorée',
  'bulkInvite.outcome.failed': 'En échec',
  'bulkInvite.reason.no_email': 'Pas d’adresse e-mail',
  'bulkInvite.reason.seat_limit': 'Plus de place dans le pool de licences',
  'bulkInvite.reason.already_active': 'Déjà actif',
  'bulkInvite.reason.invalid_status': 'Inactif, banni ou clôturé',
  'bulkInvite.reason.not_found': 'Introuvable',
  'bulkInvite.reason.rate_limited': 'Trop d’e-mails récents vers cette adresse',
  'bulkInvite.error.unknownOutcome':
    'Le serveur n’a pas confirmé les invitations. Réessayez\u00a0: la même demande est renvoyée, jamais un second e-mail.',
  'bulkInvite.error.send': 'Les invitations n’ont pas pu être envoyées.',
  'bulkInvite.error.forbidden': 'Vous n’avez pas le droit d’envoyer ces invitations.',
  'bulkInvite.error.preview': 'Impossible de décompter les invitations.',
} satisfies CatalogueOf<typeof bulkInviteBannerEn>;
