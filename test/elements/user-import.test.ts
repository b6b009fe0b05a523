import { ContextProvider } from '@lit/context';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError, ProblemError } from '../../src/api/errors.js';
import type { CellError, ImportJob, ImportRequest, ImportRow } from '../../src/api/schemas/import.js';
import type { LicencePool } from '../../src/api/schemas/licence-pool.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { Problem } from '../../src/api/schemas/problem.js';
import type { IdempotentRequestOptions, RequestOptions } from '../../src/api/suite-api.js';
import '../../src/components/user-import/user-import.js';
import type { ImportReader, SuiteUserImport, UserImportApi } from '../../src/components/user-import/user-import.component.js';
import { adminContext } from '../../src/context/admin-context.js';
import type { SuiteBulkInviteRequestEvent, SuiteImportCommittedEvent } from '../../src/events/index.js';
import { ImportFileError, type ImportFileErrorCode, type ParsedImport, type ReadImportOptions } from '../../src/import/types.js';
import { collect, deferred, settle } from './support/async.js';
import { watchWorkers } from './support/workers.js';

// ---------------------------------------------------------------- data

const row = (n: number, cells: ImportRow['cells'] = {}): ImportRow => ({
  row: n,
  cells: { LASTNAME: `Name${n}`, FIRSTNAME: `First${n}`, EMAIL: `user${n}@acme.example`, LOGIN: `user${n}`, MAIL_LANGUAGE: 'fr', ...cells },
});

const cellError = (r: number, column: string, code: CellError['code'], value: string | null = 'x', message = `${code} (reader)`): CellError => ({
  row: r,
  column,
  value,
  code,
  message,
});

function parsed(overrides: Partial<ParsedImport> = {}): ParsedImport {
  const errors = overrides.errors ?? [];
  const errorRows = new Set(errors.map((error) => error.row)).size;
  const errorsByCode: ParsedImport['errorsByCode'] = {};
  for (const error of errors) errorsByCode[error.code] = (errorsByCode[error.code] ?? 0) + 1;
  const validRows = overrides.validRows ?? [row(2), row(3), row(4)];
  return {
    fileName: 'people.xlsx',
    format: 'xlsx',
    headers: [
      { index: 0, text: 'Nom', column: 'LASTNAME' },
      { index: 1, text: 'Prénom', column: 'FIRSTNAME' },
      { index: 2, text: 'EMAIL', column: 'EMAIL' },
      { index: 3, text: 'LOGIN', column: 'LOGIN' },
      { index: 4, text: 'MAIL_LANGUAGE', column: 'MAIL_LANGUAGE' },
      { index: 5, text: 'Shoe size', column: null },
    ],
    unknownColumns: ['Shoe size'],
    rowCount: validRows.length + errorRows,
    validRows,
    errors,
    errorRows,
    errorsByCode,
    seatShortfalls: [],
    ...overrides,
  };
}

/** 3 good rows (2, 3, 5) and row 4 with two faults, one a name meant to run script. */
const WITH_ERRORS = () =>
  parsed({
    validRows: [row(2), row(3), row(5)],
    errors: [
      cellError(4, 'EMAIL', 'invalid_email', 'jeanne@'),
      cellError(4, 'LASTNAME', 'required', ''),
      cellError(6, 'FIRSTNAME', 'too_long', '<img src=x onerror=alert(1)>'),
    ],
  });

function job(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1',
    clientId: 'c1',
    kind: 'users',
    fileName: 'people.xlsx',
    status: 'validated',
    rowCount: 3,
    validRows: 3,
    errorRows: 0,
    errorsByCode: {},
    errors: [],
    createdAt: '2026-03-12T10:00:00Z',
    committedAt: null,
    createdUserIds: [],
    ...overrides,
  };
}

const POOL: LicencePool = { id: 'pool-core', clientId: 'c1', key: 'core', name: 'Core', kind: 'user', total: 10, used: 8, remaining: 2 };

const problem = (status: number, code: string, errors?: Problem['errors']): ProblemError =>
  new ProblemError('POST /clients/c1/imports', { type: 'about:blank', title: code, status, code, ...(errors ? { errors } : {}) });

/** A SuiteApi stand-in: records the checks and commits, with their keys; `validate` and `commit` decide the answers. */
class FakeApi implements UserImportApi {
  readonly validations: { request: ImportRequest; options?: RequestOptions }[] = [];
  readonly commits: { importId: string; key: string | undefined }[] = [];
  validate: (request: ImportRequest) => Promise<ImportJob> = async (request) => job({ rowCount: request.rows.length, validRows: request.rows.length });
  commit: (importId: string) => Promise<ImportJob> = async () =>
    job({ status: 'committed', committedAt: '2026-03-12T10:01:00Z', createdUserIds: ['u-1', 'u-2', 'u-3'] });

  async listAgencies() {
    return { items: [{ id: 'ag-lyon', clientId: 'c1', name: 'Lyon' }] };
  }

