/**
 * Strict CSP (issue 9): the kit, built by Vite into plain files and served
 * under `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`,
 * goes through its real flows against the reference backend (PGlite in
 * memory, demo data) with no violation: no `securitypolicyviolation` event,
 * no report at the `report-uri` (the import worker's included), no console
 * error. Also Lit's nonce path (no constructable stylesheets, `window.litNonce`),
 * and the import's worker both under a policy that lists the kit's Trusted
 * Types policy (`suite-kit`) and under the exact one, which does not: there
 * the import says the page's policy blocks it (docs/security.md).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { assertNoViolations, openPage, useCspServer } from './csp/harness.js';

const session = useCspServer();
const CLIENT = 'c-001';
const LOGO = new URL('../fixtures/images/logo-600x600.png', import.meta.url);
const CSV = ['LASTNAME,FIRSTNAME,EMAIL,LOGIN,MAIL_LANGUAGE,FUNCTION', 'Politique,Camille,camille.politique@atelier-lumiere.example,camille.politique,fr,Technicienne', ''].join('\r\n');

interface UserRow {
  id: string;
  first_name: string;
  last_name: string;
  user_code: string;
}

async function pickUser(where: string): Promise<UserRow> {
  const [row] = await session().server.db.query<UserRow>(
    `select id, first_name, last_name, user_code from users where client_id = $1 and account_type = 'user' and ${where} order by user_code limit 1`,
    [CLIENT],
  );
  assert.ok(row, `the demo data has a user where ${where}`);
  return row;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Users' });

async function openUser(page: Page, user: UserRow): Promise<Locator> {
  await page.getByRole('searchbox', { name: 'Search users' }).fill(user.user_code);
  await grid(page).getByRole('row').filter({ hasText: user.user_code }).locator('[part~="name-button"]').click();
  const panel = page.locator('suite-user-panel');
  await panel.getByRole('button', { name: 'Close the user panel' }).waitFor();
  return panel;
}

/** The licence meter's bars: their fill is set through the CSSOM, which no policy refuses (a `style` attribute would be). */
async function barFills(page: Page): Promise<string[]> {
  const bars = page.locator('suite-licence-meter .bar-fill');
  await bars.first().waitFor({ state: 'attached' });
  return bars.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).style.getPropertyValue('--_fill')));
}

