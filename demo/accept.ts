// The page an invitation email links to: `accept.html#token=...`. The token sits in
// the fragment so that loading this page never sends it; it leaves the browser
// only in the accept request (`POST /invitations/{token}/accept`), whose path the
// reference backend masks in its logs.
import { createHttpApi, InvitationAccept, ProblemError } from '../src/api/index.js';
import { safeParse } from 'zod/mini';

const token = new URLSearchParams(location.hash.slice(1)).get('token');
const form = document.querySelector<HTMLFormElement>('#accept')!;
const password = document.querySelector<HTMLInputElement>('#password')!;
const fieldError = document.querySelector<HTMLElement>('#password-error')!;
const outcome = document.querySelector<HTMLElement>('#outcome')!;
const api = createHttpApi({ baseUrl: '/api/v1' });

if (!token) {
  form.hidden = true;
  outcome.textContent = 'This link is incomplete: open the link from your invitation email again.';
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  fieldError.textContent = '';
  const checked = safeParse(InvitationAccept, { password: password.value });
  if (!checked.success) {
    fieldError.textContent = checked.error.issues[0]?.message ?? 'Invalid password';
    password.setAttribute('aria-invalid', 'true');
    password.focus();
    return;
  }
  password.removeAttribute('aria-invalid');
  try {
    await api.acceptInvitation(token!, checked.data);
    form.hidden = true;
    outcome.textContent = 'Your account is active. You can sign in now.';
  } catch (error) {
    outcome.textContent =
      error instanceof ProblemError && (error.status === 410 || error.status === 404)
        ? 'This invitation has expired or was already used. Ask your administrator to send a new one.'
        : 'The account could not be activated. Please try again in a moment.';
  }
});
