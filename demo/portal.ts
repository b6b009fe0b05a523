// The demo partner portal: plain HTML and a few lines of script, as a partner would embed the kit.
import '../themes/default.css';
import '../src/components/licence-meter/licence-meter.js';
import { createHttpApi } from '../src/api/index.js';
import type { SuiteApi } from '../src/api/index.js';

const adminSelect = document.querySelector<HTMLSelectElement>('#admin')!;
const clientSelect = document.querySelector<HTMLSelectElement>('#client')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const status = document.querySelector<HTMLElement>('#status')!;
const meter = document.querySelector('suite-licence-meter')!;

let api: SuiteApi;

async function signIn(token: string) {
  api = createHttpApi({ baseUrl: '/api/v1', token });
  const me = await api.getMe();
  const clients = await api.listClients({ limit: 200 });
  clientSelect.replaceChildren(...clients.items.map((client) => new Option(client.name, client.id)));
  status.textContent = `${me.displayName}: ${clients.total} client(s) in scope`;
  meter.api = api;
  meter.clientId = clientSelect.value;
}

adminSelect.addEventListener('change', () => void signIn(adminSelect.value));
clientSelect.addEventListener('change', () => {
  meter.clientId = clientSelect.value;
});
langSelect.addEventListener('change', () => {
  meter.lang = langSelect.value;
});
// The host decides what "buy more licences" means: here, a message instead of a shop.
meter.addEventListener('suite-buy-licences', (event) => {
  event.preventDefault();
  status.textContent = `The portal would open its shop for the pool "${event.poolKey}" of client ${event.clientId}.`;
});

void signIn(adminSelect.value);