async function pickImportFile(page: Page, csv = CSV): Promise<Locator> {
  await page.getByRole('button', { name: 'Import users' }).click();
  await page.getByRole('dialog', { name: 'Import users' }).waitFor();
  const importer = page.locator('suite-user-import');
  await importer.locator('input[type="file"]').setInputFiles({ name: 'users.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  return importer;
}

/** Over 4 MB: on a device with the cores for it, the page starts a second copy of the import worker to check its second half (src/import/read-import-file.ts). */
function largeCsv(rows: number): string {
  const lines = ['LASTNAME,FIRSTNAME,EMAIL,LOGIN,MAIL_LANGUAGE,FUNCTION,ADDRESS'];
  for (let i = 0; i < rows; i++) {
    lines.push(`Politique,Camille,camille.politique${i}@atelier-lumiere.example,camille.politique${i},fr,Technicienne de maintenance,"${i} rue de la Lumière, bâtiment B"`);
  }
  return lines.join('\r\n');
}

async function importReadsTheFile(page: Page): Promise<void> {
  const importer = await pickImportFile(page);
  await importer.getByRole('heading', { name: 'Result for users.csv' }).waitFor({ timeout: 30_000 });
  await importer.getByText('1 row ready', { exact: true }).waitFor();
}

describe('under the exact policy of the issue', () => {
  test('user administration as demo-super: rows, licence meter, search, a user panel, an invitation, an export, the bulk banner, French', async () => {
    const invitee = await pickUser(`status = 'pending' and email is not null and not exists (select 1 from user_licence_pools p where p.user_id = users.id and p.pool_id like '%-contract')`);
    const watched = await openPage(session(), '/strict', 'demo-super', CLIENT);
    const { page } = watched;
    await grid(page).waitFor();
    assert.ok((await grid(page).getByRole('row').count()) > 5, 'the table shows rows');
    const fills = await barFills(page);
    assert.ok(fills.length > 0 && fills.every((fill) => /^\d+(\.\d+)?%$/.test(fill)), `every bar has its fill: ${fills.join(', ')}`);

    const panel = await openUser(page, invitee);
    await panel.getByRole('button', { name: 'Invite…' }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`${invitee.first_name} ${invitee.last_name}$`) });
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await dialog.getByText(`Invited on ${new Intl.DateTimeFormat('en').format(new Date())}`).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await panel.getByRole('button', { name: 'Close the user panel' }).click();

    // The export hands its file to the browser through an object URL of its own: a download, not a load the policy governs.
    await page.getByRole('searchbox', { name: 'Search users' }).fill('');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    assert.match((await download).suggestedFilename(), /^users-c-001-\d{4}-\d\d-\d\d\.csv$/);

    // The bulk invitation of a selection: the banner, not sent.
    await grid(page).getByRole('checkbox', { name: /^Select all/ }).check();
    await page.getByRole('button', { name: /^Invite the \d+ selected users$/ }).click();
    await page.getByRole('region', { name: 'Invite the selected users' }).waitFor();

    // Another language: its words are a module loaded on use, from the page's origin.
    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    await page.getByRole('grid', { name: 'Utilisateurs' }).waitFor();

    await assertNoViolations(session(), watched);
    await page.close();
  });

  test('supervision as demo-super: the built-in selfcare in the frame, exit, then the session in the audit log and its export', async () => {
    const user = await pickUser(`role = 'user' and status = 'active' and email not ilike 'sam@%'`);
    const name = `${user.first_name} ${user.last_name}`;
    const watched = await openPage(session(), '/strict', 'demo-super', CLIENT);
    const { page } = watched;
    const panel = await openUser(page, user);
    await panel.getByRole('button', { name: 'Supervise', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Supervise ${name}'s selfcare` });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Check the page under a strict policy');
    await dialog.getByRole('button', { name: 'Start supervising' }).click();
    const frame = page.locator('suite-supervision-frame');
    await frame.getByRole('heading', { name: `You are supervising ${name}'s selfcare` }).waitFor();
    await frame.locator('suite-selfcare-dashboard [part="header"]').waitFor();
    await frame.getByRole('button', { name: `Exit the supervision of ${name}` }).click();
    await page.getByText(`Supervision of ${name}'s selfcare ended.`).waitFor();

    const log = page.locator('suite-audit-log');
    const startRow = log.getByRole('row').filter({ hasText: 'Check the page under a strict policy' }).filter({ has: page.getByRole('button', { name: 'Show session' }) });
    await startRow.getByRole('button', { name: 'Show session' }).click();
    await log.locator('[part~="session"]').getByText('Check the page under a strict policy').first().waitFor();
    const download = page.waitForEvent('download');
    await log.getByRole('button', { name: 'Export to CSV' }).click();
    assert.match((await download).suggestedFilename(), /\.csv$/);
    await assertNoViolations(session(), watched);
    await page.close();
  });

  test('branding as demo-partner: colour, swatch, gradient, a logo picked and shown, a module switched, the dashboard', async () => {
    const watched = await openPage(session(), '/strict', 'demo-partner', CLIENT);
    const { page } = watched;
    const editor = page.locator('suite-branding-editor');
    // The page's own dashboard, not the editor's preview (which is one too, inside the editor).
    const dashboard = page.locator('#branding > suite-selfcare-dashboard');
    await editor.locator('#primary-hex').waitFor();
    await editor.locator('#primary-hex').fill('#0A4F70');
    // Each palette swatch shows its colour through a CSSOM property.
    const swatches = await editor.locator('input.swatch').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).style.getPropertyValue('--_swatch')));
    assert.ok(swatches.length > 0 && swatches.every((hex) => /^#[0-9a-f]{6}$/i.test(hex)), `every swatch has its colour: ${swatches.join(', ')}`);
    await editor.locator('input.swatch').first().check();
    await editor.getByRole('checkbox', { name: 'Use a two-colour gradient for the header' }).check();
    assert.match(await editor.locator('.gradient-sample').evaluate((node) => getComputedStyle(node).backgroundImage), /^linear-gradient/);

    // The logo: checked in the browser, uploaded, then shown from the backend's asset URL (same origin: img-src 'self').
    await editor.locator('#logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await readFile(LOGO) });
    const preview = editor.locator('.image-preview img').first();
    await preview.waitFor();
    await page.waitForFunction((img) => img instanceof HTMLImageElement && img.complete, await preview.elementHandle());
    assert.ok((await preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)) > 0, 'the logo preview loaded');

    const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && new URL(response.url()).pathname.endsWith('/branding'));
    await editor.locator('[part="save-button"]').click();
    assert.equal((await saved).status(), 200);
    await editor.getByText('Saved. The selfcare shows the new branding.').waitFor();
    const dashboardLogo = dashboard.locator('img[part="logo"]');
    await page.waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, await dashboardLogo.elementHandle());

    const toggles = page.locator('suite-module-toggles');
    const documents = toggles.getByRole('switch', { name: 'Documents' });
    assert.equal(await documents.getAttribute('aria-checked'), 'true');
    await documents.click();
    await dashboard.locator('[part="tile"][data-module="documents"]').waitFor({ state: 'detached' });
    await toggles.getByRole('button', { name: 'Use inherited for Documents' }).click();
    await dashboard.locator('[part="tile"][data-module="documents"]').waitFor();

    await assertNoViolations(session(), watched);
    await page.close();
  });

  test('import: the policy does not list suite-kit, so the worker cannot start, and the import says why', async () => {
    const watched = await openPage(session(), '/strict', 'demo-super', CLIENT);
    const { page } = watched;
    const importer = await pickImportFile(page);
    await importer.getByText('This page’s security policy does not let the import reader start', { exact: false }).waitFor();
    // The one violation: the kit asking for its policy, which the page's trusted-types refuses.
    await assertNoViolations(session(), watched, ['trusted-types']);
    await page.close();
  });
});

