import { megabytes } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userImportEn } from '../user-import.js';

export const userImportNl = {
  'userImport.title': ({ kind }) => (kind === 'contacts' ? 'Contacten importeren' : 'Gebruikers importeren'),
  'userImport.noPermission': 'U mag geen gebruikers importeren voor deze klant.',
  'userImport.notConfigured': 'De import is niet verbonden met een backend.',

  'userImport.kind.legend': 'Wat bevat het bestand?',
  'userImport.kind.users': 'Gebruikers',
  'userImport.kind.contacts': 'Contacten',

  'userImport.template.title': 'Begin met het sjabloon',
  'userImport.template.hint':
    'De eerste rij benoemt de kolommen (LASTNAME, FIRSTNAME, EMAIL…); daarna volgt een voorbeeldrij. Het tweede werkblad van de XLSX legt elke kolom en de toegestane waarden uit.',
  'userImport.template.xlsx': 'Sjabloon downloaden (XLSX)',
  'userImport.template.csv': 'Sjabloon downloaden (CSV)',
  'userImport.template.preparing': 'Sjabloon voorbereiden…',
  'userImport.template.fileName': ({ kind, format }) => `importsjabloon-${kind === 'contacts' ? 'contacten' : 'gebruikers'}.${format}`,
  'userImport.template.failed': 'Het sjabloon kon niet worden voorbereid. Probeer het opnieuw.',

  'userImport.file.title': 'Uw bestand',
  'userImport.file.hint': ({ maxBytes, maxRows }, t) =>
    `Sleep hier een CSV- of XLSX-bestand naartoe of kies er een: maximaal ${megabytes(maxBytes, t)} en ${t.number(maxRows)} rijen. Het wordt in uw browser gelezen; er wordt niets verstuurd voordat u het met de server controleert.`,
  'userImport.file.choose': 'Bestand kiezen…',
  'userImport.file.chooseAgain': 'Bestand corrigeren en opnieuw kiezen…',
  'userImport.file.dragOver': 'Laat het bestand los om het te lezen.',
  'userImport.file.picked': ({ name }) => `${name} wordt gelezen.`,

  'userImport.refused.title': ({ name }) => `${name} kan niet worden geïmporteerd`,
  'userImport.refused.file_too_large': ({ max, found }, t) =>
    found !== undefined
      ? `Het bestand is ${megabytes(found, t)}; de limiet is ${megabytes(max, t)}. Splits het op in kleinere bestanden.`
      : `Het bestand is groter dan de limiet van ${megabytes(max, t)}. Splits het op in kleinere bestanden.`,
  'userImport.refused.too_many_rows': ({ max, found }, t) =>
    found !== undefined
      ? `Het bestand heeft ${t.number(found)} rijen; er kunnen maximaal ${t.number(max)} tegelijk worden geïmporteerd. Splits het op in kleinere bestanden.`
      : `Het bestand heeft meer dan ${t.number(max)} rijen, het maximum dat tegelijk kan worden geïmporteerd. Splits het op in kleinere bestanden.`,
  'userImport.refused.uncompressed_too_large': ({ max }, t) =>
    `Dit XLSX-bestand wordt uitgepakt groter dan ${megabytes(max, t)} en wordt daarom geweigerd (het kan een zipbom zijn). Sla het opnieuw op vanuit uw spreadsheetprogramma, of als CSV.`,
  'userImport.refused.unreadable':
    'Het bestand kon niet worden gelezen: het is mogelijk beschadigd of met een wachtwoord beveiligd. Sla het opnieuw op als XLSX of CSV.',
  'userImport.refused.empty': 'Het bestand is leeg.',
  'userImport.refused.no_header':
    'Geen kopregel: de eerste rij moet de kolommen benoemen (LASTNAME, FIRSTNAME, EMAIL…). Begin met het sjabloon.',
  'userImport.refused.blocked_by_page_policy':
    'Het beveiligingsbeleid van deze pagina laat de importlezer niet starten, dus hier kan geen bestand worden gelezen. Meld het aan het team van het portaal: de beveiligingsgids van de kit beschrijft wat moet worden toegestaan (het Trusted Types-beleid suite-kit).',
  'userImport.refused.unsupported_format':
    'Alleen CSV- en XLSX-bestanden kunnen worden geïmporteerd. Sla het bestand op als XLSX of CSV (niet als XLS, ODS of Numbers).',
  'userImport.refused.context': 'De vestigingen en licentiepools waarmee de rijen worden gecontroleerd, konden niet worden geladen.',

  'userImport.progress.reading': 'Bestand lezen…',
  'userImport.progress.parsing': 'Rijen lezen…',
  'userImport.progress.validating': 'Rijen controleren…',
  'userImport.progress.preparing': 'Vestigingen en licentiepools laden…',
  'userImport.progress.value': ({ percent }, t) => t.number(percent / 100, { style: 'percent' }),
  'userImport.progress.rows': ({ done, total }, t) => `${t.number(done)} van ${t.number(total)} rijen`,
  'userImport.progress.cancel': 'Annuleren',
  'userImport.progress.cancelled': 'Geannuleerd: het bestand is niet gelezen.',
  'userImport.progress.checking': 'Controleren met de server…',
  'userImport.progress.committing': 'Gebruikers aanmaken…',

  'userImport.result.title': ({ name }) => `Resultaat voor ${name}`,
  'userImport.result.read': ({ count }, t) => t.plural(count, { one: '# rij gelezen', other: '# rijen gelezen' }),
  'userImport.result.ok': ({ count }, t) => t.plural(count, { one: '# rij klaar', other: '# rijen klaar' }),
  'userImport.result.withErrors': ({ count }, t) => t.plural(count, { one: '# rij met fouten', other: '# rijen met fouten' }),
  'userImport.result.announce': ({ read, ok, errors }, t) =>
    `${t.plural(read, { one: '# rij gelezen', other: '# rijen gelezen' })}: ${t.number(ok)} klaar, ${t.plural(errors, {
      one: '# met fouten',
      other: '# met fouten',
    })}.`,
  'userImport.result.byKind': 'Fouten per soort',
  'userImport.result.kindCount': ({ kind, count }, t) => `${kind}: ${t.number(count)}`,
  'userImport.result.format': ({ format, encoding, delimiter }) =>
    format === 'csv' ? `CSV, ${encoding}, kolommen gescheiden door ${delimiter}` : 'XLSX, eerste werkblad',
  'userImport.result.delimiter.comma': 'komma’s',
  'userImport.result.delimiter.semicolon': 'puntkomma’s',
  'userImport.result.delimiter.tab': 'tabs',
  'userImport.headers.summary': ({ mapped, ignored }, t) =>
    `${t.plural(mapped, { one: '# kolom herkend', other: '# kolommen herkend' })}${
      ignored > 0 ? `, ${t.plural(ignored, { one: '# genegeerd', other: '# genegeerd' })}` : ''
    }`,
  'userImport.headers.inFile': 'Kop in het bestand',
  'userImport.headers.column': 'Geïmporteerd als',
  'userImport.headers.ignored': 'Genegeerd',
  'userImport.headers.unknown': ({ names }) => `Onbekende kolommen, genegeerd: ${names}`,
  'userImport.shortfall.title': 'Niet genoeg plaatsen voor iedereen',
  'userImport.shortfall.item': ({ pool, needed, remaining }, t) =>
    `${pool}: ${t.plural(needed, { one: '# plaats nodig', other: '# plaatsen nodig' })}, ${t.number(remaining)} over.`,
  'userImport.shortfall.hint':
    'Geïmporteerde gebruikers staan in afwachting en nemen pas een plaats in zodra ze zijn uitgenodigd: maak plaatsen vrij of koop licenties voordat u ze allemaal uitnodigt.',

  'userImport.detail.title': ({ count }, t) => t.plural(count, { one: '# probleem op te lossen', other: '# problemen op te lossen' }),
  'userImport.detail.filterKind': 'Soort probleem',
  'userImport.detail.filterColumn': 'Kolom',
  'userImport.detail.allKinds': 'Alle soorten',
  'userImport.detail.allColumns': 'Alle kolommen',
  'userImport.detail.option': ({ label, count }, t) => `${label} (${t.number(count)})`,
  'userImport.detail.row': 'Rij',
  'userImport.detail.column': 'Kolom',
  'userImport.detail.value': 'Waarde',
  'userImport.detail.problem': 'Probleem',
  'userImport.detail.empty': '(leeg)',
  'userImport.detail.fromServer': 'gevonden door de server',
  'userImport.detail.none': 'Geen probleem komt overeen met deze filters.',
  'userImport.detail.caption': ({ from, to, total }, t) => `Problemen ${t.number(from)}–${t.number(to)} van ${t.number(total)}`,
  'userImport.detail.pages': 'Pagina’s met problemen',
  'userImport.detail.previous': 'Vorige pagina',
  'userImport.detail.next': 'Volgende pagina',
  'userImport.detail.download': ({ count }, t) =>
    t.plural(count, { one: 'Dit probleem downloaden (CSV)', other: 'Deze # problemen downloaden (CSV)' }),
  'userImport.detail.reportName': ({ name }) => `${name.replace(/\.[^.]*$/, '')}-problemen.csv`,
  'userImport.detail.csvRow': 'Rij',
  'userImport.detail.csvColumn': 'Kolom',
  'userImport.detail.csvValue': 'Waarde',
  'userImport.detail.csvProblem': 'Probleem',
  'userImport.detail.truncated': ({ shown, total }, t) =>
    `De server heeft de eerste ${t.number(shown)} van de ${t.number(total)} gevonden problemen vermeld: los deze op en controleer daarna opnieuw.`,

  'userImport.kindName.required': 'Lege verplichte cel',
  'userImport.kindName.invalid_email': 'Ongeldig e-mailadres',
  'userImport.kindName.invalid_enum': 'Waarde niet toegestaan',
  'userImport.kindName.invalid_date': 'Ongeldige datum',
  'userImport.kindName.invalid_login': 'Ongeldige inlognaam',
  'userImport.kindName.invalid_phone': 'Ongeldig telefoonnummer',
  'userImport.kindName.invalid_quota': 'Ongeldig quotum',
  'userImport.kindName.too_long': 'Te lang',
  'userImport.kindName.duplicate_in_file': 'Dubbel in het bestand',
  'userImport.kindName.duplicate_existing': 'Al in gebruik bij deze klant',
  'userImport.kindName.mobile_required_for_sms': 'Mobiel nummer ontbreekt voor sms',
  'userImport.kindName.owner_required': 'Eigenaar ontbreekt',
  'userImport.kindName.owner_unknown': 'Onbekende eigenaar',
  'userImport.kindName.unknown_agency': 'Onbekende vestiging',
  'userImport.kindName.unknown_pool': 'Onbekende licentiepool',
  'userImport.kindName.seat_limit': 'Geen plaats meer over',
  'userImport.kindName.missing_column': 'Ontbrekende kolom',
  'userImport.kindName.other': 'Overig',

  'userImport.cell.required': 'Verplicht: deze cel is leeg.',
  'userImport.cell.invalid_email': 'Geen geldig e-mailadres (bijvoorbeeld naam@bedrijf.nl).',
  'userImport.cell.invalid_enum': ({ allowed, format }) =>
    allowed !== undefined
      ? `Geen toegestane waarde: gebruik een van ${allowed}.`
      : format !== undefined
        ? `Geen toegestane waarde: verwacht wordt ${format}.`
        : 'Geen toegestane waarde voor deze kolom: zie het tweede werkblad van het sjabloon.',
  'userImport.cell.invalid_date': 'Geen geldige datum: schrijf dd/mm/jjjj, eventueel gevolgd door /uu:mm (01/04/2018/09:30).',
  'userImport.cell.invalid_login': 'Geen geldige inlognaam: alleen letters, cijfers, punten, streepjes en underscores.',
  'userImport.cell.invalid_phone': 'Geen geldig telefoonnummer.',
  'userImport.cell.invalid_quota': 'Geen geldig quotum: een getal en een eenheid, bijvoorbeeld 500 MB of 2 GB.',
  'userImport.cell.too_long': ({ max }, t) =>
    max !== undefined ? `Te lang: maximaal ${t.number(Number(max))} tekens.` : 'Te lang voor deze kolom.',
  'userImport.cell.duplicate_in_file': ({ firstRow }, t) =>
    firstRow !== undefined
      ? `Dubbel met rij ${t.number(Number(firstRow), { useGrouping: false })}.`
      : 'Dubbel met een eerdere rij van het bestand.',
  'userImport.cell.duplicate_existing': 'Al in gebruik bij een gebruiker van deze klant.',
  'userImport.cell.mobile_required_for_sms': 'Een mobiel nummer is verplicht als de tweestapsverificatie via sms gaat.',
  'userImport.cell.owner_required': 'Een contact heeft de inlognaam nodig van de gebruiker die er eigenaar van is.',
  'userImport.cell.owner_unknown': 'Geen gebruiker heeft deze inlognaam, niet bij deze klant en niet in dit bestand.',
  'userImport.cell.unknown_agency': ({ unknown, reason }) =>
    reason === 'agency_scoped'
      ? `Niet een van uw vestigingen${unknown !== undefined ? `: ${unknown}` : ''}.`
      : unknown !== undefined
        ? `Deze vestiging bestaat niet bij deze klant: ${unknown}.`
        : 'Onbekende vestiging, of niet een van de uwe.',
  'userImport.cell.unknown_pool': ({ unknown }) =>
    unknown !== undefined ? `Deze licentiepool bestaat niet bij deze klant: ${unknown}.` : 'Deze licentiepool bestaat niet bij deze klant.',
  'userImport.cell.seat_limit': 'Geen plaats meer over in deze licentiepool.',
  'userImport.cell.missing_column': ({ column }) =>
    `De kolom ${column} ontbreekt of is in elke rij leeg: voeg deze toe (zie het sjabloon).`,

  'userImport.server.check': 'Controleren met de server',
  'userImport.server.checkAgain': 'Opnieuw controleren met de server',
  'userImport.server.checkHint':
    'De server controleert de rijen opnieuw en vindt e-mailadressen en inlognamen die al in gebruik zijn bij deze klant.',
  'userImport.server.validated': ({ count }, t) =>
    t.plural(count, {
      one: 'De server heeft geen probleem gevonden: # gebruiker is klaar om te worden aangemaakt.',
      other: 'De server heeft geen probleem gevonden: # gebruikers zijn klaar om te worden aangemaakt.',
    }),
  'userImport.server.invalid': ({ count }, t) =>
    t.plural(count, { one: 'De server heeft problemen gevonden in # rij.', other: 'De server heeft problemen gevonden in # rijen.' }),
  'userImport.server.fileErrorsFirst':
    'Er wordt niets geïmporteerd zolang het bestand fouten bevat: alle rijen worden aangemaakt, of geen enkele. Corrigeer het bestand en kies het opnieuw.',
  'userImport.server.noValidRow': 'Geen enkele rij is klaar: corrigeer het bestand en kies het opnieuw.',
  'userImport.server.commit': ({ count }, t) =>
    t.plural(count, { one: '# gebruiker aanmaken als in afwachting', other: '# gebruikers aanmaken als in afwachting' }),
  'userImport.server.commitHint': 'De gebruikers worden aangemaakt zonder uitnodiging; u controleert ze en verstuurt daarna de uitnodigingen.',
  'userImport.server.collisions':
    'Sinds de controle zijn sommige van deze e-mailadressen of inlognamen bij deze klant in gebruik genomen: er is niets geïmporteerd. Corrigeer het bestand en kies het opnieuw.',
  'userImport.server.tooLarge': 'De server heeft het bestand geweigerd omdat het te groot is: splits het op in kleinere bestanden.',
  'userImport.server.rejectedRows':
    'De server heeft sommige cellen geweigerd: er is niets geïmporteerd. Corrigeer ze in het bestand en kies het opnieuw.',
  'userImport.server.forbidden': 'U mag geen gebruikers importeren voor deze klant.',
  'userImport.server.alreadyCommitted': 'Deze import is al uitgevoerd: de gebruikers ervan bestaan.',
  'userImport.server.expired': 'De server kent deze controle niet meer: controleer opnieuw met de server.',
  'userImport.server.checkFailed': 'De server kon het bestand niet controleren.',
  'userImport.server.commitFailed': 'De gebruikers konden niet worden aangemaakt.',
  'userImport.server.unknownOutcome':
    'De server heeft niet bevestigd. Probeer het opnieuw: hetzelfde verzoek wordt opnieuw verstuurd, nooit een tweede import.',

  'userImport.done.title': ({ count }, t) =>
    t.plural(count, { one: '# gebruiker aangemaakt als in afwachting', other: '# gebruikers aangemaakt als in afwachting' }),
  'userImport.done.hint': 'Er is nog niemand uitgenodigd: controleer de nieuwe gebruikers in de tabel en verstuur daarna de uitnodigingen.',
  'userImport.done.invite': 'Controleren en uitnodigingen versturen',
  'userImport.done.another': 'Een ander bestand importeren',
} satisfies CatalogueOf<typeof userImportEn>;
