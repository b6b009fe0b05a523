import type { CatalogueOf } from '../index.js';
import type { bulkInviteBannerEn } from '../bulk-invite-banner.js';

export const bulkInviteBannerNl = {
  'bulkInvite.title': 'Geselecteerde gebruikers uitnodigen',
  'bulkInvite.dismiss': 'Uitnodigingsbanner sluiten',
  'bulkInvite.loading': 'Uitnodigingen tellen…',
  'bulkInvite.summary': ({ toInvite, withoutEmail }, t) =>
    `${t.plural(toInvite, { one: '# uitnodiging wordt verstuurd', other: '# uitnodigingen worden verstuurd' })}; ${t.plural(withoutEmail, {
      one: '# gebruiker heeft geen e-mailadres en kan niet worden uitgenodigd',
      other: '# gebruikers hebben geen e-mailadres en kunnen niet worden uitgenodigd',
    })}.`,
  'bulkInvite.skipped': ({ count }, t) =>
    t.plural(count, {
      one: '# gebruiker is al actief, geblokkeerd of gesloten en wordt overgeslagen.',
      other: '# gebruikers zijn al actief, geblokkeerd of gesloten en worden overgeslagen.',
    }),
  'bulkInvite.shortfall': ({ pool, needed, remaining }, t) =>
    `Niet genoeg plaatsen in ${pool}: ${t.number(needed)} nodig, ${t.number(remaining)} over. Gebruikers na de laatste plaats worden niet uitgenodigd.`,
  'bulkInvite.noEmail.title': 'Gebruikers zonder e-mailadres',
  'bulkInvite.noEmail.hint': 'Geef elk een e-mailadres om hen in de uitnodigingen op te nemen.',
  'bulkInvite.noEmail.partial': ({ shown, total }, t) => `De eerste ${t.number(shown)} van ${t.number(total)} worden getoond.`,
  'bulkInvite.noEmail.label': ({ name }) => `E-mailadres voor ${name}`,
  'bulkInvite.noEmail.save': 'Opslaan',
  'bulkInvite.noEmail.saveFor': ({ name }) => `E-mailadres van ${name} opslaan`,
  'bulkInvite.noEmail.saving': 'Opslaan…',
  'bulkInvite.noEmail.saved': ({ name }) => `E-mailadres opgeslagen voor ${name}. De uitnodigingen worden opnieuw geteld.`,
  'bulkInvite.error.emailRequired': 'Typ een e-mailadres.',
  'bulkInvite.error.emailInvalid': 'Typ een geldig e-mailadres, bijvoorbeeld naam@bedrijf.nl.',
  'bulkInvite.error.emailTaken': 'Een andere gebruiker van deze klant heeft dit adres al.',
  'bulkInvite.error.saveEmail': 'Het e-mailadres kon niet worden opgeslagen.',
  'bulkInvite.send': ({ count }, t) => t.plural(count, { one: '# uitnodiging versturen', other: '# uitnodigingen versturen' }),
  'bulkInvite.nothingToSend': 'Geen uitnodiging om te versturen.',
  'bulkInvite.sending': ({ count }, t) => t.plural(count, { one: '# uitnodiging wordt verstuurd…', other: '# uitnodigingen worden verstuurd…' }),
  'bulkInvite.progress': 'Uitnodigingen versturen',
  'bulkInvite.retry': 'Opnieuw proberen',
  'bulkInvite.retryFailed': ({ count }, t) =>
    t.plural(count, { one: 'De mislukte uitnodiging opnieuw versturen', other: 'De # mislukte uitnodigingen opnieuw versturen' }),
  'bulkInvite.done': ({ sent, skipped, failed }, t) =>
    `Klaar: ${t.plural(sent, { one: '# verstuurd', other: '# verstuurd' })}, ${t.plural(skipped, { one: '# overgeslagen', other: '# overgeslagen' })}, ${t.plural(failed, { one: '# mislukt', other: '# mislukt' })}.`,
  'bulkInvite.results.caption': 'Resultaat per gebruiker',
  'bulkInvite.results.user': 'Gebruiker',
  'bulkInvite.results.outcome': 'Resultaat',
  'bulkInvite.results.reason': 'Reden',
  'bulkInvite.results.more': ({ count }, t) => t.plural(count, { one: 'Nog # tonen', other: 'Nog # tonen' }),
  'bulkInvite.outcome.sent': 'Verstuurd',
  'bulkInvite.outcome.skipped': 'Overgeslagen',
  'bulkInvite.outcome.failed': 'Mislukt',
  'bulkInvite.reason.no_email': 'Geen e-mailadres',
  'bulkInvite.reason.seat_limit': 'Geen plaats meer in de licentiepool',
  'bulkInvite.reason.already_active': 'Al actief',
  'bulkInvite.reason.invalid_status': 'Inactief, geblokkeerd of gesloten',
  'bulkInvite.reason.not_found': 'Niet meer gevonden',
  'bulkInvite.reason.rate_limited': 'Onlangs te veel e-mails naar dit adres',
  'bulkInvite.error.unknownOutcome':
    'De server heeft de uitnodigingen niet bevestigd. Probeer het opnieuw: hetzelfde verzoek wordt opnieuw verstuurd, nooit een tweede e-mail.',
  'bulkInvite.error.send': 'De uitnodigingen konden niet worden verstuurd.',
  'bulkInvite.error.forbidden': 'U mag deze uitnodigingen niet versturen.',
  'bulkInvite.error.preview': 'De uitnodigingen konden niet worden geteld.',
} satisfies CatalogueOf<typeof bulkInviteBannerEn>;