  async listLicencePools() {
    return { items: [POOL] };
  }

  validateImport(_clientId: string, request: ImportRequest, options?: RequestOptions): Promise<ImportJob> {
    this.validations.push({ request, ...(options ? { options } : {}) });
    return this.validate(request);
  }

  commitImport(_clientId: string, importId: string, options?: IdempotentRequestOptions): Promise<ImportJob> {
    this.commits.push({ importId, key: options?.idempotencyKey });
    return this.commit(importId);
  }
}

/** A reader under the test's control: each call is recorded and answered when the test says. */
class FakeReader {
  readonly calls: { file: File; options: ReadImportOptions; answer: ReturnType<typeof deferred<ParsedImport>> }[] = [];
  readonly read: ImportReader = (file, options) => {
    const answer = deferred<ParsedImport>();
    // Like the real one: aborting rejects at once with an AbortError.
    options.signal?.addEventListener('abort', () => answer.reject(new DOMException('The import was cancelled', 'AbortError')));
    this.calls.push({ file, options, answer });
    return answer.promise;
  };

  get last() {
    return this.calls[this.calls.length - 1]!;
  }
}

// ---------------------------------------------------------------- helpers

interface Setup {
  el: SuiteUserImport;
  api: FakeApi;
  reader: FakeReader;
}

async function setup(options: { lang?: string; admin?: Me; api?: FakeApi } = {}): Promise<Setup> {
  const api = options.api ?? new FakeApi();
  const reader = new FakeReader();
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (options.admin) new ContextProvider(wrapper, { context: adminContext, initialValue: options.admin });
  const el = document.createElement('suite-user-import');
  el.clientId = 'c1';
  el.api = api;
  el.reader = reader.read;
  if (options.lang) el.lang = options.lang;
  wrapper.append(el);
  await settle(el, 4);
  return { el, api, reader };
}

const $ = <T extends Element = HTMLElement>(el: SuiteUserImport, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SuiteUserImport, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const squeeze = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const textOf = (el: SuiteUserImport, selector: string) => squeeze($(el, selector)?.textContent);
const focused = (el: SuiteUserImport) => el.shadowRoot!.activeElement as HTMLElement | null;
const announced = (el: SuiteUserImport) => textOf(el, '[role="status"]');
const buttonNamed = (el: SuiteUserImport, name: string | RegExp) =>
  $$<HTMLButtonElement>(el, 'button').find((button) => (typeof name === 'string' ? squeeze(button.textContent) === name : name.test(squeeze(button.textContent))));

/** The labels of the buttons on screen: an assertion on them names what is there instead. */
const buttonLabels = (el: SuiteUserImport) => $$<HTMLButtonElement>(el, 'button').map((button) => squeeze(button.textContent));

/** Picks `file` through the real `<input type=file>`, as the browser does after the picker closes. */
async function choose(el: SuiteUserImport, file = new File(['LASTNAME\n'], 'people.xlsx')): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el, 4);
}

/** Picks a file and lets the reader answer `result`. */
async function readFile(setupResult: Setup, result: ParsedImport): Promise<void> {
  await choose(setupResult.el, new File(['x'], result.fileName));
  setupResult.reader.last.answer.resolve(result);
  await settle(setupResult.el, 4);
}

function select(el: SuiteUserImport, selector: string, value: string): void {
  const control = $<HTMLSelectElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The rows of the detail table as [row, column, value, problem]. */
const tableRows = (el: SuiteUserImport) =>
  $$(el, '.problem-table tbody tr').map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => squeeze(cell.textContent)));

/** Captures what the element hands to the browser's download: the blob and the file name. */
function interceptDownloads() {
  const saved: { blob: Blob; name: string }[] = [];
  const original = URL.createObjectURL;
  const originalClick = HTMLAnchorElement.prototype.click;
  let pending: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    pending = blob as Blob;
    return original.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    if (pending && this.download) saved.push({ blob: pending, name: this.download });
    pending = undefined;
  };
  return {
    saved,
    restore() {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = originalClick;
    },
  };
}

/** The file's text with its BOM (Blob.text() would drop it). */
const csvOf = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

function admin(overrides: Partial<Me> = {}): Me {
  return {
    id: 'adm-1',
    displayName: 'Sam Super',
    email: 'sam@acme.example',
    role: 'super_admin',
    scope: { kind: 'client', partnerId: 'p1', clientId: 'c1' },
    permissions: ['users.read', 'users.write', 'users.import', 'users.bulk_invite'],
    supervisionSessionId: null,
    ...overrides,
  };
}

// ---------------------------------------------------------------- tests

