/**
 * The user administration as a new user meets it: `npm start`'s portal and
 * backend (PGlite in memory, demo data), driven in real Chromium. Each test
 * picks its users from the database, then does everything through the page.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { openAs, usePortal } from './support/portal.js';

const session = usePortal({ users: 600 });
const CLIENT = 'c-001';

interface UserRow {
  id: string;
  first_name: string;
  last_name: string;
  user_code: string;
  email: string | null;
}

/** A user of the big client matching `where` (SQL over `users`), first by code, never picked twice in this file. */
const picked = new Set<string>();
async function pickUser(where: string): Promise<UserRow> {
  const rows = await session().portal.db.query<UserRow>(
    `select id, first_name, last_name, user_code, email from users where client_id = $1 and account_type = 'user' and ${where} order by user_code limit 50`,
    [CLIENT],
  );
  const row = rows.find((candidate) => !picked.has(candidate.id));
  assert.ok(row, `no user left where ${where}`);
  picked.add(row.id);
  return row;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Users' });
const panel = (page: Page) => page.locator('suite-user-panel');

/** Finds the user by code in the search box and opens the panel from the name in the row. */
async function openUser(page: Page, user: UserRow): Promise<Locator> {
  await page.getByRole('searchbox', { name: 'Search users' }).fill(user.user_code);
  const row = grid(page).getByRole('row').filter({ hasText: user.user_code });
  await row.locator('[part~="name-button"]').click();
  await panel(page).getByRole('button', { name: 'Close the user panel' }).waitFor();
  return panel(page);
}

describe('as demo-super', () => {
  test('the table shows the client, with its total, and search and filters narrow it', async () => {
    const { page, pageErrors } = await openAs(session(), 'demo-super');
    const total = (await session().portal.db.query<{ n: number }>('select count(*)::int as n from users where client_id = $1', [CLIENT]))[0]!.n;
    await assert.doesNotReject(grid(page).waitFor());
    await page.waitForFunction(
      (expected) => document.querySelector('suite-user-admin')?.shadowRoot?.querySelector('suite-user-table')?.shadowRoot?.querySelector('[role=grid]')?.getAttribute('aria-rowcount') === String(expected + 1),
      total,
    );

    const someone = await pickUser(`status = 'active'`);
    await page.getByRole('searchbox', { name: 'Search users' }).fill(someone.last_name);
    await grid(page).getByRole('row').filter({ hasText: someone.user_code }).waitFor();
    // The search ignores case and accents, as the server's does: Müller matches Muller.
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
    const names = await grid(page).locator('[part~="name-button"]').allTextContents();
    assert.ok(names.length > 0 && names.every((name) => fold(name).includes(fold(someone.last_name))), `every row matches ${someone.last_name}: ${names.join(', ')}`);

    await page.getByRole('searchbox', { name: 'Search users' }).fill('');
    await page.getByRole('combobox', { name: /^Status/ }).selectOption('invited');
    await page.waitForFunction(() => {
      const table = document.querySelector('suite-user-admin')?.shadowRoot?.querySelector('suite-user-table')?.shadowRoot;
      const badges = [...(table?.querySelectorAll('[part~="status-badge"]') ?? [])];
      return badges.length > 0 && badges.every((badge) => badge.textContent?.startsWith('Invited on'));
    });
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('invites one user and sees the date of the invitation', async () => {
    const user = await pickUser(`status = 'pending' and email is not null and not exists (select 1 from user_licence_pools p where p.user_id = users.id and p.pool_id like '%-contract')`);
    const { page, pageErrors } = await openAs(session(), 'demo-super');
    const userPanel = await openUser(page, user);
    await userPanel.getByRole('button', { name: 'Invite…' }).click();
    await page.getByRole('dialog', { name: `Invite ${user.first_name} ${user.last_name}` }).waitFor();
    // Once sent, the same dialog offers to resend: its title changes.
    const dialog = page.getByRole('dialog', { name: new RegExp(`${user.first_name} ${user.last_name}$`) });
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    const today = new Intl.DateTimeFormat('en').format(new Date());
    await dialog.getByText(`Invited on ${today}`).waitFor();
    const [outbox] = await session().portal.db.query<{ n: number }>('select count(*)::int as n from outbox where user_id = $1', [user.id]);
    assert.equal(outbox?.n, 1, 'one email in the outbox');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await grid(page).getByRole('row').filter({ hasText: user.user_code }).getByText(`Invited on ${today}`).waitFor();
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('bulk-invites the pending users, told first how many have no email', async () => {
    const [counts] = await session().portal.db.query<{ with_email: number; without_email: number }>(
      `select count(*) filter (where email is not null)::int as with_email, count(*) filter (where email is null)::int as without_email
         from users where client_id = $1 and status = 'pending'`,
      [CLIENT],
    );
    assert.ok(counts && counts.without_email > 0, 'the seed has pending users without email');
    const { page, pageErrors } = await openAs(session(), 'demo-super');
    await page.getByRole('combobox', { name: /^Status/ }).selectOption('pending');
    await grid(page).getByRole('checkbox', { name: /^Select all/ }).check();
    await page.getByRole('button', { name: /^Invite the \d+ selected users$/ }).click();
    const banner = page.getByRole('region', { name: 'Invite the selected users' });
    // The sentence is on screen and repeated in the banner's live region: read the first.
    const summary = await banner.getByText(/invitations? will be sent/).first().textContent();
    assert.match(summary ?? '', new RegExp(`${counts.without_email} users? ha(s|ve) no email`));
    const outboxBefore = (await session().portal.db.query<{ n: number }>('select count(*)::int as n from outbox'))[0]!.n;
    await banner.getByRole('button', { name: /^Send \d+ invitations?$/ }).click();
    const done = banner.getByText(/^Done: \d+ sent/).first();
    await done.waitFor({ timeout: 30_000 });
    const sent = Number(/^Done: (\d+) sent/.exec((await done.textContent()) ?? '')?.[1]);
    const outboxAfter = (await session().portal.db.query<{ n: number }>('select count(*)::int as n from outbox'))[0]!.n;
    assert.ok(sent > 0, 'some invitations were sent');
    assert.equal(outboxAfter - outboxBefore, sent, 'one email per invitation sent, no more');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('deactivates and reactivates a user', async () => {
    const user = await pickUser(`status = 'active' and role = 'user'`);
    const { page, pageErrors } = await openAs(session(), 'demo-super');
    const userPanel = await openUser(page, user);
    await userPanel.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await userPanel.getByRole('button', { name: 'Reactivate', exact: true }).waitFor();
    assert.equal((await session().portal.db.query<{ status: string }>('select status from users where id = $1', [user.id]))[0]?.status, 'inactive');
    await userPanel.getByRole('button', { name: 'Reactivate', exact: true }).click();
    await userPanel.getByRole('button', { name: 'Deactivate', exact: true }).waitFor();
    assert.equal((await session().portal.db.query<{ status: string }>('select status from users where id = $1', [user.id]))[0]?.status, 'active');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('bans a user, with the reason required and kept', async () => {
    const user = await pickUser(`status = 'active' and role = 'user'`);
    const { page, pageErrors } = await openAs(session(), 'demo-super');
    const userPanel = await openUser(page, user);
    await userPanel.getByRole('button', { name: 'Ban…' }).click();
    const dialog = page.getByRole('dialog', { name: `Ban ${user.first_name} ${user.last_name}` });
    await dialog.getByRole('button', { name: 'Ban', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Reason' }).and(page.locator('[aria-invalid="true"]')).waitFor();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Shared the account with a contractor');
    await dialog.getByRole('button', { name: 'Ban', exact: true }).click();
    await userPanel.getByText('Reason: Shared the account with a contractor').waitFor();
    const [row] = await session().portal.db.query<{ status: string; status_reason: string }>('select status, status_reason from users where id = $1', [user.id]);
    assert.deepEqual(row, { status: 'banned', status_reason: 'Shared the account with a contractor' });
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('replaces a user: the newcomer takes the seat', async () => {
    const leaver = await pickUser(`status = 'active' and role = 'user' and exists (select 1 from user_licence_pools p where p.user_id = users.id and p.pool_id = '${CLIENT}-core')`);
    const newcomer = await pickUser(`status = 'pending' and email is not null`);
    const { page, pageErrors } = await openAs(session(), 'demo-super');
    const userPanel = await openUser(page, leaver);
    await userPanel.getByRole('button', { name: 'Replace…' }).click();
    await page.getByRole('dialog', { name: `Replace ${leaver.first_name} ${leaver.last_name}` }).waitFor();
    // The one open dialog: its title becomes the outcome once replaced.
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Newcomer' }).fill(newcomer.user_code);
    await dialog.getByRole('option', { name: new RegExp(`${newcomer.first_name} ${newcomer.last_name}`) }).click();
    await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
    await dialog.getByText('The seat moved').waitFor();
    await dialog.getByText(`${leaver.first_name} ${leaver.last_name} is now Inactive.`).waitFor();
    const pools = await session().portal.db.query<{ user_id: string }>(`select user_id from user_licence_pools where pool_id = $1 and user_id = any($2)`, [`${CLIENT}-core`, [leaver.id, newcomer.id]]);
    assert.ok(pools.some((pool) => pool.user_id === newcomer.id), 'the newcomer holds the core pool');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('a full pool refuses the invitation and says which pool', async () => {
    const user = await pickUser(`status = 'pending' and email is not null and exists (select 1 from user_licence_pools p where p.user_id = users.id and p.pool_id = '${CLIENT}-contract')`);
    // The contract pool is filled to its last seat, as after a busy week.
    await session().portal.db.query(
      `update licence_pools set total = (select count(*) from user_licence_pools p join users u on u.id = p.user_id where p.pool_id = $1 and u.status in ('invited', 'active')) where id = $1`,
      [`${CLIENT}-contract`],
    );
    const { page, pageErrors } = await openAs(session(), 'demo-super');
    const userPanel = await openUser(page, user);
    await userPanel.getByRole('button', { name: 'Invite…' }).click();
    const dialog = page.getByRole('dialog', { name: `Invite ${user.first_name} ${user.last_name}` });
    await dialog.getByText('Full: no seat left. Free a seat or buy more licences.').waitFor();
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await dialog.getByText(/No seat left in the pool Contract|One of the checked pools has no seat left/).waitFor();
    const [row] = await session().portal.db.query<{ status: string }>('select status from users where id = $1', [user.id]);
    assert.equal(row?.status, 'pending');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('as demo-agency', () => {
  test('sees only its two agencies, in the filter and in the rows', async () => {
    const { page, pageErrors } = await openAs(session(), 'demo-agency');
    const scope = await session().portal.db.query<{ agency_ids: string[] }>(`select agency_ids from admins where id = 'adm-agency'`);
    const agencyIds = scope[0]!.agency_ids;
    assert.equal(agencyIds.length, 2);
    const names = await session().portal.db.query<{ name: string }>('select name from agencies where id = any($1) order by name', [agencyIds]);
    const filter = page.getByRole('combobox', { name: /^Agency/ });
    const expected = names.map((agency) => agency.name);
    // The page signs in as demo-super first, then switches: read the options once they settle on the new admin's.
    let options: string[] = [];
    for (let tries = 0; tries < 100; tries++) {
      options = (await filter.locator('option').allTextContents()).slice(1).sort();
      if (options.join('|') === expected.join('|')) break;
      await page.waitForTimeout(100);
    }
    assert.deepEqual(options, expected);

    const inScope = (
      await session().portal.db.query<{ n: number }>(
        'select count(*)::int as n from users where client_id = $1 and agency_ids <@ $2::text[] and cardinality(agency_ids) > 0',
        [CLIENT, agencyIds],
      )
    )[0]!.n;
    await page.waitForFunction(
      (expected) => document.querySelector('suite-user-admin')?.shadowRoot?.querySelector('suite-user-table')?.shadowRoot?.querySelector('[role=grid]')?.getAttribute('aria-rowcount') === String(expected + 1),
      inScope,
    );
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('switching admins', () => {
  test('a partner admin who chose a client, then a super admin: no request goes out for the client the page no longer shows', async () => {
    const { page, pageErrors } = await openAs(session(), 'demo-partner');
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) refused.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    const grid = () =>
      page.waitForFunction(() => Number(document.querySelector('suite-user-admin')?.shadowRoot?.querySelector('suite-user-table')?.shadowRoot?.querySelector('[role=grid]')?.getAttribute('aria-rowcount')) > 1);
    await grid();
    // Not the first client: its id must not outlive the switch.
    const chosen = await page.$eval('#client', (select) => (select as HTMLSelectElement).options[2]!.value);
    await page.selectOption('#client', chosen);
    await grid();
    await page.selectOption('#admin', 'demo-super');
    await page.waitForFunction((chosen) => (document.querySelector('#client') as HTMLSelectElement).value !== chosen, chosen);
    await grid();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(refused, []);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
