import { megabytes } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userImportEn } from '../user-import.js';

export const userImportDe = {
  'userImport.title': ({ kind }) => (kind === 'contacts' ? 'Kontakte importieren' : 'Benutzer importieren'),
  'userImport.noPermission': 'Sie dürfen für diesen Kunden keine Benutzer importieren.',
  'userImport.notConfigured': 'Der Import ist mit keinem Backend verbunden.',

  'userImport.kind.legend': 'Was enthält die Datei?',
  'userImport.kind.users': 'Benutzer',
  'userImport.kind.contacts': 'Kontakte',

  'userImport.template.title': 'Mit der Vorlage beginnen',
  'userImport.template.hint':
    'Die erste Zeile benennt die Spalten (LASTNAME, FIRSTNAME, EMAIL…); darauf folgt eine Beispielzeile. Das zweite Blatt der XLSX-Datei erklärt jede Spalte und ihre erlaubten Werte.',
  'userImport.template.xlsx': 'Vorlage herunterladen (XLSX)',
  'userImport.template.csv': 'Vorlage herunterladen (CSV)',
  'userImport.template.preparing': 'Die Vorlage wird vorbereitet…',
  'userImport.template.fileName': ({ kind, format }) => `importvorlage-${kind === 'contacts' ? 'kontakte' : 'benutzer'}.${format}`,
  'userImport.template.failed': 'Die Vorlage konnte nicht vorbereitet werden. Versuchen Sie es erneut.',

  'userImport.file.title': 'Ihre Datei',
  'userImport.file.hint': ({ maxBytes, maxRows }, t) =>
    `Legen Sie hier eine CSV- oder XLSX-Datei ab oder wählen Sie eine aus: höchstens ${megabytes(maxBytes, t)} und ${t.number(maxRows)} Zeilen. Sie wird in Ihrem Browser gelesen; nichts wird gesendet, bevor Sie sie mit dem Server prüfen.`,
  'userImport.file.choose': 'Datei auswählen…',
  'userImport.file.chooseAgain': 'Datei korrigieren und erneut auswählen…',
  'userImport.file.dragOver': 'Legen Sie die Datei ab, um sie zu lesen.',
  'userImport.file.picked': ({ name }) => `${name} wird gelesen.`,

  'userImport.refused.title': ({ name }) => `${name} kann nicht importiert werden`,
  'userImport.refused.file_too_large': ({ max, found }, t) =>
    found !== undefined
      ? `Die Datei ist ${megabytes(found, t)} groß; das Limit liegt bei ${megabytes(max, t)}. Teilen Sie sie in kleinere Dateien auf.`
      : `Die Datei ist größer als das Limit von ${megabytes(max, t)}. Teilen Sie sie in kleinere Dateien auf.`,
  'userImport.refused.too_many_rows': ({ max, found }, t) =>
    found !== undefined
      ? `Die Datei hat ${t.number(found)} Zeilen; höchstens ${t.number(max)} können auf einmal importiert werden. Teilen Sie sie in kleinere Dateien auf.`
      : `Die Datei hat mehr als ${t.number(max)} Zeilen, das Maximum für einen Import. Teilen Sie sie in kleinere Dateien auf.`,
  'userImport.refused.uncompressed_too_large': ({ max }, t) =>
    `Diese XLSX-Datei wird entpackt größer als ${megabytes(max, t)} und wird daher abgelehnt (es könnte eine ZIP-Bombe sein). Speichern Sie sie erneut aus Ihrer Tabellenkalkulation oder als CSV.`,
  'userImport.refused.unreadable':
    'Die Datei konnte nicht gelesen werden: Sie ist möglicherweise beschädigt oder durch ein Passwort geschützt. Speichern Sie sie erneut als XLSX oder CSV.',
  'userImport.refused.empty': 'Die Datei ist leer.',
  'userImport.refused.no_header':
    'Keine Kopfzeile: Die erste Zeile muss die Spalten benennen (LASTNAME, FIRSTNAME, EMAIL…). Beginnen Sie mit der Vorlage.',
  'userImport.refused.blocked_by_page_policy':
    'Die Sicherheitsrichtlinie dieser Seite verhindert den Start des Import-Lesemoduls, daher kann hier keine Datei gelesen werden. Informieren Sie das Team des Portals: Im Sicherheitsleitfaden des Kits steht, was freizugeben ist (die Trusted-Types-Richtlinie suite-kit).',
  'userImport.refused.unsupported_format':
    'Nur CSV- und XLSX-Dateien können importiert werden. Speichern Sie die Datei als XLSX oder CSV (nicht als XLS, ODS oder Numbers).',
  'userImport.refused.context': 'Die Standorte und Lizenzpools, mit denen die Zeilen geprüft werden, konnten nicht geladen werden.',

  'userImport.progress.reading': 'Die Datei wird gelesen…',
  'userImport.progress.parsing': 'Die Zeilen werden gelesen…',
  'userImport.progress.validating': 'Die Zeilen werden geprüft…',
  'userImport.progress.preparing': 'Standorte und Lizenzpools werden geladen…',
  'userImport.progress.value': ({ percent }, t) => t.number(percent / 100, { style: 'percent' }),
  'userImport.progress.rows': ({ done, total }, t) => `${t.number(done)} von ${t.number(total)} Zeilen`,
  'userImport.progress.cancel': 'Abbrechen',
  'userImport.progress.cancelled': 'Abgebrochen: Die Datei wurde nicht gelesen.',
  'userImport.progress.checking': 'Prüfung durch den Server…',
  'userImport.progress.committing': 'Die Benutzer werden angelegt…',

  'userImport.result.title': ({ name }) => `Ergebnis für ${name}`,
  'userImport.result.read': ({ count }, t) => t.plural(count, { one: '# Zeile gelesen', other: '# Zeilen gelesen' }),
  'userImport.result.ok': ({ count }, t) => t.plural(count, { one: '# Zeile bereit', other: '# Zeilen bereit' }),
  'userImport.result.withErrors': ({ count }, t) => t.plural(count, { one: '# Zeile mit Fehlern', other: '# Zeilen mit Fehlern' }),
  'userImport.result.announce': ({ read, ok, errors }, t) =>
    `${t.plural(read, { one: '# Zeile gelesen', other: '# Zeilen gelesen' })}: ${t.number(ok)} bereit, ${t.plural(errors, {
      one: '# mit Fehlern',
      other: '# mit Fehlern',
    })}.`,
  'userImport.result.byKind': 'Fehler nach Art',
  'userImport.result.kindCount': ({ kind, count }, t) => `${kind}: ${t.number(count)}`,
  'userImport.result.format': ({ format, encoding, delimiter }) =>
    format === 'csv' ? `CSV, ${encoding}, Spalten getrennt durch ${delimiter}` : 'XLSX, erstes Blatt',
  'userImport.result.delimiter.comma': 'Kommas',
  'userImport.result.delimiter.semicolon': 'Semikolons',
  'userImport.result.delimiter.tab': 'Tabulatoren',
  'userImport.headers.summary': ({ mapped, ignored }, t) =>
    `${t.plural(mapped, { one: '# Spalte erkannt', other: '# Spalten erkannt' })}${
      ignored > 0 ? `, ${t.plural(ignored, { one: '# ignoriert', other: '# ignoriert' })}` : ''
    }`,
  'userImport.headers.inFile': 'Kopfzeile in der Datei',
  'userImport.headers.column': 'Importiert als',
  'userImport.headers.ignored': 'Ignoriert',
  'userImport.headers.unknown': ({ names }) => `Unbekannte Spalten, ignoriert: ${names}`,
  'userImport.shortfall.title': 'Nicht genug Plätze für alle',
  'userImport.shortfall.item': ({ pool, needed, remaining }, t) =>
    `${pool}: ${t.plural(needed, { one: '# Platz benötigt', other: '# Plätze benötigt' })}, ${t.number(remaining)} frei.`,
  'userImport.shortfall.hint':
    'Importierte Benutzer sind ausstehend und belegen erst nach der Einladung einen Platz: Geben Sie Plätze frei oder kaufen Sie Lizenzen, bevor Sie alle einladen.',

  'userImport.detail.title': ({ count }, t) => t.plural(count, { one: '# Problem zu beheben', other: '# Probleme zu beheben' }),
  'userImport.detail.filterKind': 'Art des Problems',
  'userImport.detail.filterColumn': 'Spalte',
  'userImport.detail.allKinds': 'Alle Arten',
  'userImport.detail.allColumns': 'Alle Spalten',
  'userImport.detail.option': ({ label, count }, t) => `${label} (${t.number(count)})`,
  'userImport.detail.row': 'Zeile',
  'userImport.detail.column': 'Spalte',
  'userImport.detail.value': 'Wert',
  'userImport.detail.problem': 'Problem',
  'userImport.detail.empty': '(leer)',
  'userImport.detail.fromServer': 'vom Server gefunden',
  'userImport.detail.none': 'Kein Problem passt zu diesen Filtern.',
  'userImport.detail.caption': ({ from, to, total }, t) => `Probleme ${t.number(from)}–${t.number(to)} von ${t.number(total)}`,
  'userImport.detail.pages': 'Seiten der Probleme',
  'userImport.detail.previous': 'Vorherige Seite',
  'userImport.detail.next': 'Nächste Seite',
  'userImport.detail.download': ({ count }, t) =>
    t.plural(count, { one: 'Dieses Problem herunterladen (CSV)', other: 'Diese # Probleme herunterladen (CSV)' }),
  'userImport.detail.reportName': ({ name }) => `${name.replace(/\.[^.]*$/, '')}-probleme.csv`,
  'userImport.detail.csvRow': 'Zeile',
  'userImport.detail.csvColumn': 'Spalte',
  'userImport.detail.csvValue': 'Wert',
  'userImport.detail.csvProblem': 'Problem',
  'userImport.detail.truncated': ({ shown, total }, t) =>
    `Der Server hat die ersten ${t.number(shown)} von ${t.number(total)} gefundenen Problemen aufgelistet: Beheben Sie diese und prüfen Sie dann erneut.`,

  'userImport.kindName.required': 'Leere Pflichtzelle',
  'userImport.kindName.invalid_email': 'Ungültige E-Mail-Adresse',
  'userImport.kindName.invalid_enum': 'Wert nicht erlaubt',
  'userImport.kindName.invalid_date': 'Ungültiges Datum',
  'userImport.kindName.invalid_login': 'Ungültiger Anmeldename',
  'userImport.kindName.invalid_phone': 'Ungültige Telefonnummer',
  'userImport.kindName.invalid_quota': 'Ungültiges Kontingent',
  'userImport.kindName.too_long': 'Zu lang',
  'userImport.kindName.duplicate_in_file': 'Doppelt in der Datei',
  'userImport.kindName.duplicate_existing': 'In diesem Kunden bereits verwendet',
  'userImport.kindName.mobile_required_for_sms': 'Mobilnummer fehlt für SMS',
  'userImport.kindName.owner_required': 'Eigentümer fehlt',
  'userImport.kindName.owner_unknown': 'Unbekannter Eigentümer',
  'userImport.kindName.unknown_agency': 'Unbekannter Standort',
  'userImport.kindName.unknown_pool': 'Unbekannter Lizenzpool',
  'userImport.kindName.seat_limit': 'Kein Platz mehr frei',
  'userImport.kindName.missing_column': 'Fehlende Spalte',
  'userImport.kindName.other': 'Sonstiges',

  'userImport.cell.required': 'Pflichtfeld: Diese Zelle ist leer.',
  'userImport.cell.invalid_email': 'Keine gültige E-Mail-Adresse (zum Beispiel name@firma.de).',
  'userImport.cell.invalid_enum': ({ allowed, format }) =>
    allowed !== undefined
      ? `Kein erlaubter Wert: Verwenden Sie einen der Werte ${allowed}.`
      : format !== undefined
        ? `Kein erlaubter Wert: erwartet wird ${format}.`
        : 'Kein erlaubter Wert für diese Spalte: Siehe das zweite Blatt der Vorlage.',
  'userImport.cell.invalid_date': 'Kein gültiges Datum: Schreiben Sie TT/MM/JJJJ, optional gefolgt von /hh:mm (01/04/2018/09:30).',
  'userImport.cell.invalid_login': 'Kein gültiger Anmeldename: nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche.',
  'userImport.cell.invalid_phone': 'Keine gültige Telefonnummer.',
  'userImport.cell.invalid_quota': 'Kein gültiges Kontingent: eine Zahl und eine Einheit, zum Beispiel 500 MB oder 2 GB.',
  'userImport.cell.too_long': ({ max }, t) =>
    max !== undefined ? `Zu lang: höchstens ${t.number(Number(max))} Zeichen.` : 'Zu lang für diese Spalte.',
  'userImport.cell.duplicate_in_file': ({ firstRow }, t) =>
    firstRow !== undefined
      ? `Doppelt: wie Zeile ${t.number(Number(firstRow), { useGrouping: false })}.`
      : 'Doppelt: wie eine frühere Zeile der Datei.',
  'userImport.cell.duplicate_existing': 'Bereits von einem Benutzer dieses Kunden verwendet.',
  'userImport.cell.mobile_required_for_sms': 'Eine Mobilnummer ist erforderlich, wenn die Zwei-Faktor-Authentifizierung per SMS erfolgt.',
  'userImport.cell.owner_required': 'Ein Kontakt braucht den Anmeldenamen des Benutzers, dem er gehört.',
  'userImport.cell.owner_unknown': 'Kein Benutzer hat diesen Anmeldenamen, weder in diesem Kunden noch in dieser Datei.',
  'userImport.cell.unknown_agency': ({ unknown, reason }) =>
    reason === 'agency_scoped'
      ? `Nicht einer Ihrer Standorte${unknown !== undefined ? `: ${unknown}` : ''}.`
      : unknown !== undefined
        ? `Diesen Standort gibt es in diesem Kunden nicht: ${unknown}.`
        : 'Unbekannter Standort oder nicht einer Ihrer Standorte.',
  'userImport.cell.unknown_pool': ({ unknown }) =>
    unknown !== undefined ? `Diesen Lizenzpool gibt es in diesem Kunden nicht: ${unknown}.` : 'Diesen Lizenzpool gibt es in diesem Kunden nicht.',
  'userImport.cell.seat_limit': 'Kein Platz mehr frei in diesem Lizenzpool.',
  'userImport.cell.missing_column': ({ column }) =>
    `Die Spalte ${column} fehlt oder ist in jeder Zeile leer: Fügen Sie sie hinzu (siehe Vorlage).`,

  'userImport.server.check': 'Mit dem Server prüfen',
  'userImport.server.checkAgain': 'Erneut mit dem Server prüfen',
  'userImport.server.checkHint':
    'Der Server prüft die Zeilen erneut und findet E-Mail-Adressen und Anmeldenamen, die in diesem Kunden bereits verwendet werden.',
  'userImport.server.validated': ({ count }, t) =>
    t.plural(count, {
      one: 'Der Server hat kein Problem gefunden: # Benutzer ist bereit zum Anlegen.',
      other: 'Der Server hat kein Problem gefunden: # Benutzer sind bereit zum Anlegen.',
    }),
  'userImport.server.invalid': ({ count }, t) =>
    t.plural(count, { one: 'Der Server hat Probleme in # Zeile gefunden.', other: 'Der Server hat Probleme in # Zeilen gefunden.' }),
  'userImport.server.fileErrorsFirst':
    'Solange die Datei Fehler enthält, wird nichts importiert: Entweder werden alle Zeilen angelegt oder keine. Korrigieren Sie die Datei und wählen Sie sie erneut aus.',
  'userImport.server.noValidRow': 'Keine Zeile ist bereit: Korrigieren Sie die Datei und wählen Sie sie erneut aus.',
  'userImport.server.commit': ({ count }, t) =>
    t.plural(count, { one: '# Benutzer als ausstehend anlegen', other: '# Benutzer als ausstehend anlegen' }),
  'userImport.server.commitHint':
    'Die Benutzer werden angelegt, ohne eingeladen zu werden; Sie prüfen sie und senden danach die Einladungen.',
  'userImport.server.collisions':
    'Seit der Prüfung wurden einige dieser E-Mail-Adressen oder Anmeldenamen in diesem Kunden vergeben: Es wurde nichts importiert. Korrigieren Sie die Datei und wählen Sie sie erneut aus.',
  'userImport.server.tooLarge': 'Der Server hat die Datei als zu groß abgelehnt: Teilen Sie sie in kleinere Dateien auf.',
  'userImport.server.rejectedRows':
    'Der Server hat einige Zellen abgelehnt: Es wurde nichts importiert. Korrigieren Sie sie in der Datei und wählen Sie sie erneut aus.',
  'userImport.server.forbidden': 'Sie dürfen für diesen Kunden keine Benutzer importieren.',
  'userImport.server.alreadyCommitted': 'Dieser Import wurde bereits durchgeführt: Seine Benutzer existieren.',
  'userImport.server.expired': 'Der Server kennt diese Prüfung nicht mehr: Prüfen Sie erneut mit dem Server.',
  'userImport.server.checkFailed': 'Der Server konnte die Datei nicht prüfen.',
  'userImport.server.commitFailed': 'Die Benutzer konnten nicht angelegt werden.',
  'userImport.server.unknownOutcome':
    'Der Server hat nicht bestätigt. Versuchen Sie es erneut: Dieselbe Anfrage wird noch einmal gesendet, nie ein zweiter Import.',

  'userImport.done.title': ({ count }, t) =>
    t.plural(count, { one: '# Benutzer als ausstehend angelegt', other: '# Benutzer als ausstehend angelegt' }),
  'userImport.done.hint': 'Noch wurde niemand eingeladen: Prüfen Sie die neuen Benutzer in der Tabelle und senden Sie dann die Einladungen.',
  'userImport.done.invite': 'Prüfen und Einladungen senden',
  'userImport.done.another': 'Weitere Datei importieren',
} satisfies CatalogueOf<typeof userImportEn>;
