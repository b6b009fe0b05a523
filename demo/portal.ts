// The demo partner portal: plain HTML and a few lines of script, as a partner would embed the kit.
import '../themes/default.css';
import '../src/components/user-admin/user-admin.js';
import { createHttpApi } from '../src/api/index.js';

const adminSelect = document.querySelector<HTMLSelectElement>('#admin')!;
const clientSelect = document.querySelector<HTMLSelectElement>('#client')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const status = document.querySelector<HTMLElement>('#status')!;
const userAdmin = document.querySelector('suite-user-admin')!;

/** The portal's own session: which clients the signed-in admin may pick. */
async function signIn(token: string) {
  const portalApi = createHttpApi({ baseUrl: '/api/v1', token });
  const clients = await portalApi.listClients({ limit: 200 });
  clientSelect.replaceChildren(...clients.items.map((client) => new Option(client.name, client.id)));
  // Set together (one update): a base-url without its token would send one unauthenticated request.
  userAdmin.baseUrl = '/api/v1';
  userAdmin.token = token;
  userAdmin.clientId = clientSelect.value;
  status.textContent = '';
}

adminSelect.addEventListener('change', () => void signIn(adminSelect.value));
clientSelect.addEventListener('change', () => {
  userAdmin.clientId = clientSelect.value;
});
langSelect.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
});
// The host decides what "buy more licences" means: here, a message instead of a shop.
userAdmin.addEventListener('suite-buy-licences', (event) => {
  event.preventDefault();
  status.textContent = `The portal would open its shop for the pool "${event.poolKey}" of client ${event.clientId}.`;
});
userAdmin.addEventListener('suite-supervise-request', (event) => {
  status.textContent = `The portal received a request to supervise ${event.user.firstName} ${event.user.lastName}.`;
});

void signIn(adminSelect.value);
