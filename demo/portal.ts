// The demo partner portal: plain HTML and a few lines of script, as a partner would embed the kit.
// Every theme's rules apply under its .suite-theme-<name> class: the theme switcher only changes a class.
import '../themes/default.css';
import '../themes/dark.css';
import '../themes/high-contrast.css';
import '../themes/partner-ocean.css';
import '../themes/partner-sunset.css';
import '../src/components/user-admin/user-admin.js';
import { createHttpApi } from '../src/api/index.js';
import type { SuiteApi } from '../src/api/suite-api.js';
import type * as BrandingArea from './branding.js';
import type { SuiteAuditLog } from '../src/components/audit-log/audit-log.component.js';

const adminSelect = document.querySelector<HTMLSelectElement>('#admin')!;
const clientSelect = document.querySelector<HTMLSelectElement>('#client')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const dirSelect = document.querySelector<HTMLSelectElement>('#dir')!;
const status = document.querySelector<HTMLElement>('#status')!;
const main = document.querySelector<HTMLElement>('#portal-main')!;
const userAdmin = document.querySelector('suite-user-admin')!;

let portalApi: SuiteApi | undefined;
/** The Branding area's module, once it has been opened. */
let branding: typeof BrandingArea | undefined;
// Properties set before the tag is defined are kept by Lit and applied on upgrade.
const auditLog = document.querySelector<SuiteAuditLog>('#audit-log')!;

/** The portal's own session: which clients the signed-in admin may pick. */
async function signIn(token: string) {
  portalApi = createHttpApi({ baseUrl: '/api/v1', token });
  const clients = await portalApi.listClients({ limit: 200 });
  clientSelect.replaceChildren(...clients.items.map((client) => new Option(client.name, client.id)));
  // Set together (one update): a base-url without its token would send one unauthenticated request.
  userAdmin.baseUrl = '/api/v1';
  userAdmin.token = token;
  userAdmin.clientId = clientSelect.value;
  status.textContent = '';
  signInAudit();
  if (branding) await signInBranding(branding, portalApi);
}

async function signInBranding(area: typeof BrandingArea, api: SuiteApi) {
  area.signInBranding({ api, admin: await api.getMe(), clientId: clientSelect.value });
}

/** The audit log of the client chosen in the header, read with the signed-in admin's token. */
function signInAudit() {
  if (!portalApi) return;
  auditLog.api = portalApi;
  auditLog.clientId = clientSelect.value;
}

const AREAS = ['users', 'branding', 'audit'];

/** Shows the area the address names (#users, #branding or #audit); Branding and the audit log load on their first visit. */
async function showArea() {
  const named = location.hash.slice(1);
  const area = AREAS.includes(named) ? named : 'users';
  for (const section of main.querySelectorAll<HTMLElement>(':scope > section[data-area]')) section.hidden = section.dataset['area'] !== area;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.portal-nav a')) {
    if (link.dataset['area'] === area) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (area === 'audit') await import('../src/components/audit-log/audit-log.js');
  if (area !== 'branding' || branding) return;
  branding = await import('./branding.js');
  branding.onEditorClientSelect((client) => {
    if (![...clientSelect.options].some((option) => option.value === client.id)) clientSelect.add(new Option(client.name, client.id));
    clientSelect.value = client.id;
    userAdmin.clientId = client.id;
  });
  if (portalApi) await signInBranding(branding, portalApi);
}

adminSelect.addEventListener('change', () => void signIn(adminSelect.value));
clientSelect.addEventListener('change', () => {
  userAdmin.clientId = clientSelect.value;
  signInAudit();
  branding?.chooseClient(clientSelect.value);
});
themeSelect.addEventListener('change', () => {
  document.body.className = `suite-theme-${themeSelect.value}`;
});
window.addEventListener('hashchange', () => void showArea());
langSelect.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
});
// The elements follow the page's direction (logical CSS properties): no attribute of theirs to set.
dirSelect.addEventListener('change', () => {
  document.documentElement.dir = dirSelect.value;
});
// The host decides what "buy more licences" means: here, a message instead of a shop.
userAdmin.addEventListener('suite-buy-licences', (event) => {
  event.preventDefault();
  status.textContent = `The portal would open its shop for the pool "${event.poolKey}" of client ${event.clientId}.`;
});

void signIn(adminSelect.value);
void showArea();
