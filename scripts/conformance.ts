/**
 * `npm run conformance -- --base-url URL --token TOKEN [--token-scoped TOKEN]`:
 * the contract's checks against any backend (test/conformance). Exits non-zero
 * when a check fails. Tokens are passed to the test process through its
 * environment, never printed.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { 'base-url': { type: 'string' }, token: { type: 'string' }, 'token-scoped': { type: 'string' } },
});
if (!values['base-url'] || !values.token) {
  console.error('usage: npm run conformance -- --base-url https://host/api/v1 --token ADMIN_TOKEN [--token-scoped AGENCY_ADMIN_TOKEN]');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/conformance/conformance.test.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CONFORMANCE_BASE_URL: values['base-url'].replace(/\/+$/, ''),
    CONFORMANCE_TOKEN: values.token,
    ...(values['token-scoped'] ? { CONFORMANCE_TOKEN_SCOPED: values['token-scoped'] } : {}),
  },
});
process.exit(result.status ?? 1);
