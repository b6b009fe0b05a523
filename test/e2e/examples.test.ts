/**
 * The framework examples of demo/examples/ (plain HTML with the single-file
 * bundle, React with the @lit/react wrapper, Vue 3), each consuming the built
 * package through its exports map, against the reference backend: the table
 * shows the client's users, the kit's event reaches the framework's code, the
 * CSV import's Web Worker starts from the built files, and the console stays clean.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, serveExample, startExamples, type ExampleKind, type ExamplesSession } from './support/examples.js';

/** The examples show this client: over-allocated, so its licence meter offers to buy more. */
const CLIENT = 'c-007';

let session: (ExamplesSession & { close(): Promise<void> }) | undefined;
before(async () => {
  session = await startExamples();
});
after(async () => {
  await session?.close();
});

const grid = (page: Page) => page.getByRole('grid', { name: 'Users' });

/** The client's users as the table counts them (aria-rowcount counts the header row too). */
async function expectAllUsers(page: Page): Promise<void> {
  const [row] = await session!.db.query<{ n: number; code: string }>(
    `select count(*)::int as n, min(user_code) as code from users where client_id = $1 and account_type = 'user'`,
    [CLIENT],
  );
  const total = (await session!.db.query<{ n: number }>('select count(*)::int as n from users where client_id = $1', [CLIENT]))[0]!.n;
  assert.ok(row && total > 1, 'the seed gives the client users');
  await grid(page).waitFor();
  await page.waitForFunction(
    (expected) => document.querySelector('suite-user-admin')?.shadowRoot?.querySelector('suite-user-table')?.shadowRoot?.querySelector('[role=grid]')?.getAttribute('aria-rowcount') === String(expected + 1),
    total,
  );
  await page.getByRole('searchbox', { name: 'Search users' }).fill(row.code);
  await grid(page).getByRole('row').filter({ hasText: row.code }).waitFor();
}

/** The licence meter's "buy" reaches the host's handler, which cancels it and says so. */
async function expectBuyEventInHost(page: Page, framework: string): Promise<void> {
  await page.locator('[part~="buy-button"]').first().click();
  await page.locator('#host-log').filter({ hasText: `${framework}: buy licences for pool` }).waitFor();
  assert.match(await page.locator('#host-log').innerText(), new RegExp(`of ${CLIENT}$`));
}

/** A small CSV read by the import worker, loaded from the built files beside the code that starts it. */
async function expectImportWorker(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import users' }).click();
  await page.getByRole('dialog', { name: 'Import users' }).waitFor();
  const csv = 'LASTNAME,FIRSTNAME,EMAIL,LOGIN,MAIL_LANGUAGE,FUNCTION\nExemple,Ana,ana.exemple@example.com,ana.exemple,en,Agent\nExemple,Bo,bo.exemple@example.com,bo.exemple,fr,Agent\n';
  const importer = page.locator('suite-user-import');
  await importer.locator('input[type="file"]').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await importer.getByRole('heading', { name: 'Result for people.csv' }).waitFor({ timeout: 30_000 });
  await importer.getByText('2 rows read', { exact: true }).waitFor();
}

async function withExample(kind: ExampleKind, run: (page: Page) => Promise<void>): Promise<void> {
  const example = await serveExample(kind, session!.db);
  try {
    const { page, pageErrors } = await openPage(session!.browser, example.url);
    await run(page);
    assert.deepEqual(pageErrors, []);
    await page.close();
  } finally {
    await example.close();
  }
}

describe('framework examples', () => {
  test('every JavaScript file the exports map names is in the build', () => {
    const { exports } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, string | { default: string }> };
    const targets = Object.values(exports)
      .map((entry) => (typeof entry === 'string' ? entry : entry.default))
      .filter((target) => target.startsWith('./dist/') && !target.includes('*'));
    assert.ok(targets.length > 20);
    for (const target of targets) assert.ok(existsSync(new URL(`../../${target}`, import.meta.url)), `${target} was not built`);
  });

  test('plain HTML, the single-file bundle: users, the buy event in the page script, the import worker, French from dist/locales', async () => {
    await withExample('plain', async (page) => {
      await expectAllUsers(page);
      await expectBuyEventInHost(page, 'Plain page');
      await expectImportWorker(page);
      await page.keyboard.press('Escape');
      // Another language comes from beside the bundle, on first use.
      await page.locator('suite-user-admin').evaluate((admin) => admin.setAttribute('lang', 'fr'));
      await page.getByRole('button', { name: 'Importer des utilisateurs' }).waitFor();
      // One script tag: the bundle holds the kit; only the worker and French came as other files.
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js')));
      assert.deepEqual(scripts.sort(), ['/demo/examples/plain/main.js', '/dist/import.worker.js', '/dist/locales/fr.js', '/dist/suite-kit.bundle.js']);
    });
  });

  test('React 19, the @lit/react wrapper: users, onSuiteBuyLicences', async () => {
    await withExample('react', async (page) => {
      await expectAllUsers(page);
      await expectBuyEventInHost(page, 'React');
      // The wrapper, not a bare tag: React set the token as a property, so no attribute shows it.
      assert.equal(await page.locator('suite-user-admin').getAttribute('token'), null);
    });
  });

  test('Vue 3, isCustomElement: users, @suite-buy-licences, the import worker of the ESM build', async () => {
    await withExample('vue', async (page) => {
      await expectAllUsers(page);
      await expectBuyEventInHost(page, 'Vue');
      await expectImportWorker(page);
      const worker = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).find((path) => path.endsWith('import.worker.js')));
      assert.equal(worker, '/@fs' + new URL('../../dist/chunks/import.worker.js', import.meta.url).pathname);
    });
  });
});
