import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { findAllByShadowText, findByShadowRole } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { CellError, ImportJob, ImportRequest, ImportRow } from '../src/api/schemas/import.js';
import '../src/components/user-import/user-import.js';
import type { ImportReader, SuiteUserImport } from '../src/components/user-import/user-import.component.js';
import { ImportFileError, IMPORT_LIMITS, type ImportPhase, type ParsedImport } from '../src/import/types.js';
import { UserDirectory } from '../test/fixtures/user-directory.js';
import { backend, PROBLEM } from './support/user-backend.js';
import { inEveryTheme } from './support/themes.js';

/*
 * The import with a fake reader (the worker is not what these stories show)
 * and msw answering the real HTTP client for the agencies, pools, check and
 * commit. Each story brings the element to its state in `play`.
 */

const VALIDATE_ROUTE = '/api/v1/clients/:clientId/imports';
const COMMIT_ROUTE = '/api/v1/clients/:clientId/imports/:importId/commit';

const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];
const FIRST_NAMES = ['Jeanne', 'Éric', 'Amina', 'Lucas', 'Chloé', 'Hugo', 'Inès', 'Noah', 'Léa', 'Karim'];

/** Data row `n` of the spreadsheet (the header is row 1). */
function row(n: number): ImportRow {
  const lastName = LAST_NAMES[n % LAST_NAMES.length]!;
  const firstName = FIRST_NAMES[Math.floor(n / LAST_NAMES.length) % FIRST_NAMES.length]!;
  const login = `${firstName}.${lastName}${n}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9.]/g, '');
  return {
    row: n,
    cells: { LASTNAME: lastName, FIRSTNAME: firstName, EMAIL: `${login}@acme.example`, LOGIN: login, MAIL_LANGUAGE: 'fr', LICENCE_POOL: 'core' },
  };
}

const HEADERS: ParsedImport['headers'] = [
  { index: 0, text: 'Nom', column: 'LASTNAME' },
  { index: 1, text: 'Prénom', column: 'FIRSTNAME' },
  { index: 2, text: 'Adresse e-mail', column: 'EMAIL' },
  { index: 3, text: 'LOGIN', column: 'LOGIN' },
  { index: 4, text: 'MAIL_LANGUAGE', column: 'MAIL_LANGUAGE' },
  { index: 5, text: 'LICENCE_POOL', column: 'LICENCE_POOL' },
  { index: 6, text: 'Taille de chaussures', column: null },
];

/** What the reader finds in a file of `rows` data rows with `errors`. */
function result(rows: number, errors: CellError[] = [], overrides: Partial<ParsedImport> = {}): ParsedImport {
  const faulty = new Set(errors.map((error) => error.row));
  const errorsByCode: ParsedImport['errorsByCode'] = {};
  for (const error of errors) errorsByCode[error.code] = (errorsByCode[error.code] ?? 0) + 1;
  const validRows: ImportRow[] = [];
  for (let n = 2; n < rows + 2; n++) if (!faulty.has(n)) validRows.push(row(n));
  return {
    fileName: 'migration-acme.xlsx',
    format: 'xlsx',
    headers: HEADERS,
    unknownColumns: ['Taille de chaussures'],
    rowCount: rows,
    validRows,
    errors,
    errorRows: faulty.size,
    errorsByCode,
    seatShortfalls: [],
    ...overrides,
  };
}

/** A few faults of each kind an admin meets, one of them a name meant to run script (shown as text). */
const SOME_ERRORS: CellError[] = [
  { row: 14, column: 'EMAIL', value: 'jeanne.martin@', code: 'invalid_email', message: 'not a valid email address' },
  { row: 27, column: 'LASTNAME', value: '', code: 'required', message: 'required' },
  { row: 27, column: 'MAIL_LANGUAGE', value: 'klingon', code: 'invalid_enum', message: 'must be one of fr, en', params: { allowed: 'fr, en, de, es, it, nl' } },
  { row: 103, column: 'EMAIL', value: 'amina.dubois@acme.example', code: 'duplicate_in_file', message: 'duplicate of row 41', params: { firstRow: 41 } },
  { row: 250, column: 'FIRSTNAME', value: '<img src=x onerror=alert(1)>', code: 'too_long', message: 'at most 20 characters', params: { max: 20 } },
  { row: 388, column: 'SUSPENSION_DATE', value: '31/02/2026', code: 'invalid_date', message: 'must be a real date', params: { format: 'dd/mm/yyyy' } },
  { row: 391, column: 'PHONE', value: '=HYPERLINK("http://evil.example","call")', code: 'invalid_phone', message: 'not a phone number' },
];

function manyErrors(count: number): CellError[] {
  return Array.from({ length: count }, (_, i) => ({
    row: i * 2 + 2,
    column: i % 3 === 0 ? 'EMAIL' : i % 3 === 1 ? 'LOGIN' : 'MAIL_LANGUAGE',
    value: `value ${i}`,
    code: i % 3 === 0 ? 'invalid_email' : i % 3 === 1 ? 'invalid_login' : 'invalid_enum',
    message: 'invalid',
  }));
}

/**
 * Reports progress through the three phases, then answers `outcome` (or,
 * with `stopAt`, stays there: the "reading" state). Aborting stops it, as the
 * real reader's terminated worker does.
 */
function fakeReader(outcome: () => ParsedImport | ImportFileError, stopAt?: { phase: ImportPhase; share: number }): ImportReader {
  return (_file, { signal, onProgress }) =>
    new Promise((resolve, reject) => {
      const phases: ImportPhase[] = ['reading', 'parsing', 'validating'];
      const ticks = 10;
      let tick = 0;
      const timer = setInterval(() => {
        const phase = phases[Math.min(phases.length - 1, Math.floor(tick / ticks))]!;
        const share = (tick % ticks) / ticks;
        const total = phase === 'validating' ? 5_000 : 1_800_000;
        onProgress?.({ phase, done: Math.round(total * share), total });
        if (stopAt && phase === stopAt.phase && share >= stopAt.share) return clearInterval(timer);
        tick += 1;
        if (tick < phases.length * ticks) return;
        clearInterval(timer);
        const answer = outcome();
        if (answer instanceof Error) reject(answer);
        else resolve(answer);
      }, 50);
      signal?.addEventListener('abort', () => {
        clearInterval(timer);
        reject(new DOMException('The import was cancelled', 'AbortError'));
      });
    });
}

function job(request: ImportRequest, overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-42',
    clientId: 'c1',
    kind: request.kind,
    fileName: request.fileName,
    status: 'validated',
    rowCount: request.rows.length,
    validRows: request.rows.length,
    errorRows: 0,
    errorsByCode: {},
    errors: [],
    createdAt: new Date().toISOString(),
    committedAt: null,
    createdUserIds: [],
    ...overrides,
  };
}

let lastRequest: ImportRequest | undefined;

/** The check answers every row valid, or the rows of `duplicates` as already used in the client. */
function importRoutes(duplicates: number[] = []) {
  return [
    ...backend(new UserDirectory(20)),
    http.post(VALIDATE_ROUTE, async ({ request }) => {
      await delay(600);
      const body = (await request.json()) as ImportRequest;
      lastRequest = body;
      const errors: CellError[] = body.rows
        .filter((r) => duplicates.includes(r.row))
        .map((r) => ({ row: r.row, column: 'EMAIL', value: r.cells.EMAIL ?? null, code: 'duplicate_existing', message: 'already used by a user of this client' }));
      const invalid = errors.length > 0;
      return HttpResponse.json(
        job(body, invalid ? { status: 'invalid', validRows: body.rows.length - errors.length, errorRows: errors.length, errorsByCode: { duplicate_existing: errors.length }, errors } : {}),
        { status: 201 },
      );
    }),
    http.post(COMMIT_ROUTE, async () => {
      await delay(800);
      const request = lastRequest!;
      return HttpResponse.json(
        job(request, {
          status: 'committed',
          committedAt: new Date().toISOString(),
          createdUserIds: request.rows.map((r) => `u-imported-${r.row}`),
        }),
      );
    }),
  ];
}

const element = (canvas: HTMLElement) => canvas.querySelector<SuiteUserImport>('suite-user-import')!;

async function pickFile(canvas: HTMLElement, name = 'migration-acme.xlsx'): Promise<SuiteUserImport> {
  const el = element(canvas);
  await el.updateComplete;
  void el.read(new File(['…'], name));
  return el;
}

/** Waits for the element's button named `name` to be enabled, then clicks it as a user would. */
async function click(el: SuiteUserImport, name: RegExp): Promise<void> {
  const button = await findByShadowRole(el, 'button', { name });
  await waitFor(() => expect(button).toBeEnabled());
  await userEvent.click(button);
}

/** Waits until the element shows `text` (the live region may repeat it for screen readers: one is enough). */
async function shows(el: SuiteUserImport, text: RegExp): Promise<void> {
  await expect(await findAllByShadowText(el, text)).not.toHaveLength(0);
}

interface UserImportArgs {
  lang: string;
  kind: 'users' | 'contacts';
  reader: ImportReader;
}

const meta: Meta<UserImportArgs> = {
  title: 'Users/Import',
  component: 'suite-user-import',
  args: { lang: 'en', kind: 'users', reader: fakeReader(() => result(5_000)) },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr'] },
    kind: { control: 'inline-radio', options: ['users', 'contacts'] },
    reader: { table: { disable: true } },
  },
  render: ({ lang, kind, reader }) => html`
    <suite-user-import client-id="c1" lang=${lang} kind=${kind} .api=${createHttpApi({ baseUrl: '/api/v1' })} .reader=${reader}></suite-user-import>
  `,
  parameters: { msw: { handlers: importRoutes() } },
};

export default meta;
type Story = StoryObj<UserImportArgs>;

/** Templates to download, and a drop zone: drop any file, the fake reader reads 5,000 good rows. */
export const Idle: Story = {};

export const French: Story = { args: { lang: 'fr' } };

/** A CSV picked with the file chooser, read by the real reader in its worker: each faulty cell listed with what to fix. */
export const PickACsv: Story = {
  render: ({ lang, kind }) => html`
    <suite-user-import client-id="c1" lang=${lang} kind=${kind} .api=${createHttpApi({ baseUrl: '/api/v1' })}></suite-user-import>
  `,
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    const csv = [
      'LASTNAME;FIRSTNAME;EMAIL;LOGIN;MAIL_LANGUAGE;LICENCE_POOL',
      'Martin;Jeanne;jeanne.martin@acme.example;jeanne.martin;fr;core',
      'Durand;Paul;paul@;paul.durand;fr;core',
      ';Inès;ines.benali@acme.example;ines.benali;fr;core',
    ].join('\r\n');
    await findByShadowRole(el, 'button', { name: 'Choose a file…' });
    await userEvent.upload(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!, new File([csv], 'new-staff.csv', { type: 'text/csv' }));
    await shows(el, /^2 rows with errors$/);
    await shows(el, /^Not a valid email address \(for example name@company\.com\)\.$/);
    await shows(el, /^Required: this cell is empty\.$/);
  },
};

/** The file is being checked: the bar says the phase and the rows done; Cancel stops the reader. */
export const Reading: Story = {
  args: { reader: fakeReader(() => result(5_000), { phase: 'validating', share: 0.4 }) },
  play: async ({ canvasElement }) => {
    const el = await pickFile(canvasElement);
    // The fake reader stops at 40 % of the check: 2,000 of its 5,000 rows.
    await shows(el, /^Checking the rows…$/);
    await shows(el, /^2,000 of 5,000 rows$/);
  },
};

export const FileRefused: Story = {
  args: {
    reader: () =>
      Promise.reject(new ImportFileError('file_too_large', 'too large', { max: IMPORT_LIMITS.maxFileBytes, size: 73_400_320 })),
  },
  play: async ({ canvasElement }) => {
    const el = await pickFile(canvasElement, 'export-complet-2019.xlsx');
    await shows(el, /^export-complet-2019\.xlsx cannot be imported$/);
  },
};

/** Faults of several kinds, with a seat shortfall; the name meant to run script shows as text, the formula is neutralised in the CSV. */
export const Errors: Story = {
  args: {
    reader: fakeReader(() =>
      result(5_000, SOME_ERRORS, { seatShortfalls: [{ poolId: 'pool-contract', key: 'contract', name: 'Contract', needed: 320, remaining: 0 }] }),
    ),
  },
  play: async ({ canvasElement }) => {
    const el = await pickFile(canvasElement);
    await shows(el, /^6 rows with errors$/);
    // The name meant to run script is shown as text.
    await shows(el, /<img src=x onerror=alert\(1\)>/);
  },
};

/** 10,000 faulty cells: a page of 100 at a time, filters and the CSV still immediate. */
export const TenThousandErrors: Story = {
  args: { reader: fakeReader(() => result(20_000, manyErrors(10_000))) },
  play: async ({ canvasElement }) => {
    const el = await pickFile(canvasElement);
    await shows(el, /^10,000 rows with errors$/);
  },
};

/** The server found emails already used in the client: its errors join the detail; nothing can be created. */
export const ServerErrors: Story = {
  parameters: { msw: { handlers: importRoutes([12, 340, 341]) } },
  play: async ({ canvasElement }) => {
    const el = await pickFile(canvasElement);
    await click(el, /^Check with the server/);
    await shows(el, /^The server found problems on 3 rows\.$/);
  },
};

export const ServerValidated: Story = {
  play: async ({ canvasElement }) => {
    const el = await pickFile(canvasElement);
    await click(el, /^Check with the server/);
    await shows(el, /^The server found no problem: 5,000 users are ready to be created\.$/);
  },
};

/** The users exist as pending; "Review and send invitations" hands them to the bulk invitation. */
export const Committed: Story = {
  play: async ({ canvasElement }) => {
    const el = await pickFile(canvasElement);
    await click(el, /^Check with the server/);
    await click(el, /^Create .* as pending/);
    await shows(el, /^5,000 users created as pending$/);
  },
};

/** Since the check, another admin created a user with one of these emails: the commit is refused on that cell. */
export const CommitCollision: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post(COMMIT_ROUTE, () =>
          HttpResponse.json(
            {
              type: 'about:blank',
              title: 'The file no longer matches the client',
              status: 409,
              code: 'email_taken',
              detail: 'Nothing was imported: validate the file again.',
              errors: [{ path: 'rows.77.EMAIL', code: 'duplicate_existing', message: 'row 77: now used by another user of this client' }],
            },
            { status: 409, headers: PROBLEM },
          ),
        ),
        ...importRoutes(),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const el = await pickFile(canvasElement);
    await click(el, /^Check with the server/);
    await click(el, /^Create .* as pending/);
    await shows(el, /^Since the check, some of these emails or logins were taken in this client: nothing was imported\./);
  },
};

export const InEveryTheme: Story = inEveryTheme(meta.render!);
