import { megabytes } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userImportEn } from '../user-import.js';

export const userImportIt = {
  'userImport.title': ({ kind }) => (kind === 'contacts' ? 'Importa contatti' : 'Importa utenti'),
  'userImport.noPermission': 'Non si dispone dell’autorizzazione per importare utenti in questo cliente.',
  'userImport.notConfigured': 'L’importazione non è collegata a nessun server.',

  'userImport.kind.legend': 'Cosa contiene il file?',
  'userImport.kind.users': 'Utenti',
  'userImport.kind.contacts': 'Contatti',

  'userImport.template.title': 'Partire dal modello',
  'userImport.template.hint':
    'La prima riga indica i nomi delle colonne (LASTNAME, FIRSTNAME, EMAIL…); segue una riga di esempio. Il secondo foglio dell’XLSX spiega ogni colonna e i suoi valori ammessi.',
  'userImport.template.xlsx': 'Scarica il modello (XLSX)',
  'userImport.template.csv': 'Scarica il modello (CSV)',
  'userImport.template.preparing': 'Preparazione del modello…',
  'userImport.template.fileName': ({ kind, format }) => `modello-importazione-${kind === 'contacts' ? 'contatti' : 'utenti'}.${format}`,
  'userImport.template.failed': 'Impossibile preparare il modello. Riprovare.',

  'userImport.file.title': 'Il suo file',
  'userImport.file.hint': ({ maxBytes, maxRows }, t) =>
    `Trascinare qui un file CSV o XLSX, oppure sceglierne uno: al massimo ${megabytes(maxBytes, t)} e ${t.number(maxRows)} righe. Il file viene letto nel browser; non viene inviato nulla prima della verifica con il server.`,
  'userImport.file.choose': 'Scegli un file…',
  'userImport.file.chooseAgain': 'Scegli di nuovo il file corretto…',
  'userImport.file.dragOver': 'Rilasciare il file per leggerlo.',
  'userImport.file.picked': ({ name }) => `Lettura di ${name}.`,

  'userImport.refused.title': ({ name }) => `Impossibile importare ${name}`,
  'userImport.refused.file_too_large': ({ max, found }, t) =>
    found !== undefined
      ? `Il file pesa ${megabytes(found, t)}; il limite è ${megabytes(max, t)}. Dividerlo in file più piccoli.`
      : `Il file supera il limite di ${megabytes(max, t)}. Dividerlo in file più piccoli.`,
  'userImport.refused.too_many_rows': ({ max, found }, t) =>
    found !== undefined
      ? `Il file ha ${t.number(found)} righe; se ne possono importare al massimo ${t.number(max)} alla volta. Dividerlo in file più piccoli.`
      : `Il file ha più di ${t.number(max)} righe, il massimo importabile in una volta. Dividerlo in file più piccoli.`,
  'userImport.refused.uncompressed_too_large': ({ max }, t) =>
    `Una volta decompresso, questo file XLSX supera ${megabytes(max, t)}, quindi viene rifiutato (potrebbe essere una zip bomb). Salvarlo di nuovo dal foglio di calcolo, oppure come CSV.`,
  'userImport.refused.unreadable':
    'Impossibile leggere il file: potrebbe essere danneggiato o protetto da password. Salvarlo di nuovo come XLSX o CSV.',
  'userImport.refused.empty': 'Il file è vuoto.',
  'userImport.refused.no_header':
    'Nessuna riga di intestazione: la prima riga deve indicare i nomi delle colonne (LASTNAME, FIRSTNAME, EMAIL…). Partire dal modello.',
  'userImport.refused.blocked_by_page_policy':
    'Il criterio di sicurezza di questa pagina non consente l’avvio del lettore di importazione, quindi qui non è possibile leggere alcun file. Avvisare il team del portale: la guida alla sicurezza del kit indica cosa consentire (il criterio Trusted Types suite-kit).',
  'userImport.refused.unsupported_format':
    'Si possono importare solo file CSV e XLSX. Salvare il file come XLSX o CSV (non XLS, ODS o Numbers).',
  'userImport.refused.context': 'Impossibile caricare le agenzie e i pool di licenze con cui vengono verificate le righe.',

  'userImport.progress.reading': 'Lettura del file…',
  'userImport.progress.parsing': 'Lettura delle righe…',
  'userImport.progress.validating': 'Verifica delle righe…',
  'userImport.progress.preparing': 'Caricamento delle agenzie e dei pool di licenze…',
  'userImport.progress.value': ({ percent }, t) => t.number(percent / 100, { style: 'percent' }),
  'userImport.progress.rows': ({ done, total }, t) => `${t.number(done)} di ${t.number(total)} righe`,
  'userImport.progress.cancel': 'Annulla',
  'userImport.progress.cancelled': 'Annullato: il file non è stato letto.',
  'userImport.progress.checking': 'Verifica con il server…',
  'userImport.progress.committing': 'Creazione degli utenti…',

  'userImport.result.title': ({ name }) => `Risultato per ${name}`,
  'userImport.result.read': ({ count }, t) => t.plural(count, { one: '# riga letta', other: '# righe lette' }),
  'userImport.result.ok': ({ count }, t) => t.plural(count, { one: '# riga pronta', other: '# righe pronte' }),
  'userImport.result.withErrors': ({ count }, t) => t.plural(count, { one: '# riga con errori', other: '# righe con errori' }),
  'userImport.result.announce': ({ read, ok, errors }, t) =>
    `${t.plural(read, { one: '# riga letta', other: '# righe lette' })}: ${t.plural(ok, { one: '# pronta', other: '# pronte' })}, ${t.plural(
      errors,
      { one: '# con errori', other: '# con errori' },
    )}.`,
  'userImport.result.byKind': 'Errori per tipo',
  'userImport.result.kindCount': ({ kind, count }, t) => `${kind}: ${t.number(count)}`,
  'userImport.result.format': ({ format, encoding, delimiter }) =>
    format === 'csv' ? `CSV, ${encoding}, colonne separate da ${delimiter}` : 'XLSX, primo foglio',
  'userImport.result.delimiter.comma': 'virgole',
  'userImport.result.delimiter.semicolon': 'punti e virgola',
  'userImport.result.delimiter.tab': 'tabulazioni',
  'userImport.headers.summary': ({ mapped, ignored }, t) =>
    `${t.plural(mapped, { one: '# colonna riconosciuta', other: '# colonne riconosciute' })}${
      ignored > 0 ? `, ${t.plural(ignored, { one: '# ignorata', other: '# ignorate' })}` : ''
    }`,
  'userImport.headers.inFile': 'Intestazione nel file',
  'userImport.headers.column': 'Importata come',
  'userImport.headers.ignored': 'Ignorata',
  'userImport.headers.unknown': ({ names }) => `Colonne sconosciute, ignorate: ${names}`,
  'userImport.shortfall.title': 'Posti insufficienti per tutti',
  'userImport.shortfall.item': ({ pool, needed, remaining }, t) =>
    `${pool}: ${t.plural(needed, { one: 'serve # posto', other: 'servono # posti' })}, ${t.plural(remaining, { one: 'ne resta #', other: 'ne restano #' })}.`,
  'userImport.shortfall.hint':
    'Gli utenti importati sono in attesa e occupano un posto solo una volta invitati: liberare posti o acquistare licenze prima di invitarli tutti.',

  'userImport.detail.title': ({ count }, t) => t.plural(count, { one: '# problema da correggere', other: '# problemi da correggere' }),
  'userImport.detail.filterKind': 'Tipo di problema',
  'userImport.detail.filterColumn': 'Colonna',
  'userImport.detail.allKinds': 'Tutti i tipi',
  'userImport.detail.allColumns': 'Tutte le colonne',
  'userImport.detail.option': ({ label, count }, t) => `${label} (${t.number(count)})`,
  'userImport.detail.row': 'Riga',
  'userImport.detail.column': 'Colonna',
  'userImport.detail.value': 'Valore',
  'userImport.detail.problem': 'Problema',
  'userImport.detail.empty': '(vuoto)',
  'userImport.detail.fromServer': 'rilevato dal server',
  'userImport.detail.none': 'Nessun problema corrisponde a questi filtri.',
  'userImport.detail.caption': ({ from, to, total }, t) =>
    `Problemi ${t.number(from)}–${t.number(to)} di ${t.number(total)}`,
  'userImport.detail.pages': 'Pagine dei problemi',
  'userImport.detail.previous': 'Pagina precedente',
  'userImport.detail.next': 'Pagina successiva',
  'userImport.detail.download': ({ count }, t) =>
    t.plural(count, { one: 'Scarica questo problema (CSV)', other: 'Scarica questi # problemi (CSV)' }),
  'userImport.detail.reportName': ({ name }) => `${name.replace(/\.[^.]*$/, '')}-problemi.csv`,
  'userImport.detail.csvRow': 'Riga',
  'userImport.detail.csvColumn': 'Colonna',
  'userImport.detail.csvValue': 'Valore',
  'userImport.detail.csvProblem': 'Problema',
  'userImport.detail.truncated': ({ shown, total }, t) =>
    `Il server ha elencato i primi ${t.number(shown)} dei ${t.number(total)} problemi trovati: correggerli, poi verificare di nuovo.`,

  'userImport.kindName.required': 'Cella obbligatoria vuota',
  'userImport.kindName.invalid_email': 'Email non valida',
  'userImport.kindName.invalid_enum': 'Valore non ammesso',
  'userImport.kindName.invalid_date': 'Data non valida',
  'userImport.kindName.invalid_login': 'Nome utente non valido',
  'userImport.kindName.invalid_phone': 'Numero di telefono non valido',
  'userImport.kindName.invalid_quota': 'Quota non valida',
  'userImport.kindName.too_long': 'Troppo lungo',
  'userImport.kindName.duplicate_in_file': 'Duplicato nel file',
  'userImport.kindName.duplicate_existing': 'Già in uso in questo cliente',
  'userImport.kindName.mobile_required_for_sms': 'Cellulare mancante per l’SMS',
  'userImport.kindName.owner_required': 'Proprietario mancante',
  'userImport.kindName.owner_unknown': 'Proprietario sconosciuto',
  'userImport.kindName.unknown_agency': 'Agenzia sconosciuta',
  'userImport.kindName.unknown_pool': 'Pool di licenze sconosciuto',
  'userImport.kindName.seat_limit': 'Nessun posto rimasto',
  'userImport.kindName.missing_column': 'Colonna mancante',
  'userImport.kindName.other': 'Altro',

  'userImport.cell.required': 'Obbligatoria: questa cella è vuota.',
  'userImport.cell.invalid_email': 'Indirizzo email non valido (ad esempio nome@azienda.it).',
  'userImport.cell.invalid_enum': ({ allowed, format }) =>
    allowed !== undefined
      ? `Valore non ammesso: usare uno tra ${allowed}.`
      : format !== undefined
        ? `Valore non ammesso: formato atteso ${format}.`
        : 'Valore non ammesso per questa colonna: vedere il secondo foglio del modello.',
  'userImport.cell.invalid_date':
    'Data non valida: scrivere gg/mm/aaaa, eventualmente seguito da /hh:mm (01/04/2018/09:30).',
  'userImport.cell.invalid_login': 'Nome utente non valido: solo lettere, cifre, punti, trattini e trattini bassi.',
  'userImport.cell.invalid_phone': 'Numero di telefono non valido.',
  'userImport.cell.invalid_quota': 'Quota non valida: un numero e un’unità, ad esempio 500 MB o 2 GB.',
  'userImport.cell.too_long': ({ max }, t) =>
    max !== undefined ? `Troppo lungo: al massimo ${t.number(Number(max))} caratteri.` : 'Troppo lungo per questa colonna.',
  'userImport.cell.duplicate_in_file': ({ firstRow }, t) =>
    firstRow !== undefined
      ? `Duplicato della riga ${t.number(Number(firstRow), { useGrouping: false })}.`
      : 'Duplicato di una riga precedente del file.',
  'userImport.cell.duplicate_existing': 'Già in uso da parte di un utente di questo cliente.',
  'userImport.cell.mobile_required_for_sms':
    'Il numero di cellulare è obbligatorio quando l’autenticazione a due fattori è via SMS.',
  'userImport.cell.owner_required': 'Un contatto richiede il nome utente dell’utente a cui appartiene.',
  'userImport.cell.owner_unknown': 'Nessun utente ha questo nome utente, né in questo cliente né in questo file.',
  'userImport.cell.unknown_agency': ({ unknown, reason }) =>
    reason === 'agency_scoped'
      ? `Non è una delle sue agenzie${unknown !== undefined ? `: ${unknown}` : ''}.`
      : unknown !== undefined
        ? `Agenzia inesistente in questo cliente: ${unknown}.`
        : 'Agenzia sconosciuta o non sua.',
  'userImport.cell.unknown_pool': ({ unknown }) =>
    unknown !== undefined
      ? `Pool di licenze inesistente in questo cliente: ${unknown}.`
      : 'Pool di licenze inesistente in questo cliente.',
  'userImport.cell.seat_limit': 'Nessun posto rimasto in questo pool di licenze.',
  'userImport.cell.missing_column': ({ column }) =>
    `La colonna ${column} manca, o è vuota in tutte le righe: aggiungerla (vedere il modello).`,

  'userImport.server.check': 'Verifica con il server',
  'userImport.server.checkAgain': 'Verifica di nuovo con il server',
  'userImport.server.checkHint':
    'Il server verifica di nuovo le righe e rileva le email e i nomi utente già in uso in questo cliente.',
  'userImport.server.validated': ({ count }, t) =>
    t.plural(count, {
      one: 'Il server non ha trovato problemi: # utente è pronto per essere creato.',
      other: 'Il server non ha trovato problemi: # utenti sono pronti per essere creati.',
    }),
  'userImport.server.invalid': ({ count }, t) =>
    t.plural(count, { one: 'Il server ha trovato problemi in # riga.', other: 'Il server ha trovato problemi in # righe.' }),
  'userImport.server.fileErrorsFirst':
    'Non viene importato nulla finché il file contiene errori: vengono create tutte le righe, o nessuna. Correggere il file e sceglierlo di nuovo.',
  'userImport.server.noValidRow': 'Nessuna riga è pronta: correggere il file e sceglierlo di nuovo.',
  'userImport.server.commit': ({ count }, t) =>
    t.plural(count, { one: 'Crea # utente in attesa', other: 'Crea # utenti in attesa' }),
  'userImport.server.commitHint':
    'Gli utenti vengono creati senza essere invitati; in seguito è possibile verificarli e inviare gli inviti.',
  'userImport.server.collisions':
    'Dopo la verifica, alcune di queste email o alcuni nomi utente sono stati occupati in questo cliente: non è stato importato nulla. Correggere il file e sceglierlo di nuovo.',
  'userImport.server.tooLarge': 'Il server ha rifiutato il file perché troppo grande: dividerlo in file più piccoli.',
  'userImport.server.rejectedRows':
    'Il server ha rifiutato alcune celle: non è stato importato nulla. Correggerle nel file e sceglierlo di nuovo.',
  'userImport.server.forbidden': 'Non si dispone dell’autorizzazione per importare utenti in questo cliente.',
  'userImport.server.alreadyCommitted': 'Questa importazione è già stata eseguita: i suoi utenti esistono.',
  'userImport.server.expired': 'Il server non conosce più questa verifica: verificare di nuovo con il server.',
  'userImport.server.checkFailed': 'Il server non è riuscito a verificare il file.',
  'userImport.server.commitFailed': 'Impossibile creare gli utenti.',
  'userImport.server.unknownOutcome':
    'Il server non ha confermato. Riprovare: viene inviata di nuovo la stessa richiesta, mai una seconda importazione.',

  'userImport.done.title': ({ count }, t) =>
    t.plural(count, { one: '# utente creato in attesa', other: '# utenti creati in attesa' }),
  'userImport.done.hint': 'Nessuno è stato ancora invitato: verificare i nuovi utenti nella tabella, poi inviare gli inviti.',
  'userImport.done.invite': 'Verifica e invia gli inviti',
  'userImport.done.another': 'Importa un altro file',
} satisfies CatalogueOf<typeof userImportEn>;
