/**
 * Supervision as a super admin meets it in the demo portal (`npm start`'s
 * portal and backend, PGlite in memory): ask to supervise a user, be told the
 * reason is required, start, see the user's selfcare with the client's
 * branding inside the frame, find the sensitive actions disabled (and refused
 * by the server when forced with the session's token), do one allowed thing,
 * exit by keyboard, and find the session's start, end, reason and what was
 * done in the audit log.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SupervisionSession } from '../../src/api/schemas/supervision.js';
import { openAs, usePortal } from './support/portal.js';

const session = usePortal({ users: 200 });
const CLIENT = 'c-001';
const CLIENT_PRIMARY = { hex: '#7C2D12', rgb: 'rgb(124, 45, 18)' };
const CLIENT_MESSAGE = 'Atelier Lumière: supervised selfcare check';
const REASON = 'Show how to set up the voicemail greeting';

const api = (path: string) => new URL(`api/v1${path}`, session().portal.url).href;

/** Brands the client through the API (the branding e2e covers the editor): a colour and a message to recognise in the frame. */
async function brandClient(): Promise<void> {
  const current = await fetch(api(`/clients/${CLIENT}/branding`), { headers: { authorization: 'Bearer demo-super' } });
  assert.equal(current.status, 200);
  const saved = await fetch(api(`/clients/${CLIENT}/branding`), {
    method: 'PUT',
    headers: { authorization: 'Bearer demo-super', 'content-type': 'application/json', 'if-match': current.headers.get('etag')! },
    body: JSON.stringify({ primaryColor: CLIENT_PRIMARY.hex, gradient: null, messageText: CLIENT_MESSAGE }),
  });
  assert.equal(saved.status, 200, await saved.text());
}

test('as demo-super: supervise with a reason, see the branded selfcare, meet a blocked action, exit by keyboard, read the trail', async () => {
  await brandClient();
  const [user] = await session().portal.db.query<{ id: string; first_name: string; last_name: string; user_code: string; mail_language: string }>(
    `select id, first_name, last_name, user_code, mail_language from users
      where client_id = $1 and account_type = 'user' and role = 'user' and status = 'active' and email not ilike 'sam@%'
      order by user_code limit 1`,
    [CLIENT],
  );
  assert.ok(user, 'the demo data has an active user');
  const name = `${user.first_name} ${user.last_name}`;
  const { page, pageErrors } = await openAs(session(), 'demo-super');

  // The user panel's "Supervise" opens the dialog, which insists on a reason.
  await page.getByRole('searchbox', { name: 'Search users' }).fill(user.user_code);
  await page.getByRole('grid', { name: 'Users' }).getByRole('row').filter({ hasText: user.user_code }).locator('[part~="name-button"]').click();
  await page.locator('suite-user-panel').getByRole('button', { name: 'Supervise', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Supervise ${name}'s selfcare` });
  await dialog.getByText('at most 30 minutes').waitFor();
  await dialog.getByRole('button', { name: 'Start supervising' }).click();
  await dialog.getByText('Give a reason: it is recorded with the session.').waitFor();
  assert.equal(await dialog.getByRole('textbox', { name: 'Reason' }).getAttribute('aria-invalid'), 'true');

  await dialog.getByRole('textbox', { name: 'Reason' }).fill(REASON);
  const startAnswer = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith(`/users/${user.id}/supervision`));
  await dialog.getByRole('button', { name: 'Start supervising' }).click();
  const started = (await (await startAnswer).json()) as SupervisionSession;
  assert.ok(started.token, 'the start answered the token');

  // The frame: the banner names the user, the time runs, the dashboard wears the client's branding.
  const frame = page.locator('suite-supervision-frame');
  await frame.getByRole('heading', { name: `You are supervising ${name}'s selfcare` }).waitFor();
  assert.match((await frame.locator('[part~="timer"]').textContent()) ?? '', /^(29|30):\d\d$/);
  assert.equal(await page.getByRole('grid', { name: 'Users' }).isVisible(), false, 'the administration gives way to the frame');
  const dashboardHeader = frame.locator('suite-selfcare-dashboard [part="header"]');
  await frame.getByText(CLIENT_MESSAGE).waitFor();
  assert.equal(await dashboardHeader.evaluate((node) => getComputedStyle(node).backgroundColor), CLIENT_PRIMARY.rgb);

  // A blocked action: shown, disabled, with the reason; pressing it sends nothing. Forced with the token, the server refuses it.
  const changePassword = frame.getByRole('button', { name: 'Change password' });
  assert.equal(await changePassword.getAttribute('aria-disabled'), 'true');
  await frame.getByText('Not allowed while supervising: only the user changes their password.').waitFor();
  let passwordRequests = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/password-reset')) passwordRequests += 1;
  });
  // Playwright will not click what says it is disabled; a keyboard user can still press it.
  await changePassword.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  assert.equal(passwordRequests, 0);
  const forced = await fetch(api(`/clients/${CLIENT}/users/${user.id}/password-reset`), { method: 'POST', headers: { authorization: `Bearer ${started.token}` } });
  assert.equal(forced.status, 403);
  assert.equal(((await forced.json()) as { code: string }).code, 'supervision_forbidden_action');

  // One allowed thing, done with the session's token: it belongs to the trail.
  await frame.getByRole('combobox', { name: 'Mail language' }).selectOption(user.mail_language === 'de' ? 'nl' : 'de');
  const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().endsWith(`/users/${user.id}`));
  await frame.getByRole('button', { name: 'Save the mail language' }).click();
  assert.equal((await saved).status(), 200);
  await frame.getByText('The mail language was saved.').waitFor();

  // Exit by keyboard: the session ends on the server and the administration comes back.
  const ended = page.waitForResponse((response) => response.request().method() === 'DELETE' && response.url().endsWith(`/supervision/${started.id}`));
  await frame.getByRole('button', { name: `Exit the supervision of ${name}` }).focus();
  await page.keyboard.press('Enter');
  assert.equal((await ended).status(), 200);
  await page.getByText(`Supervision of ${name}'s selfcare ended.`).waitFor();
  await page.getByRole('grid', { name: 'Users' }).waitFor();
  assert.equal(await frame.count(), 0);
  const afterExit = await fetch(api('/me'), { headers: { authorization: `Bearer ${started.token}` } });
  assert.equal(afterExit.status, 401, 'the token no longer works');

  // The audit log: the start with its reason, and the session's end and what was done.
  await page.getByRole('link', { name: 'Audit log' }).click();
  const log = page.locator('suite-audit-log');
  const startRow = log.getByRole('row').filter({ hasText: REASON }).filter({ has: page.getByRole('button', { name: 'Show session' }) });
  await startRow.waitFor();
  await startRow.getByRole('button', { name: 'Show session' }).click();
  const sessionView = log.locator('[part~="session"]');
  await sessionView.getByText(REASON).first().waitFor();
  const text = (await sessionView.textContent()) ?? '';
  assert.match(text, /Start/);
  assert.match(text, /End/);
  assert.doesNotMatch(text, /Still open/, 'the session shows its end');
  assert.doesNotMatch(text, /Nothing was done during this session/, 'the mail language change is in the trail');

  assert.deepEqual(pageErrors, []);
  await page.close();
});
