import { megabytes } from './formats.js';
import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

type Count = { count: number };
type Kind = { kind: 'users' | 'contacts' };
/** The limit a file broke and, when the reader measured it, what the file had. */
type Limit = { max: number; found?: number };
/**
 * What a cell error's message may use: its column, and the `params` the reader
 * or the server gave (`firstRow` of a duplicate, `max` length, `allowed`
 * values or expected `format`, the `unknown` names, `reason`). Each message
 * reads only what it needs and still reads well without it (another backend
 * may give none).
 */
export type CellMessageParams = { column: string } & Readonly<Record<string, string | number | undefined>>;

export const userImportEn = {
  'userImport.title': ({ kind }: Kind): string => (kind === 'contacts' ? 'Import contacts' : 'Import users'),
  'userImport.noPermission': 'You are not allowed to import users for this client.',
  'userImport.notConfigured': 'The import is not connected to a backend.',

  'userImport.kind.legend': 'What does the file contain?',
  'userImport.kind.users': 'Users',
  'userImport.kind.contacts': 'Contacts',

  'userImport.template.title': 'Start from the template',
  'userImport.template.hint':
    'The first row names the columns (LASTNAME, FIRSTNAME, EMAIL…); an example row follows. The second sheet of the XLSX explains each column and its allowed values.',
  'userImport.template.xlsx': 'Download the template (XLSX)',
  'userImport.template.csv': 'Download the template (CSV)',
  'userImport.template.preparing': 'Preparing the template…',
  'userImport.template.fileName': ({ kind, format }: Kind & { format: string }): string => `${kind === 'contacts' ? 'contacts' : 'users'}-import-template.${format}`,
  'userImport.template.failed': 'The template could not be prepared. Try again.',

  'userImport.file.title': 'Your file',
  'userImport.file.hint': ({ maxBytes, maxRows }: { maxBytes: number; maxRows: number }, t: MessageTools) =>
    `Drop a CSV or XLSX file here, or choose one: at most ${megabytes(maxBytes, t)} and ${t.number(maxRows)} rows. It is read in your browser; nothing is sent before you check it with the server.`,
  'userImport.file.choose': 'Choose a file…',
  'userImport.file.chooseAgain': 'Fix the file and pick it again…',
  'userImport.file.dragOver': 'Drop the file to read it.',
  'userImport.file.picked': ({ name }: { name: string }) => `Reading ${name}.`,

  'userImport.refused.title': ({ name }: { name: string }) => `${name} cannot be imported`,
  'userImport.refused.file_too_large': ({ max, found }: Limit, t: MessageTools) =>
    found !== undefined
      ? `The file weighs ${megabytes(found, t)}; the limit is ${megabytes(max, t)}. Split it into smaller files.`
      : `The file weighs more than the limit of ${megabytes(max, t)}. Split it into smaller files.`,
  'userImport.refused.too_many_rows': ({ max, found }: Limit, t: MessageTools) =>
    found !== undefined
      ? `The file has ${t.number(found)} rows; at most ${t.number(max)} can be imported at once. Split it into smaller files.`
      : `The file has more than ${t.number(max)} rows, the most that can be imported at once. Split it into smaller files.`,
  'userImport.refused.uncompressed_too_large': ({ max }: Limit, t: MessageTools) =>
    `This XLSX file unpacks to more than ${megabytes(max, t)}, so it is refused (it could be a zip bomb). Save it again from your spreadsheet, or as CSV.`,
  'userImport.refused.unreadable': 'The file could not be read: it may be damaged or protected by a password. Save it again as XLSX or CSV.',
  'userImport.refused.empty': 'The file is empty.',
  'userImport.refused.no_header':
    'No header row: the first row must name the columns (LASTNAME, FIRSTNAME, EMAIL…). Start from the template.',
  'userImport.refused.blocked_by_page_policy':
    'This page’s security policy does not let the import reader start, so no file can be read here. Tell the portal’s team: the kit’s security guide says what to allow (the Trusted Types policy suite-kit).',
  'userImport.refused.unsupported_format': 'Only CSV and XLSX files can be imported. Save the file as XLSX or CSV (not XLS, ODS or Numbers).',
  'userImport.refused.context': 'The agencies and licence pools the rows are checked against could not be loaded.',

  'userImport.progress.reading': 'Reading the file…',
  'userImport.progress.parsing': 'Reading the rows…',
  'userImport.progress.validating': 'Checking the rows…',
  'userImport.progress.preparing': 'Loading the agencies and licence pools…',
  'userImport.progress.value': ({ percent }: { percent: number }, t: MessageTools) => t.number(percent / 100, { style: 'percent' }),
  'userImport.progress.rows': ({ done, total }: { done: number; total: number }, t: MessageTools) =>
    `${t.number(done)} of ${t.number(total)} rows`,
  'userImport.progress.cancel': 'Cancel',
  'userImport.progress.cancelled': 'Cancelled: the file was not read.',
  'userImport.progress.checking': 'Checking with the server…',
  'userImport.progress.committing': 'Creating the users…',

  'userImport.result.title': ({ name }: { name: string }) => `Result for ${name}`,
  'userImport.result.read': ({ count }: Count, t: MessageTools) => t.plural(count, { one: '# row read', other: '# rows read' }),
  'userImport.result.ok': ({ count }: Count, t: MessageTools) => t.plural(count, { one: '# row ready', other: '# rows ready' }),
  'userImport.result.withErrors': ({ count }: Count, t: MessageTools) =>
    t.plural(count, { one: '# row with errors', other: '# rows with errors' }),
  'userImport.result.announce': ({ read, ok, errors }: { read: number; ok: number; errors: number }, t: MessageTools) =>
    `${t.plural(read, { one: '# row read', other: '# rows read' })}: ${t.number(ok)} ready, ${t.plural(errors, {
      one: '# with errors',
      other: '# with errors',
    })}.`,
  'userImport.result.byKind': 'Errors by kind',
  'userImport.result.kindCount': ({ kind, count }: { kind: string; count: number }, t: MessageTools) => `${kind}: ${t.number(count)}`,
  'userImport.result.format': ({ format, encoding, delimiter }: { format: string; encoding: string; delimiter: string }): string =>
    format === 'csv' ? `CSV, ${encoding}, columns separated by ${delimiter}` : 'XLSX, first sheet',
  'userImport.result.delimiter.comma': 'commas',
  'userImport.result.delimiter.semicolon': 'semicolons',
  'userImport.result.delimiter.tab': 'tabs',
  'userImport.headers.summary': ({ mapped, ignored }: { mapped: number; ignored: number }, t: MessageTools) =>
    `${t.plural(mapped, { one: '# column recognised', other: '# columns recognised' })}${
      ignored > 0 ? `, ${t.plural(ignored, { one: '# ignored', other: '# ignored' })}` : ''
    }`,
  'userImport.headers.inFile': 'Header in the file',
  'userImport.headers.column': 'Imported as',
  'userImport.headers.ignored': 'Ignored',
  'userImport.headers.unknown': ({ names }: { names: string }) => `Unknown columns, ignored: ${names}`,
  'userImport.shortfall.title': 'Not enough seats for everyone',
  'userImport.shortfall.item': ({ pool, needed, remaining }: { pool: string; needed: number; remaining: number }, t: MessageTools) =>
    `${pool}: ${t.plural(needed, { one: '# seat needed', other: '# seats needed' })}, ${t.number(remaining)} left.`,
  'userImport.shortfall.hint':
    'Imported users are pending and take a seat only once invited: free seats or buy licences before you invite them all.',

  'userImport.detail.title': ({ count }: Count, t: MessageTools) => t.plural(count, { one: '# problem to fix', other: '# problems to fix' }),
  'userImport.detail.filterKind': 'Kind of problem',
  'userImport.detail.filterColumn': 'Column',
  'userImport.detail.allKinds': 'All kinds',
  'userImport.detail.allColumns': 'All columns',
  'userImport.detail.option': ({ label, count }: { label: string; count: number }, t: MessageTools) => `${label} (${t.number(count)})`,
  'userImport.detail.row': 'Row',
  'userImport.detail.column': 'Column',
  'userImport.detail.value': 'Value',
  'userImport.detail.problem': 'Problem',
  'userImport.detail.empty': '(empty)',
  'userImport.detail.fromServer': 'found by the server',
  'userImport.detail.none': 'No problem matches these filters.',
  'userImport.detail.caption': ({ from, to, total }: { from: number; to: number; total: number }, t: MessageTools) =>
    `Problems ${t.number(from)}–${t.number(to)} of ${t.number(total)}`,
  'userImport.detail.pages': 'Pages of problems',
  'userImport.detail.previous': 'Previous page',
  'userImport.detail.next': 'Next page',
  'userImport.detail.download': ({ count }: Count, t: MessageTools) =>
    t.plural(count, { one: 'Download this problem (CSV)', other: 'Download these # problems (CSV)' }),
  'userImport.detail.reportName': ({ name }: { name: string }) => `${name.replace(/\.[^.]*$/, '')}-problems.csv`,
  'userImport.detail.csvRow': 'Row',
  'userImport.detail.csvColumn': 'Column',
  'userImport.detail.csvValue': 'Value',
  'userImport.detail.csvProblem': 'Problem',
  'userImport.detail.truncated': ({ shown, total }: { shown: number; total: number }, t: MessageTools) =>
    `The server listed the first ${t.number(shown)} of ${t.number(total)} problems it found: fix these, then check again.`,

  'userImport.kindName.required': 'Empty required cell',
  'userImport.kindName.invalid_email': 'Invalid email',
  'userImport.kindName.invalid_enum': 'Value not allowed',
  'userImport.kindName.invalid_date': 'Invalid date',
  'userImport.kindName.invalid_login': 'Invalid login',
  'userImport.kindName.invalid_phone': 'Invalid phone number',
  'userImport.kindName.invalid_quota': 'Invalid quota',
  'userImport.kindName.too_long': 'Too long',
  'userImport.kindName.duplicate_in_file': 'Duplicate in the file',
  'userImport.kindName.duplicate_existing': 'Already used in this client',
  'userImport.kindName.mobile_required_for_sms': 'Mobile missing for SMS',
  'userImport.kindName.owner_required': 'Owner missing',
  'userImport.kindName.owner_unknown': 'Unknown owner',
  'userImport.kindName.unknown_agency': 'Unknown agency',
  'userImport.kindName.unknown_pool': 'Unknown licence pool',
  'userImport.kindName.seat_limit': 'No seat left',
  'userImport.kindName.missing_column': 'Missing column',
  'userImport.kindName.other': 'Other',

  'userImport.cell.required': 'Required: this cell is empty.',
  'userImport.cell.invalid_email': 'Not a valid email address (for example name@company.com).',
  'userImport.cell.invalid_enum': ({ allowed, format }: CellMessageParams) =>
    allowed !== undefined
      ? `Not an allowed value: use one of ${allowed}.`
      : format !== undefined
        ? `Not an allowed value: expected ${format}.`
        : 'Not an allowed value for this column: see the second sheet of the template.',
  'userImport.cell.invalid_date': 'Not a real date: write dd/mm/yyyy, optionally followed by /hh:mm (01/04/2018/09:30).',
  'userImport.cell.invalid_login': 'Not a valid login: letters, digits, dots, hyphens and underscores only.',
  'userImport.cell.invalid_phone': 'Not a valid phone number.',
  'userImport.cell.invalid_quota': 'Not a valid quota: a number and a unit, for example 500 MB or 2 GB.',
  'userImport.cell.too_long': ({ max }: CellMessageParams, t: MessageTools) =>
    max !== undefined ? `Too long: at most ${t.number(Number(max))} characters.` : 'Too long for this column.',
  'userImport.cell.duplicate_in_file': ({ firstRow }: CellMessageParams, t: MessageTools) =>
    firstRow !== undefined ? `Duplicate of row ${t.number(Number(firstRow), { useGrouping: false })}.` : 'Duplicate of an earlier row of the file.',
  'userImport.cell.duplicate_existing': 'Already used by a user of this client.',
  'userImport.cell.mobile_required_for_sms': 'A mobile number is required when two-factor authentication is SMS.',
  'userImport.cell.owner_required': 'A contact needs the login of the user who owns it.',
  'userImport.cell.owner_unknown': 'No user has this login, in this client or in this file.',
  'userImport.cell.unknown_agency': ({ unknown, reason }: CellMessageParams) =>
    reason === 'agency_scoped'
      ? `Not one of your agencies${unknown !== undefined ? `: ${unknown}` : ''}.`
      : unknown !== undefined
        ? `No such agency in this client: ${unknown}.`
        : 'Unknown agency, or not one of yours.',
  'userImport.cell.unknown_pool': ({ unknown }: CellMessageParams) =>
    unknown !== undefined ? `No such licence pool in this client: ${unknown}.` : 'No such licence pool in this client.',
  'userImport.cell.seat_limit': 'No seat left in this licence pool.',
  'userImport.cell.missing_column': ({ column }: CellMessageParams) =>
    `The column ${column} is missing, or empty in every row: add it (see the template).`,

  'userImport.server.check': 'Check with the server',
  'userImport.server.checkAgain': 'Check with the server again',
  'userImport.server.checkHint': 'The server checks the rows again and finds emails and logins already used in this client.',
  'userImport.server.validated': ({ count }: Count, t: MessageTools) =>
    t.plural(count, {
      one: 'The server found no problem: # user is ready to be created.',
      other: 'The server found no problem: # users are ready to be created.',
    }),
  'userImport.server.invalid': ({ count }: Count, t: MessageTools) =>
    t.plural(count, { one: 'The server found problems on # row.', other: 'The server found problems on # rows.' }),
  'userImport.server.fileErrorsFirst':
    'Nothing is imported while the file has errors: every row is created, or none. Fix the file and pick it again.',
  'userImport.server.noValidRow': 'No row is ready: fix the file and pick it again.',
  'userImport.server.commit': ({ count }: Count, t: MessageTools) =>
    t.plural(count, { one: 'Create # user as pending', other: 'Create # users as pending' }),
  'userImport.server.commitHint': 'The users are created without being invited; you review them and send the invitations next.',
  'userImport.server.collisions':
    'Since the check, some of these emails or logins were taken in this client: nothing was imported. Fix the file and pick it again.',
  'userImport.server.tooLarge': 'The server refused the file as too large: split it into smaller files.',
  'userImport.server.rejectedRows': 'The server refused some cells: nothing was imported. Fix them in the file and pick it again.',
  'userImport.server.forbidden': 'You are not allowed to import users for this client.',
  'userImport.server.alreadyCommitted': 'This import was already committed: its users exist.',
  'userImport.server.expired': 'This check is no longer known to the server: check with the server again.',
  'userImport.server.checkFailed': 'The server could not check the file.',
  'userImport.server.commitFailed': 'The users could not be created.',
  'userImport.server.unknownOutcome': 'The server did not confirm. Retry: the same request is sent again, never a second import.',

  'userImport.done.title': ({ count }: Count, t: MessageTools) =>
    t.plural(count, { one: '# user created as pending', other: '# users created as pending' }),
  'userImport.done.hint': 'Nobody has been invited yet: review the new users in the table, then send the invitations.',
  'userImport.done.invite': 'Review and send invitations',
  'userImport.done.another': 'Import another file',
} as const;

export const userImportMessages = mergeMessages(
  defineMessages('userImport', userImportEn),
  commonMessages,
);