describe('<suite-user-import>', () => {
  describe('idle', () => {
    it('offers the templates and a real file picker for CSV and XLSX, accessible', async () => {
      const { el } = await setup();
      expect(textOf(el, 'h2')).to.equal('Import users');
      expect(buttonLabels(el)).to.include('Download the template (XLSX)');
      expect(buttonLabels(el)).to.include('Download the template (CSV)');
      const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
      expect(input.accept.split(',')).to.include.members(['.csv', '.xlsx']);
      expect(textOf(el, '[part="drop-zone"]')).to.contain('at most 50 MB and 200,000 rows');
      expect($(el, '[part="drop-zone"]')!.getAttribute('aria-labelledby')).to.equal('file-title');
      expect($(el, 'progress')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('downloads the template of the chosen kind and format in the admin language', async () => {
      const { el } = await setup({ lang: 'fr' });
      const asked: unknown[][] = [];
      el.templateWriter = async (...args) => {
        asked.push(args);
        return new Blob(['template'], { type: 'text/csv' });
      };
      const downloads = interceptDownloads();
      try {
        $<HTMLInputElement>(el, 'input[name="kind"][value="contacts"]')!.click();
        await settle(el, 4);
        buttonNamed(el, 'Télécharger le modèle (CSV)')!.click();
        await settle(el, 4);
      } finally {
        downloads.restore();
      }
      expect(asked).to.deep.equal([['contacts', 'csv', 'fr']]);
      expect(downloads.saved.map((download) => download.name)).to.deep.equal(['modele-import-contacts.csv']);
      expect(textOf(el, 'h2')).to.equal('Importer des contacts');
    });

    it('says so when the template cannot be prepared', async () => {
      const { el } = await setup();
      el.templateWriter = () => Promise.reject(new Error('boom'));
      buttonNamed(el, 'Download the template (XLSX)')!.click();
      await settle(el, 4);
      expect(textOf(el, '[part="templates"] [role="alert"]')).to.equal('The template could not be prepared. Try again.');
      await expect(el).to.be.accessible();
    });

    it('tells an admin without the import permission, instead of offering it', async () => {
      const { el } = await setup({ admin: admin({ permissions: ['users.read'] }) });
      expect(textOf(el, '.message')).to.equal('You are not allowed to import users for this client.');
      expect($(el, 'input[type="file"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('reading', () => {
    it('gives the reader the client’s agencies and pools, the kind and the admin’s scope', async () => {
      const scoped = admin({ role: 'admin', scope: { kind: 'agencies', partnerId: 'p1', clientId: 'c1', agencyIds: ['ag-lyon'] } });
      const { el, reader } = await setup({ admin: scoped });
      $<HTMLInputElement>(el, 'input[name="kind"][value="contacts"]')!.click();
      await settle(el, 4);
      await choose(el, new File(['x'], 'contacts.csv'));
      const { file, options } = reader.last;
      expect(file.name).to.equal('contacts.csv');
      expect(options.context).to.deep.equal({
        kind: 'contacts',
        agencies: [{ id: 'ag-lyon', name: 'Lyon' }],
        pools: [{ id: 'pool-core', key: 'core', name: 'Core', remaining: 2 }],
        agencyScoped: true,
      });
    });

    it('shows a progress bar per phase, with its value, and stays accessible', async () => {
      const { el, reader } = await setup();
      await choose(el);
      expect(textOf(el, '#progress-label')).to.equal('Loading the agencies and licence pools…');
      reader.last.options.onProgress!({ phase: 'reading', done: 512, total: 2048 });
      await settle(el, 4);
      const bar = $<HTMLProgressElement>(el, '[part="progress"] progress')!;
      expect(textOf(el, '#progress-label')).to.equal('Reading the file…');
      expect(bar.value).to.equal(25);
      expect(bar.getAttribute('aria-labelledby')).to.equal('progress-label');
      expect(bar.getAttribute('aria-valuetext')).to.equal('25%');
      await expect(el).to.be.accessible();

      reader.last.options.onProgress!({ phase: 'validating', done: 1500, total: 5000 });
      await settle(el, 4);
      expect(textOf(el, '#progress-label')).to.equal('Checking the rows…');
      expect(bar.value).to.equal(30);
      expect(bar.getAttribute('aria-valuetext')).to.equal('1,500 of 5,000 rows');
      // Nothing else can start while the file is read.
      expect($<HTMLButtonElement>(el, '[part="pick-button"]')!.disabled).to.equal(true);
    });

    it('Cancel aborts the reader and goes back to picking, saying so', async () => {
      const { el, reader } = await setup();
      await choose(el);
      const { signal } = reader.last.options;
      expect(signal?.aborted).to.equal(false);
      buttonNamed(el, 'Cancel')!.click();
      await settle(el, 4);
      expect(signal?.aborted).to.equal(true);
      expect($(el, '[part="progress"]')).to.equal(null);
      expect($(el, '[part="result"]')).to.equal(null);
      expect(announced(el)).to.equal('Cancelled: the file was not read.');
      expect(focused(el)).to.equal($(el, '[part="pick-button"]'));
      await expect(el).to.be.accessible();
    });

    it('a file picked while another is read cancels the first', async () => {
      const { el, reader } = await setup();
      await choose(el, new File(['x'], 'first.csv'));
      const first = reader.last;
      await readFile({ el, reader, api: new FakeApi() }, parsed({ fileName: 'second.csv' }));
      expect(first.options.signal?.aborted).to.equal(true);
      expect(textOf(el, '#result-title')).to.equal('Result for second.csv');
    });

    it('reads a dropped file and announces the drop zone while a file is dragged over', async () => {
      const { el, reader } = await setup();
      const zone = $(el, '[part="drop-zone"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'dropped.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true }));
      await settle(el, 4);
      expect(zone.classList.contains('dragging')).to.equal(true);
      expect(announced(el)).to.equal('Drop the file to read it.');
      const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true });
      zone.dispatchEvent(drop);
      await settle(el, 4);
      expect(drop.defaultPrevented).to.equal(true);
      expect(reader.last.file.name).to.equal('dropped.csv');
      expect(zone.classList.contains('dragging')).to.equal(false);
    });
  });

  describe('file refused', () => {
    it('names the limit and what the file had, in one alert', async () => {
      const { el, reader } = await setup();
      await choose(el, new File(['x'], 'huge.csv'));
      reader.last.answer.reject(new ImportFileError('file_too_large', 'too large', { max: 50 * 1024 * 1024, size: 62.5 * 1024 * 1024 }));
      await settle(el, 4);
      expect(textOf(el, '[part="refusal"]')).to.equal(
        'huge.csv cannot be imported The file weighs 62.5 MB; the limit is 50 MB. Split it into smaller files.',
      );
      expect($(el, '[part="refusal"]')!.getAttribute('role')).to.equal('alert');
      expect($(el, '[part="result"]')).to.equal(null);
      expect(textOf(el, '[part="pick-button"]')).to.equal('Fix the file and pick it again…');
      await expect(el).to.be.accessible();
    });

    const CODES: ImportFileErrorCode[] = ['file_too_large', 'too_many_rows', 'uncompressed_too_large', 'unreadable', 'empty', 'no_header', 'unsupported_format'];
    for (const lang of ['en', 'fr']) {
      it(`${lang}: every refusal has its own message, with the kit’s limit when the reader gives none`, async () => {
        const { el, reader } = await setup({ lang });
        const messages: string[] = [];
        for (const code of CODES) {
          await choose(el, new File(['x'], `${code}.csv`));
          reader.last.answer.reject(new ImportFileError(code, `English ${code}`));
          await settle(el, 4);
          const message = squeeze($(el, '[part="refusal"] p:nth-of-type(2)')!.textContent);
          expect(message, code).not.to.contain('English');
          messages.push(message);
        }
        expect(new Set(messages).size).to.equal(CODES.length);
        // squeeze() turns the no-break spaces of French numbers into plain ones.
        expect(messages[0]).to.contain(lang === 'fr' ? '50 Mo' : '50 MB');
        expect(messages[1]).to.contain(lang === 'fr' ? '200 000' : '200,000');
      });
    }

    it('a failure to load the agencies and pools can be retried with the same file', async () => {
      const api = new FakeApi();
      let failures = 1;
      api.listAgencies = async () => {
        if (failures-- > 0) throw new NetworkError('network down', 'GET /clients/c1/agencies');
        return { items: [] };
      };
      const { el, reader } = await setup({ api });
      const errors = collect(el, 'suite-error');
      await choose(el, new File(['x'], 'people.csv'));
      expect(textOf(el, '[part="refusal"]')).to.contain('The server could not be reached.');
      expect(reader.calls).to.have.length(0);
      expect(errors).to.have.length(1);
      buttonNamed(el, 'Retry')!.click();
      await settle(el, 4);
      expect(reader.last.file.name).to.equal('people.csv');
    });
  });

  describe('result', () => {
    it('summarises the rows, the errors by kind, the columns found and ignored; accessible', async () => {
      const s = await setup();
      await readFile(s, WITH_ERRORS());
      const { el } = s;
      expect(textOf(el, '.summary')).to.equal('5 rows read 3 rows ready 2 rows with errors');
      expect($$(el, '.by-kind li').map((li) => squeeze(li.textContent))).to.deep.equal([
        'Empty required cell: 1',
        'Invalid email: 1',
        'Too long: 1',
      ]);
      expect(textOf(el, '.headers summary')).to.equal('5 columns recognised, 1 ignored');
      expect(textOf(el, '.unknown-columns')).to.equal('Unknown columns, ignored: Shoe size');
      expect(announced(el)).to.equal('5 rows read: 3 ready, 2 with errors.');
      expect(focused(el)).to.equal($(el, '#result-title'));
      await expect(el).to.be.accessible();
    });

    it('lists every faulty cell with the spreadsheet’s row number, the value as text and a localised problem', async () => {
      const s = await setup();
      await readFile(s, WITH_ERRORS());
      expect(tableRows(s.el)).to.deep.equal([
        ['4', 'LASTNAME', '(empty)', 'Required: this cell is empty.'],
        ['4', 'EMAIL', 'jeanne@', 'Not a valid email address (for example name@company.com).'],
        ['6', 'FIRSTNAME', '<img src=x onerror=alert(1)>', 'Too long for this column.'],
      ]);
      expect($(s.el, '.problem-table img')).to.equal(null);
    });

    it('numbers rows as the spreadsheet does, without thousands separators', async () => {
      const s = await setup();
      const errors = [{ ...cellError(12_345, 'EMAIL', 'duplicate_in_file', 'a@b.c'), params: { firstRow: 2_501 } }];
      await readFile(s, parsed({ errors }));
      expect(tableRows(s.el)).to.deep.equal([['12345', 'EMAIL', 'a@b.c', 'Duplicate of row 2501.']]);
    });

    it('uses the details a source gives, and its own words for a code the kit does not know', async () => {
      const s = await setup({ lang: 'fr' });
      const errors = [
        { ...cellError(7, 'EMAIL', 'duplicate_in_file', 'a@b.c'), params: { firstRow: 3 } },
        { ...cellError(8, 'LOGIN', 'too_long', 'x'), params: { max: 64 } },
        { ...cellError(8, 'AGENCIES', 'unknown_agency', 'Oslo'), params: { unknown: 'Oslo', reason: 'agency_scoped' } },
        { row: 9, column: 'COUNTRY', value: 'Mars', code: 'planet_unknown', message: 'not on Earth' } as unknown as CellError,
      ];
      await readFile(s, parsed({ errors }));
      expect(tableRows(s.el).map((cells) => cells[3])).to.deep.equal([
        'Doublon de la ligne 3.',
        'Trop long : 64 caractères au plus.',
        'Hors de vos agences : Oslo.',
        'not on Earth',
      ]);
      expect($$(s.el, '#kind-filter option').map((option) => squeeze(option.textContent))).to.include('Autre (1)');
    });

    it('warns of seat shortfalls with the pool, the seats needed and left', async () => {
      const s = await setup();
      await readFile(s, parsed({ seatShortfalls: [{ poolId: 'pool-core', key: 'core', name: 'Core', needed: 5, remaining: 2 }] }));
      expect(textOf(s.el, '.warning li[data-pool="core"]')).to.equal('Core: 5 seats needed, 2 left.');
      await expect(s.el).to.be.accessible();
    });

    it('filters the detail by kind and by column, and says when nothing matches', async () => {
      const s = await setup();
      await readFile(s, WITH_ERRORS());
      select(s.el, '#kind-filter', 'invalid_email');
      await settle(s.el, 4);
      expect(tableRows(s.el).map((cells) => cells[1])).to.deep.equal(['EMAIL']);
      select(s.el, '#kind-filter', '');
      select(s.el, '#column-filter', 'FIRSTNAME');
      await settle(s.el, 4);
      expect(tableRows(s.el).map((cells) => cells[0])).to.deep.equal(['6']);
      select(s.el, '#kind-filter', 'required');
      await settle(s.el, 4);
      expect(tableRows(s.el)).to.deep.equal([]);
      expect(textOf(s.el, '[part="problems"]')).to.contain('No problem matches these filters.');
      expect($<HTMLButtonElement>(s.el, '.download')!.disabled).to.equal(true);
      await expect(s.el).to.be.accessible();
    });

    it('shows 10,000 problems a page of 100 at a time', async () => {
      const s = await setup();
      const errors = Array.from({ length: 10_000 }, (_, i) => cellError(i + 2, 'EMAIL', 'invalid_email', `bad${i}`));
      await readFile(s, parsed({ errors, validRows: [row(10_002)] }));
      expect(tableRows(s.el)).to.have.length(100);
      expect(textOf(s.el, '.problem-table caption')).to.equal('Problems 1–100 of 10,000');
      const next = buttonNamed(s.el, 'Next page')!;
      expect(buttonNamed(s.el, 'Previous page')!.disabled).to.equal(true);
      next.click();
      await settle(s.el, 4);
      expect(tableRows(s.el)[0]![0]).to.equal('102');
      expect(textOf(s.el, '.problem-table caption')).to.equal('Problems 101–200 of 10,000');
      // A filter starts again from its first page.
      select(s.el, '#column-filter', 'EMAIL');
      await settle(s.el, 4);
      expect(tableRows(s.el)[0]![0]).to.equal('2');
    });

    it('downloads the problems shown as a neutralised CSV: Row, Column, Value, Problem', async () => {
      const s = await setup();
      const errors = [...WITH_ERRORS().errors, cellError(9, 'PHONE', 'invalid_phone', '=HYPERLINK("http://evil","x")')];
      await readFile(s, parsed({ errors }));
      const downloads = interceptDownloads();
      try {
        buttonNamed(s.el, 'Download these 4 problems (CSV)')!.click();
        select(s.el, '#column-filter', 'EMAIL');
        await settle(s.el, 4);
        buttonNamed(s.el, 'Download this problem (CSV)')!.click();
      } finally {
        downloads.restore();
      }
      expect(downloads.saved.map((download) => download.name)).to.deep.equal(['people-problems.csv', 'people-problems.csv']);
      const all = await csvOf(downloads.saved[0]!.blob);
      // The BOM: Excel needs it to read the accents right.
      expect(all.charCodeAt(0)).to.equal(0xfeff);
      expect(all.slice(1).split('\r\n')).to.deep.equal([
        'Row,Column,Value,Problem',
        '4,LASTNAME,,Required: this cell is empty.',
        '4,EMAIL,jeanne@,Not a valid email address (for example name@company.com).',
        '6,FIRSTNAME,<img src=x onerror=alert(1)>,Too long for this column.',
        `9,PHONE,"'=HYPERLINK(""http://evil"",""x"")",Not a valid phone number.`,
        '',
      ]);
      expect((await csvOf(downloads.saved[1]!.blob)).slice(1).split('\r\n')).to.have.length(3);
    });

    it('downloads in French with French headers and semicolons', async () => {
      const s = await setup({ lang: 'fr' });
      await readFile(s, WITH_ERRORS());
      const downloads = interceptDownloads();
      try {
        buttonNamed(s.el, /^Télécharger ces 3 problèmes/)!.click();
      } finally {
        downloads.restore();
      }
      const csv = await csvOf(downloads.saved[0]!.blob);
      expect(csv.slice(1).split('\r\n')[0]).to.equal('Ligne;Colonne;Valeur;Problème');
      expect(downloads.saved[0]!.name).to.equal('people-problemes.csv');
    });
  });

  describe('server check and commit', () => {
    it('a clean file: check, then create the users as pending, then hand them to the invitations', async () => {
      const s = await setup();
      await readFile(s, parsed());
      const { el, api } = s;
      const committedEvents = collect(el, 'suite-import-committed');
      const inviteRequests = collect(el, 'suite-bulk-invite-request');
      expect(buttonLabels(el).filter((label) => label.startsWith('Create'))).to.deep.equal([]);
      buttonNamed(el, 'Check with the server')!.click();
      await settle(el, 4);
      expect(api.validations).to.have.length(1);
      expect(api.validations[0]!.request).to.deep.equal({ kind: 'users', fileName: 'people.xlsx', rows: [row(2), row(3), row(4)] });
      expect(api.validations[0]!.options?.timeoutMs).to.be.greaterThanOrEqual(120_000);
      expect(textOf(el, '[part="server"] .ok')).to.equal('The server found no problem: 3 users are ready to be created.');
      expect(focused(el)).to.equal(buttonNamed(el, 'Create 3 users as pending'));
      await expect(el).to.be.accessible();

      buttonNamed(el, 'Create 3 users as pending')!.click();
      await settle(el, 4);
      expect(api.commits).to.have.length(1);
      expect(api.commits[0]!.importId).to.equal('job-1');
      expect(api.commits[0]!.key).to.be.a('string').with.length.greaterThan(8);
      expect(committedEvents).to.have.length(1);
      const committed = committedEvents[0] as SuiteImportCommittedEvent;
      expect([committed.userIds, committed.count, committed.bubbles, committed.composed]).to.deep.equal([['u-1', 'u-2', 'u-3'], 3, true, true]);
      expect(textOf(el, '#done-title')).to.equal('3 users created as pending');
      expect(focused(el)).to.equal(buttonNamed(el, 'Review and send invitations'));
      await expect(el).to.be.accessible();

      buttonNamed(el, 'Review and send invitations')!.click();
      expect(inviteRequests).to.have.length(1);
      const request = inviteRequests[0] as SuiteBulkInviteRequestEvent;
      expect(request.selection).to.deep.equal({ importId: 'job-1' });
      expect(request.count).to.equal(3);
    });

    it('a file with errors is never committed, even when the server finds nothing more', async () => {
      const s = await setup();
      await readFile(s, WITH_ERRORS());
      expect(textOf(s.el, '[part="server"]')).to.contain('Nothing is imported while the file has errors');
      buttonNamed(s.el, 'Check with the server')!.click();
      await settle(s.el, 4);
      expect(s.api.validations[0]!.request.rows.map((r) => r.row)).to.deep.equal([2, 3, 5]);
      expect(buttonLabels(s.el).filter((label) => label.startsWith('Create'))).to.deep.equal([]);
      expect(buttonLabels(s.el)).to.include('Fix the file and pick it again…');
    });

    it('the server’s errors join the detail, marked, with its counts; no commit', async () => {
      const api = new FakeApi();
      api.validate = async () =>
        job({
          status: 'invalid',
          validRows: 2,
          errorRows: 1,
          errorsByCode: { duplicate_existing: 1 },
          errors: [cellError(3, 'EMAIL', 'duplicate_existing', 'user3@acme.example', 'already used')],
        });
      const s = await setup({ api });
      await readFile(s, WITH_ERRORS());
      buttonNamed(s.el, 'Check with the server')!.click();
      await settle(s.el, 4);
      expect(textOf(s.el, '[part="server"] .bad')).to.equal('The server found problems on 1 row.');
      expect(tableRows(s.el).map((cells) => `${cells[0]} ${cells[1]} ${cells[3]}`)).to.deep.equal([
        '3 EMAIL Already used by a user of this client. (found by the server)',
        '4 LASTNAME Required: this cell is empty.',
        '4 EMAIL Not a valid email address (for example name@company.com).',
        '6 FIRSTNAME Too long for this column.',
      ]);
      expect(textOf(s.el, '.summary')).to.equal('5 rows read 2 rows ready 3 rows with errors');
      expect(buttonLabels(s.el).filter((label) => label.startsWith('Create'))).to.deep.equal([]);
      expect(buttonLabels(s.el)).to.include('Check with the server again');
      await expect(s.el).to.be.accessible();
    });

    it('Cancel stops the server check', async () => {
      const api = new FakeApi();
      let signal: AbortSignal | undefined;
      api.validateImport = (_clientId, _request, options) => {
        signal = options?.signal;
        return new Promise((_resolve, reject) => options?.signal?.addEventListener('abort', () => reject(new DOMException('stop', 'AbortError'))));
      };
      const s = await setup({ api });
      await readFile(s, parsed());
      buttonNamed(s.el, 'Check with the server')!.click();
      await settle(s.el, 4);
      expect(textOf(s.el, '#progress-label')).to.equal('Checking with the server…');
      await expect(s.el).to.be.accessible();
      buttonNamed(s.el, 'Cancel')!.click();
      await settle(s.el, 4);
      expect(signal?.aborted).to.equal(true);
      expect(buttonLabels(s.el)).to.include('Check with the server');
      expect(textOf(s.el, '#result-title')).to.equal('Result for people.xlsx');
    });

    it('a commit refused with 409 collisions shows them on their rows and cells; the file stays', async () => {
      const api = new FakeApi();
      api.commit = () =>
        Promise.reject(
          problem(409, 'email_taken', [
            { path: 'rows.3.EMAIL', code: 'duplicate_existing', message: 'row 3: user3@acme.example is now used by another user of this client' },
          ]),
        );
      const s = await setup({ api });
      const errors = collect(s.el, 'suite-error');
      await readFile(s, parsed());
      buttonNamed(s.el, 'Check with the server')!.click();
      await settle(s.el, 4);
      buttonNamed(s.el, 'Create 3 users as pending')!.click();
      await settle(s.el, 4);
      expect(textOf(s.el, '[part="error"]')).to.equal(
        'Since the check, some of these emails or logins were taken in this client: nothing was imported. Fix the file and pick it again.',
      );
      expect(tableRows(s.el)).to.deep.equal([['3', 'EMAIL', 'user3@acme.example', 'Already used by a user of this client. (found by the server)']]);
      expect(buttonLabels(s.el).filter((label) => label.startsWith('Create'))).to.deep.equal([]);
      expect(buttonLabels(s.el)).to.include('Check with the server again');
      expect(textOf(s.el, '.summary')).to.equal('3 rows read 2 rows ready 1 row with errors');
      expect(errors).to.have.length(1);
      await expect(s.el).to.be.accessible();
    });

    it('a check refused with 422 names cells by their index in the rows sent: shown on the spreadsheet’s rows', async () => {
      const api = new FakeApi();
      api.validate = () =>
        Promise.reject(problem(422, 'validation_failed', [{ path: 'rows.1.cells.FUNCTION', code: 'too_big', message: 'Too big: expected string to have <=4000 characters' }]));
      const s = await setup({ api });
      await readFile(s, parsed({ validRows: [row(2), row(7, { FUNCTION: 'Chief' })] }));
      buttonNamed(s.el, 'Check with the server')!.click();
      await settle(s.el, 4);
      expect(tableRows(s.el)).to.deep.equal([['7', 'FUNCTION', 'Chief', 'Too long for this column. (found by the server)']]);
      expect(textOf(s.el, '[part="error"]')).to.equal('The server refused some cells: nothing was imported. Fix them in the file and pick it again.');
    });

    it('a 413 says the file is too large for the server', async () => {
      const api = new FakeApi();
      api.validate = () => Promise.reject(problem(413, 'payload_too_large'));
      const s = await setup({ api });
      await readFile(s, parsed());
      buttonNamed(s.el, 'Check with the server')!.click();
      await settle(s.el, 4);
      expect(textOf(s.el, '[part="error"]')).to.equal('The server refused the file as too large: split it into smaller files.');
      expect(textOf(s.el, '#result-title')).to.equal('Result for people.xlsx');
    });

    it('an unknown outcome of the commit is retried with the same key; a new click gets a new one', async () => {
      const api = new FakeApi();
      const answers: (() => Promise<ImportJob>)[] = [
        () => Promise.reject(new NetworkError('network down', 'POST /clients/c1/imports/job-1/commit')),
        () => Promise.reject(problem(500, 'internal')),
      ];
      const normal = api.commit;
      api.commit = (importId) => (answers.shift() ?? (() => normal(importId)))();
      const s = await setup({ api });
      await readFile(s, parsed());
      buttonNamed(s.el, 'Check with the server')!.click();
      await settle(s.el, 4);
      buttonNamed(s.el, 'Create 3 users as pending')!.click();
      await settle(s.el, 4);
      expect(textOf(s.el, '[part="error"] p')).to.equal(
        'The server could not be reached. Check your connection. The server did not confirm. Retry: the same request is sent again, never a second import.',
      );
      await expect(s.el).to.be.accessible();
      buttonNamed(s.el, 'Retry')!.click();
      await settle(s.el, 4);
      buttonNamed(s.el, 'Retry')!.click();
      await settle(s.el, 4);
      expect(api.commits.map((call) => call.key)).to.have.length(3);
      expect(new Set(api.commits.map((call) => call.key)).size).to.equal(1);
      expect(textOf(s.el, '#done-title')).to.equal('3 users created as pending');
      // Another import, another click: a key of its own.
      buttonNamed(s.el, 'Import another file')!.click();
      await settle(s.el, 4);
      expect(focused(s.el)).to.equal($(s.el, '[part="pick-button"]'));
      await readFile(s, parsed());
      buttonNamed(s.el, 'Check with the server')!.click();
      await settle(s.el, 4);
      buttonNamed(s.el, 'Create 3 users as pending')!.click();
      await settle(s.el, 4);
      expect(api.commits[3]!.key).not.to.equal(api.commits[0]!.key);
    });
  });

  describe('Lit dev mode', () => {
    it('renders every state without a Lit warning', async () => {
      (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const s = await setup();
        await choose(s.el);
        s.reader.last.options.onProgress!({ phase: 'parsing', done: 1, total: 2 });
        await settle(s.el, 4);
        s.reader.last.answer.reject(new ImportFileError('empty', 'empty'));
        await settle(s.el, 4);
        await readFile(s, WITH_ERRORS());
        select(s.el, '#kind-filter', 'required');
        await settle(s.el, 4);
        await readFile(s, parsed());
        buttonNamed(s.el, 'Check with the server')!.click();
        await settle(s.el, 4);
        buttonNamed(s.el, 'Create 3 users as pending')!.click();
        await settle(s.el, 4);
        expect(textOf(s.el, '#done-title')).to.equal('3 users created as pending');
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((warning) => !warning.includes('Lit is in dev mode'))).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('Enter on "Choose a file…" opens the real picker', async () => {
      const { el } = await setup();
      const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
      let opened = 0;
      input.addEventListener('click', (event) => {
        opened += 1;
        // The test stops at the picker: a real one would wait for a person.
        event.preventDefault();
      });
      $<HTMLButtonElement>(el, '[part="pick-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(opened).to.equal(1);
      await sendKeys({ press: 'Space' });
      expect(opened).to.equal(2);
    });

    it('Tab walks the filters, the download and the pages; arrow keys change a filter', async () => {
      const s = await setup();
      const errors = Array.from({ length: 300 }, (_, i) => cellError(i + 2, i % 2 ? 'EMAIL' : 'LOGIN', i % 2 ? 'invalid_email' : 'invalid_login'));
      await readFile(s, parsed({ errors }));
      const kindFilter = $<HTMLSelectElement>(s.el, '#kind-filter')!;
      kindFilter.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(s.el, 4);
      expect(kindFilter.value).not.to.equal('');
      expect(textOf(s.el, '.problem-table caption')).to.equal('Problems 1–100 of 150');
      await sendKeys({ press: 'Tab' });
      expect(focused(s.el)).to.equal($(s.el, '#column-filter'));
      await sendKeys({ press: 'Tab' });
      expect(focused(s.el)).to.equal($(s.el, '.download'));
      await sendKeys({ press: 'Tab' });
      // The table scrolls on its own: it takes focus so that arrow keys scroll it.
      expect(focused(s.el)).to.equal($(s.el, '.table-scroll'));
      await sendKeys({ press: 'Tab' });
      expect(focused(s.el)).to.equal(buttonNamed(s.el, 'Next page'));
    });
  });
});

describe('<suite-user-import> and its reader’s workers', () => {
  it('starts the default reader’s worker once attached, before any file, and ends it when it leaves', async () => {
    const { started, terminated, restore } = watchWorkers();
    try {
      const el = await fixture<SuiteUserImport>(html`<suite-user-import client-id="c1" .api=${new FakeApi()}></suite-user-import>`);
      await waitUntil(() => started.length > 0, 'a worker started for the file to come');
      expect(terminated).to.deep.equal([]);
      el.remove();
      await waitUntil(() => terminated.length === started.length, 'the workers ended with the view');
    } finally {
      restore();
    }
  });

  it('starts none when given a reader of its own', async () => {
    const { started, restore } = watchWorkers();
    try {
      await setup();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(started).to.deep.equal([]);
    } finally {
      restore();
    }
  });
});
