/**
 * The staged migration end to end (DOMAIN.md, "Migration and bulk import"):
 * a 5,000-row XLSX with mistakes is imported into the reference backend
 * through the demo portal, its errors are read with the spreadsheet's row
 * numbers, the fixed file is imported, the users are created pending, then
 * invited in bulk; the invitations land in the outbox.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { XLSX_MIME, xlsxBlob } from '../../src/spreadsheet/xlsx.js';
import { openAs, usePortal } from './support/portal.js';

const session = usePortal({ users: 600 });
const CLIENT = 'c-001';
const ROWS = 5_000;
const COLUMNS = ['LASTNAME', 'FIRSTNAME', 'EMAIL', 'LOGIN', 'MAIL_LANGUAGE', 'FUNCTION'] as const;

/** Person `i` of the file (spreadsheet row i + 2): names and logins no seeded user has. */
function person(i: number): string[] {
  const code = String(i).padStart(4, '0');
  return [`Importé${code}`, 'Camille', `migration.${code}@atelier-lumiere.example`, `migration.${code}`, i % 2 ? 'fr' : 'en', 'Technicienne'];
}

/** The mistakes a real migration file has, each on a known spreadsheet row. */
interface Mistakes {
  existingEmail: string;
}

function spreadsheetRows({ existingEmail }: Mistakes | { existingEmail?: undefined } = {}): string[][] {
  const rows = Array.from({ length: ROWS }, (_, i) => person(i));
  if (existingEmail) {
    rows[99]![2] = 'camille.importe@'; // row 101: not an email
    rows[2499]![0] = ''; // row 2501: no last name
    rows[2999]![4] = 'klingon'; // row 3001: not a language
    rows[3999]![2] = rows[9]![2]!.toUpperCase(); // row 4001: the email of row 11 again (case does not matter)
    rows[4499]![2] = existingEmail; // row 4501: already someone's in the client: only the server knows
  }
  return rows;
}

async function workbook(rows: string[][]): Promise<Buffer> {
  const blob = await xlsxBlob([{ name: 'Utilisateurs', columns: COLUMNS.map((header) => ({ header })), rows }]);
  return Buffer.from(await blob.arrayBuffer());
}

const importer = (page: Page) => page.locator('suite-user-import');

async function pick(page: Page, name: string, file: Buffer): Promise<void> {
  await importer(page).locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX_MIME, buffer: file });
  await importer(page).getByRole('heading', { name: `Result for ${name}` }).waitFor({ timeout: 30_000 });
}

/** The detail table as [row, column, problem] (all pages are not needed: the mistakes fit on the first). */
const problems = (el: Locator) =>
  el.locator('.problem-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
      return [cells[0], cells[1], cells[3]];
    }),
  );

describe('import', () => {
  test('as demo-super: a 5,000-row XLSX with errors, fixed and imported again, then every user invited', async () => {
    const { db } = session().portal;
    const [existing] = await db.query<{ email: string }>(`select email from users where client_id = $1 and email is not null order by user_code limit 1`, [CLIENT]);
    assert.ok(existing);
    const [withErrors, fixed] = await Promise.all([workbook(spreadsheetRows({ existingEmail: existing.email })), workbook(spreadsheetRows())]);

    const { page, pageErrors } = await openAs(session(), 'demo-super');
    await page.getByRole('button', { name: 'Import users' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import users' });
    await dialog.waitFor();

    // The file with mistakes: every one in the browser, on the spreadsheet's rows.
    await pick(page, 'migration.xlsx', withErrors);
    const el = importer(page);
    await el.getByText('5,000 rows read', { exact: true }).waitFor();
    await el.getByText('4 rows with errors', { exact: true }).waitFor();
    assert.deepEqual(await problems(el), [
      ['101', 'EMAIL', 'Not a valid email address (for example name@company.com).'],
      ['2501', 'LASTNAME', 'Required: this cell is empty.'],
      ['3001', 'MAIL_LANGUAGE', 'Not an allowed value: use one of fr, en, de, nl, es, it, pt-br, zh-cn, ja, th.'],
      ['4001', 'EMAIL', 'Duplicate of row 11.'],
    ]);
    assert.equal(await el.getByRole('button', { name: /^Create/ }).count(), 0, 'a file with errors cannot be committed');

    // The server finds what only it can: an email already used in the client.
    await el.getByRole('button', { name: 'Check with the server' }).click();
    // The sentence is on screen and in the live region: read the first.
    await el.getByText('The server found problems on 1 row.').first().waitFor({ timeout: 30_000 });
    assert.deepEqual((await problems(el)).find((cells) => cells[0] === '4501'), [
      '4501',
      'EMAIL',
      'Already used by a user of this client. (found by the server)',
    ]);
    assert.equal(await el.getByRole('button', { name: /^Create/ }).count(), 0);

    // The fixed file: nothing to fix, checked, then created in one go.
    await pick(page, 'migration-fixed.xlsx', fixed);
    await el.getByText('5,000 rows ready', { exact: true }).waitFor();
    await el.getByRole('button', { name: 'Check with the server' }).click();
    await el.getByText('The server found no problem: 5,000 users are ready to be created.').first().waitFor({ timeout: 30_000 });
    await el.getByRole('button', { name: 'Create 5,000 users as pending' }).click();
    await el.getByRole('heading', { name: '5,000 users created as pending' }).waitFor({ timeout: 60_000 });

    const imported = await db.query<{ id: string; status: string }>(`select id, status from users where client_id = $1 and login like 'migration.%'`, [CLIENT]);
    assert.equal(imported.length, ROWS);
    assert.ok(imported.every((user) => user.status === 'pending'), 'created pending, nobody invited yet');
    assert.equal((await db.query<{ n: number }>('select count(*)::int as n from outbox where user_id = any($1)', [imported.map((user) => user.id)]))[0]?.n, 0);

    // "Review and send invitations": the dialog gives way to the bulk invitation of exactly those users.
    await el.getByRole('button', { name: 'Review and send invitations' }).click();
    const banner = page.getByRole('region', { name: 'Invite the selected users' });
    await banner.waitFor();
    // Reviewing: the table, refreshed, lists them as pending.
    await page.getByRole('searchbox', { name: 'Search users' }).fill('Importé0042');
    await page.getByRole('grid', { name: 'Users' }).getByRole('row').filter({ hasText: 'Importé0042' }).getByText('Pending').waitFor();
    const send = banner.getByRole('button', { name: 'Send 5,000 invitations' });
    await send.click({ timeout: 30_000 });
    await banner.getByText(/^Done: 5,000 sent, 0 skipped, 0 failed/).first().waitFor({ timeout: 60_000 });

    const outbox = await db.query<{ n: number }>('select count(distinct user_id)::int as n from outbox where user_id = any($1)', [imported.map((user) => user.id)]);
    assert.equal(outbox[0]?.n, ROWS, 'one invitation per imported user in the outbox');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