describe('with suite-kit added to trusted-types', () => {
  test('import: a CSV read by the worker, and the template downloaded', async () => {
    const watched = await openPage(session(), '/strict-import', 'demo-super', CLIENT);
    await importReadsTheFile(watched.page);
    const download = watched.page.waitForEvent('download');
    await watched.page.locator('suite-user-import').getByRole('button', { name: 'Download the template (CSV)' }).click();
    assert.match((await download).suggestedFilename(), /\.csv$/);
    await assertNoViolations(session(), watched);
    await watched.page.close();
  });
});

describe('with suite-kit added to trusted-types, a large file', () => {
  test('import: a CSV large enough for two workers, the second checking its second half, read without a violation', async () => {
    const csv = largeCsv(36_000);
    assert.ok(csv.length > 4 * 1024 * 1024, `${csv.length} bytes`);
    // A device with a core for each worker and the page: on fewer, the page starts one worker (src/import/read-import-file.ts).
    const watched = await openPage(session(), '/strict-import', 'demo-super', CLIENT, undefined, { cores: 4 });
    const workers: string[] = [];
    watched.page.on('worker', (worker) => workers.push(worker.url()));
    const importer = await pickImportFile(watched.page, csv);
    await importer.getByRole('heading', { name: 'Result for users.csv' }).waitFor({ timeout: 60_000 });
    await importer.getByText('36,000 rows ready', { exact: true }).waitFor();
    assert.equal(workers.length, 2, `the reader and the checker of its second half: ${workers.join(', ')}`);
    await assertNoViolations(session(), watched);
    await watched.page.close();
  });
});

describe('with frame-src naming the partner selfcare (the supervision frame in iframe mode)', () => {
  test('the selfcare page on its own origin is framed, gets the session by message, and the exit ends it', async () => {
    const user = await pickUser(`role = 'user' and status = 'active' and email not ilike 'sam@%' and user_code > 'M'`);
    const name = `${user.first_name} ${user.last_name}`;
    const watched = await openPage(session(), '/strict-selfcare-frame', 'demo-super', CLIENT, session().server.selfcareUrl);
    const { page } = watched;
    const panel = await openUser(page, user);
    await panel.getByRole('button', { name: 'Supervise', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Supervise ${name}'s selfcare` });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Check the framed selfcare under a strict policy');
    await dialog.getByRole('button', { name: 'Start supervising' }).click();
    const selfcare = page.frameLocator('suite-supervision-frame iframe');
    await selfcare.getByText('Supervised by your administrator').waitFor();
    await page.locator('suite-supervision-frame').getByRole('button', { name: `Exit the supervision of ${name}` }).click();
    await page.getByText(`Supervision of ${name}'s selfcare ended.`).waitFor();
    await assertNoViolations(session(), watched);
    await page.close();
  });
});

describe("Lit's nonce path: no constructable stylesheets, window.litNonce, style-src 'nonce-…'", () => {
  test('the elements are styled by <style nonce> elements, and the flows meet no violation', async () => {
    const watched = await openPage(session(), '/nonce', 'demo-super', CLIENT);
    const { page } = watched;
    await grid(page).waitFor();
    const styles = await page.evaluate(() => ({
      adoptable: 'adoptedStyleSheets' in Document.prototype,
      nonce: window.litNonce,
      styleNonces: [...(document.querySelector('suite-user-admin')?.shadowRoot?.querySelectorAll('style') ?? [])].map((style) => style.nonce),
    }));
    assert.equal(styles.adoptable, false, 'constructable stylesheets are gone before Lit loads');
    assert.ok(styles.nonce, 'the page handed its nonce to Lit');
    assert.ok(styles.styleNonces.length > 0 && styles.styleNonces.every((nonce) => nonce === styles.nonce), 'the styles are <style> elements with the nonce');
    assert.equal(await page.locator('suite-user-table').evaluate((node) => getComputedStyle(node).getPropertyValue('--_row-height').trim()), '2.75rem', 'the table is styled');
    const fills = await barFills(page);
    assert.ok(fills.every((fill) => fill.endsWith('%')));

    await openUser(page, await pickUser(`status = 'active' and role = 'user'`));
    await page.locator('suite-user-panel').getByRole('button', { name: 'Close the user panel' }).click();
    await page.locator('suite-branding-editor input.swatch').first().waitFor();
    await importReadsTheFile(page);
    await assertNoViolations(session(), watched);
    await page.close();
  });
});

declare global {
  interface Window {
    litNonce?: string;
  }
}
