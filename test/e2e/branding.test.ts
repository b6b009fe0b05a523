/**
 * Branding as a partner admin meets it in the demo portal (`npm start`'s
 * portal and backend, PGlite in memory): brand the partner level, override
 * one client and reset it, switch a module, and watch the client's selfcare
 * dashboard follow. Screenshots of that dashboard in every theme are kept
 * under test-results/e2e/ as artifacts.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { openAs, usePortal } from './support/portal.js';

const session = usePortal({ users: 50 });
const ARTIFACTS = new URL('../../test-results/e2e/', import.meta.url);
const THEMES = ['default', 'dark', 'high-contrast', 'partner-ocean', 'partner-sunset'] as const;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const PARTNER_PRIMARY = { hex: '#0A4F70', rgb: 'rgb(10, 79, 112)' };
const CLIENT_PRIMARY = { hex: '#7C2D12', rgb: 'rgb(124, 45, 18)' };
const PARTNER_MESSAGE = 'Welcome to your Nordlys selfcare';

/** Waits until a computed style of the element the locator finds is `expected`; says what it was when it never gets there. */
async function styleBecomes(locator: Locator, property: 'backgroundColor', expected: string): Promise<void> {
  const element = await locator.elementHandle();
  assert.ok(element, 'the element is on the page');
  try {
    await locator.page().waitForFunction(([node, name, value]) => getComputedStyle(node).getPropertyValue(name) === value, [element, 'background-color', expected] as const, {
      timeout: 10_000,
    });
  } catch {
    assert.equal(await locator.evaluate((node, name) => getComputedStyle(node)[name], property), expected);
  }
}

/** Saves the editor's draft and waits for the server's answer (the notice alone may still be the previous save's). */
async function save(editor: Locator): Promise<void> {
  const answered = editor.page().waitForResponse((response) => response.request().method() === 'PUT' && new URL(response.url()).pathname.endsWith('/branding'));
  await editor.locator('[part="save-button"]').click();
  assert.equal((await answered).status(), 200);
  await editor.getByText('Saved. The selfcare shows the new branding.').waitFor();
}

function elements(page: Page) {
  const dashboard = page.locator('#dashboard-preview');
  return {
    editor: page.locator('suite-branding-editor'),
    toggles: page.locator('suite-module-toggles'),
    dashboard,
    dashboardHeader: dashboard.locator('[part="header"]'),
    tile: (module: string) => dashboard.locator(`[part="tile"][data-module="${module}"]`),
  };
}

test('as demo-partner: brand the partner level, override a client and reset it, switch a module, every theme', async () => {
  const [client] = await session().portal.db.query<{ id: string; name: string }>("select id, name from clients where name = 'Kestrel Engineering'");
  assert.ok(client, 'the demo data has the client');
  const { page, pageErrors } = await openAs(session(), 'demo-partner');
  const { editor, toggles, dashboard, dashboardHeader, tile } = elements(page);

  await page.getByRole('link', { name: 'Branding' }).click();
  await editor.getByRole('radio', { name: 'All clients (partner level)' }).waitFor();
  // The preview shows the client chosen in the portal's header.
  await page.locator('#client').selectOption(client.id);
  await tile('documents').waitFor();

  // Partner level: what every client inherits.
  await editor.getByRole('radio', { name: 'All clients (partner level)' }).check();
  await editor.getByText('Partner level: what every client inherits', { exact: false }).waitFor();
  await editor.locator('#primary-hex').fill(PARTNER_PRIMARY.hex);
  await editor.locator('#message-text').fill(PARTNER_MESSAGE);
  await save(editor);
  await dashboard.getByText(PARTNER_MESSAGE).waitFor();
  await styleBecomes(dashboardHeader, 'backgroundColor', PARTNER_PRIMARY.rgb);

  // One client: its own primary colour wins over the partner's.
  await editor.getByRole('radio', { name: 'One client' }).check();
  await editor.getByRole('searchbox', { name: 'Search clients' }).fill(client.name);
  await editor.getByRole('option', { name: new RegExp(client.name) }).click();
  await editor.getByText(`${client.name} only`, { exact: false }).waitFor();
  const primarySource = editor.locator('[part="source"][data-field="primaryColor"]');
  await primarySource.getByText('Inherited from the partner').waitFor();
  await editor.locator('#primary-hex').fill(CLIENT_PRIMARY.hex);
  await save(editor);
  await primarySource.getByText('Set for this client').waitFor();
  await styleBecomes(dashboardHeader, 'backgroundColor', CLIENT_PRIMARY.rgb);
  await dashboard.getByText(PARTNER_MESSAGE).waitFor();

  // Back to what the client inherits.
  await editor.locator('[part="reset-button"][data-field="primaryColor"]').click();
  await save(editor);
  await primarySource.getByText('Inherited from the partner').waitFor();
  await styleBecomes(dashboardHeader, 'backgroundColor', PARTNER_PRIMARY.rgb);

  // A module switched off at client level takes its tile off the dashboard; back to inherited (on), it returns.
  const documents = toggles.getByRole('switch', { name: 'Documents' });
  assert.equal(await documents.getAttribute('aria-checked'), 'true');
  await documents.click();
  await tile('documents').waitFor({ state: 'detached' });
  assert.equal(await documents.getAttribute('aria-checked'), 'false');
  await toggles.getByRole('button', { name: 'Use inherited for Documents' }).click();
  await tile('documents').waitFor();
  assert.equal(await documents.getAttribute('aria-checked'), 'true');

  // The dashboard in every theme: the page's tokens change, the client's brand stays.
  await mkdir(ARTIFACTS, { recursive: true });
  const surfaces = new Map<string, string>();
  for (const theme of THEMES) {
    await page.locator('#theme').selectOption(theme);
    surfaces.set(theme, await tile('documents').evaluate((node) => getComputedStyle(node).backgroundColor));
    const file = new URL(`branding-dashboard-${theme}.png`, ARTIFACTS);
    await dashboard.screenshot({ path: file.pathname });
    const png = await readFile(file);
    assert.ok(png.byteLength > 1000, `${theme}: a screenshot with something in it`);
    assert.deepEqual([...png.subarray(0, 8)], PNG_SIGNATURE, `${theme}: a PNG`);
  }
  assert.notEqual(surfaces.get('dark'), surfaces.get('default'), 'the tiles take the dark theme’s surface');
  assert.notEqual(surfaces.get('high-contrast'), surfaces.get('dark'));
  await styleBecomes(dashboardHeader, 'backgroundColor', PARTNER_PRIMARY.rgb);

  assert.deepEqual(pageErrors, []);
  await page.close();
});
