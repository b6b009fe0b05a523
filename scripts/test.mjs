#!/usr/bin/env node
/**
 * `npm test`: every suite, one after the other, then one plain line
 * `tests: N passed, N failed` summed over all of them (CI reads it; a run that
 * executed nothing shows as 0 passed). Exits non-zero if any suite fails.
 *
 *   npm test                 all suites
 *   npm test -- node         only the suites whose name is given (node, conformance, elements, storybook, ...)
 *
 * With SUITE_TEST_POSTGRES_URL=postgres://... (a database the tests may wipe),
 * two more suites run on that real PostgreSQL server: the database tests (driver,
 * seat race) and the conformance suite. CI sets it; `.ci/run` shows how.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { findChrome } from './chrome.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Test files under a folder, recursively (Node 20's --test takes no globs). */
function testFiles(dir) {
  return readdirSync(join(root, dir), { recursive: true })
    .filter((file) => String(file).endsWith('.test.ts'))
    .map((file) => join(dir, String(file)))
    .sort();
}

const elementsSummary = join(root, '.tmp', 'wtr-summary.json');

/** node:test's spec reporter closes with "ℹ pass N", "ℹ fail N" and "ℹ cancelled N". */
const nodeTestCount = (output) => ({
  passed: Number(/^ℹ pass (\d+)/m.exec(output)?.[1] ?? 0),
  failed: Number(/^ℹ fail (\d+)/m.exec(output)?.[1] ?? 0) + Number(/^ℹ cancelled (\d+)/m.exec(output)?.[1] ?? 0),
});

/** Vitest closes with "Tests  N failed | N passed (N)" (colours stripped; a part is left out when it is 0). */
function vitestCount(output) {
  const tests = [...stripVTControlCharacters(output).matchAll(/^\s*Tests\s+(.*)$/gm)].at(-1)?.[1] ?? '';
  return { passed: Number(/(\d+) passed/.exec(tests)?.[1] ?? 0), failed: Number(/(\d+) failed/.exec(tests)?.[1] ?? 0) };
}

const suites = [
  {
    name: 'node',
    description: 'contract, HTTP client and server tests (node:test)',
    command: process.execPath,
    args: () => ['--import', 'tsx', '--test', '--test-reporter=spec', ...testFiles('test/node')],
    count: nodeTestCount,
  },
  {
    name: 'conformance',
    description: 'the conformance suite against the reference backend (PostgreSQL when DATABASE_URL is set, else PGlite)',
    command: process.execPath,
    args: () => ['--import', 'tsx', 'scripts/conformance-reference.ts'],
    count: nodeTestCount,
  },
  {
    name: 'postgres',
    description: 'database tests on a real PostgreSQL server (driver, seat race, domain rules)',
    needsPostgres: true,
    command: process.execPath,
    args: () => ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/node/database-drivers.test.ts', 'test/node/seat-race.test.ts', 'test/node/server-rules.test.ts'],
    count: nodeTestCount,
  },
  {
    name: 'conformance-postgres',
    description: 'the conformance suite against the reference backend on a real PostgreSQL server',
    needsPostgres: true,
    command: process.execPath,
    args: () => ['--import', 'tsx', 'scripts/conformance-reference.ts'],
    count: nodeTestCount,
  },
  {
    name: 'elements',
    description: 'element tests in real Chromium (web-test-runner)',
    needsBrowser: true,
    command: process.execPath,
    args: () => [join(root, 'node_modules/@web/test-runner/dist/bin.js')],
    before: () => rmSync(elementsSummary, { force: true }),
    // Written by test/summary-reporter.mjs: the runner's own count sits inside a progress bar.
    count: () => (existsSync(elementsSummary) ? JSON.parse(readFileSync(elementsSummary, 'utf8')) : { passed: 0, failed: 0 }),
  },
  {
    name: 'storybook',
    description: 'every story rendered in real Chromium with msw: play functions and the a11y check (Vitest + @storybook/addon-vitest)',
    needsBrowser: true,
    command: process.execPath,
    args: () => [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.config.ts'],
    count: vitestCount,
  },
  {
    name: 'e2e',
    description: 'end-to-end: the demo portal on the reference backend (PGlite), driven in real Chromium (playwright-core)',
    needsBrowser: true,
    command: process.execPath,
    // One file at a time: each starts its own backend, database and browser.
    args: () => ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...testFiles('test/e2e')],
    count: nodeTestCount,
  },
];

const postgresUrl = process.env.SUITE_TEST_POSTGRES_URL;
const wanted = process.argv.slice(2);
const selected = (wanted.length ? suites.filter((suite) => wanted.includes(suite.name)) : suites).filter((suite) => {
  if (!suite.needsPostgres || postgresUrl) return true;
  console.log(`(suite ${suite.name} not run: set SUITE_TEST_POSTGRES_URL to a PostgreSQL database the tests may wipe)`);
  return false;
});
if (selected.length === 0) {
  console.error(`unknown suite(s) ${wanted.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

if (selected.some((suite) => suite.needsBrowser)) {
  const chrome = findChrome();
  if (!chrome.path) {
    console.error(chrome.help);
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
  process.env.CHROME_PATH = chrome.path;
}

function run(suite) {
  return new Promise((resolve) => {
    suite.before?.();
    // Only the PostgreSQL suites see DATABASE_URL: the others always run on their own embedded databases.
    const env = { ...process.env };
    delete env.DATABASE_URL;
    if (suite.needsPostgres) env.DATABASE_URL = postgresUrl;
    const child = spawn(suite.command, suite.args(), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    const tee = (target) => (chunk) => {
      output += chunk;
      target.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => resolve({ code, ...suite.count(output) }));
  });
}

let passed = 0;
let failed = 0;
let broken = false;
for (const suite of selected) {
  console.log(`\n=== ${suite.name}: ${suite.description}`);
  const result = await run(suite);
  console.log(`=== ${suite.name}: ${result.passed} passed, ${result.failed} failed (exit ${result.code})`);
  passed += result.passed;
  failed += result.failed;
  // A suite that crashed or ran nothing fails the run even if it counted no failure.
  if (result.code !== 0 || result.passed + result.failed === 0) broken = true;
}

console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
