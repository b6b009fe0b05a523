/**
 * The demo mailbox closes the invitation loop a newcomer tries first: invite a
 * user in the portal, read the email in the mailbox (the backend's outbox),
 * follow its link, choose a password, and find the user active in the table.
 * Real backend (PGlite in memory), real Chromium, everything through the pages.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openAs, usePortal } from './support/portal.js';

const session = usePortal({ users: 600 });
const CLIENT = 'c-001';

const grid = (page: Page) => page.getByRole('grid', { name: 'Users' });
const userRow = (page: Page, userCode: string) => grid(page).getByRole('row').filter({ hasText: userCode });

describe('the demo mailbox', () => {
  test('an invitation read in the mailbox activates the user it was sent to', async () => {
    const [user] = await session().portal.db.query<{ id: string; first_name: string; last_name: string; user_code: string; email: string; mail_language: string }>(
      `select id, first_name, last_name, user_code, email, mail_language from users
        where client_id = $1 and account_type = 'user' and status = 'pending' and email is not null
          and not exists (select 1 from user_licence_pools p where p.user_id = users.id and p.pool_id like '%-contract')
        order by user_code limit 1`,
      [CLIENT],
    );
    assert.ok(user, 'the seed has a pending user with an email');
    const [client] = await session().portal.db.query<{ name: string }>('select name from clients where id = $1', [CLIENT]);

    // Invite from the panel, as an admin would.
    const { page, pageErrors } = await openAs(session(), 'demo-super');
    await page.getByRole('searchbox', { name: 'Search users' }).fill(user.user_code);
    await userRow(page, user.user_code).locator('[part~="name-button"]').click();
    await page.locator('suite-user-panel').getByRole('button', { name: 'Invite…' }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`${user.first_name} ${user.last_name}$`) });
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await dialog.getByText(`Invited on ${new Intl.DateTimeFormat('en').format(new Date())}`).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The mailbox, from the portal's navigation.
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Mailbox' }).click();
    await page.waitForURL(/\/mailbox\.html$/);
    const [sent] = await session().portal.db.query<{ subject: string; mail_language: string }>(
      'select subject, mail_language from outbox where user_id = $1 order by created_at desc limit 1',
      [user.id],
    );
    assert.ok(sent, 'the invitation is in the outbox');
    assert.ok(client && sent.subject.includes(client.name), `the subject names the client: ${sent.subject}`);
    // The newest email is first: this one.
    const email = page.getByRole('list', { name: 'Emails' }).getByRole('article').first();
    assert.equal(await email.getByRole('heading').textContent(), sent.subject);
    assert.equal(await email.locator('dt:has-text("To") + dd').textContent(), user.email);
    // The user's mail language (`pt-br` in the database is `pt-BR` in the email).
    const language = await email.locator('dt:has-text("Language") + dd').textContent();
    assert.match(language ?? '', new RegExp(`\\(${user.mail_language}\\)$`, 'i'));
    assert.equal(sent.mail_language.toLowerCase(), user.mail_language);
    assert.match((await email.locator('pre').textContent()) ?? '', /\/accept\.html#token=[\w-]{43}$/m);

    // The recipient follows the link and chooses a password.
    await email.getByRole('link', { name: 'Open the invitation link' }).click();
    await page.waitForURL(/\/accept\.html#token=/);
    await page.getByLabel(/^Choose a password/).fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Activate' }).click();
    await page.getByText('Your account is active. You can sign in now.').waitFor();

    // Back in the portal, the table shows the user active.
    await page.goto(session().portal.url);
    await page.getByRole('searchbox', { name: 'Search users' }).fill(user.user_code);
    await userRow(page, user.user_code).locator('[part~="status-badge"]', { hasText: /^Active$/ }).waitFor();
    const [row] = await session().portal.db.query<{ status: string }>('select status from users where id = $1', [user.id]);
    assert.equal(row?.status, 'active');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('the outbox route answers only GET, and links only to this origin', async () => {
    const { portal } = session();
    const mails = (await (await fetch(new URL('/demo/outbox', portal.url))).json()) as { acceptUrl: string | null }[];
    assert.ok(mails.length > 0, 'the outbox has the email of the test above');
    for (const mail of mails) if (mail.acceptUrl) assert.ok(mail.acceptUrl.startsWith(`${portal.config.publicUrl}/accept.html#token=`), mail.acceptUrl);
    assert.equal((await fetch(new URL('/demo/outbox', portal.url), { method: 'POST' })).status, 405);
    // The contract's API does not serve it.
    assert.equal((await fetch(new URL('/api/v1/outbox', portal.url), { headers: { authorization: 'Bearer demo-super' } })).status, 404);
  });
});
