/**
 * Ours: `<suite-user-table client-id="c-001">` with the in-memory fake api
 * (`../fake-api.ts`: answers at once, so this measures the element, not a
 * network) over the same sorted users. `api` and `admin` (a super admin) are
 * set before the element is attached.
 */
import type { SuiteUserTable } from '../../../src/components/user-table/user-table.js';
import '../../../src/components/user-table/user-table.js';
import { CLIENT_ID } from '../data.js';
import { BENCH_ADMIN, createFakeApi } from '../fake-api.js';
import { runBench } from '../harness.js';
import { brandingTokens } from '../../../src/theming/branding-tokens.js';
import { DEFAULT_BRANDING } from '../../../src/theming/default-branding.js';

/** The "Ocean" sample partner's branding (themes/partner-ocean.css), as a reseller would set it. */
const OCEAN = { ...DEFAULT_BRANDING, primaryColor: '#0B6E99', textColor: '#FFFFFF', gradient: { from: '#0A4F70', to: '#0B7A8F', angle: 120 } };

let table: SuiteUserTable;
void runBench('suite-user-table', {
  themeProperties: ['--suite-color-surface', '--suite-color-on-surface', '--suite-color-border'],
  host: () => table,
  // A theme switch as the kit does it: the branding's tokens and the surfaces, set as custom properties.
  brandTheme: () => ({
    ...brandingTokens(OCEAN),
    '--suite-color-surface': '#f4f8fa',
    '--suite-color-on-surface': '#0b2530',
    '--suite-color-border': '#5d7f8f',
  }),
  // The login, or the email if the element shows that instead (both unique per user).
  markers: (user) => (user.email ? [user.login, user.email] : [user.login]),
  attach(container, data) {
    const { api, stats } = createFakeApi(data);
    table = document.createElement('suite-user-table');
    table.clientId = CLIENT_ID;
    // Its scrolling body is 30rem by default: fill the viewport as the peer does (toolbar, header
    // and footer take about 130 px), so both show a screenful of rows.
    table.style.setProperty('--suite-user-table-height', 'calc(100vh - 130px)');
    table.api = api;
    table.admin = BENCH_ADMIN;
    window.benchReport.extra = stats;
    container.append(table);
  },
});
