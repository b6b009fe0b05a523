/**
 * `npm run bench:table [-- --samples 20] [--no-bare] [--preflight-only]`: `<suite-user-table>`
 * against `<vaadin-grid>` 25 on the same 100,000 users, in Debian's Chromium
 * through tachometer (issue 5, "Speed and size"). Prints medians and the
 * issue's ratios; a missed goal is reported as MISS, not as a failure.
 *
 *   1. checks chromium and chromedriver, links chromedriver where the npm
 *      package looks for it, sets SE_OFFLINE=true (no Selenium Manager download);
 *   2. bundles each page with esbuild (production, minified) into .tmp/bench-table/;
 *   3. preflight: loads each page once in the same Chromium (playwright-core)
 *      and checks that the rows really show, the last row is reached and the
 *      theme reaches the rows; a page that fails is left out and said so;
 *   4. tachometer, pages round-robin, `--samples` (default 20) samples of three
 *      performance.measure entries per page load: render, jump, theme;
 *   5. prints the medians and the ratios against the goals.
 *
 * How each figure is taken: bench/user-table/harness.ts and bench/README.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { compare, edgeNote, median } from '../stats.js';
import type { BenchReport } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const out = join(repo, '.tmp/bench-table');
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const CHROMEDRIVER = process.env.CHROMEDRIVER_BIN ?? '/usr/bin/chromedriver';
const WINDOW = { width: 1024, height: 768 };

const { values: args } = parseArgs({
  options: {
    samples: { type: 'string', default: '20' },
    'no-bare': { type: 'boolean', default: false },
    'skip-preflight': { type: 'boolean', default: false },
    'preflight-only': { type: 'boolean', default: false },
  },
});
const samples = Number(args.samples);
if (!Number.isSafeInteger(samples) || samples < 2) {
  console.error(`--samples must be a whole number >= 2, got "${args.samples}"`);
  process.exit(2);
}

interface Page {
  /** Tachometer benchmark name and row label. */
  name: string;
  /** Entry module under pages/ and the html file name. */
  file: string;
  rows: number;
  kind: 'ours' | 'peer' | 'bare';
}
const PAGES: Page[] = [
  { name: 'suite-user-table', file: 'user-table', rows: 100_000, kind: 'ours' },
  { name: 'vaadin-grid', file: 'vaadin-grid', rows: 100_000, kind: 'peer' },
  { name: 'suite-user-table 10k', file: 'user-table', rows: 10_000, kind: 'ours' },
  ...(args['no-bare']
    ? []
    : [
        { name: 'bare lit-virtualizer', file: 'lit-virtualizer', rows: 100_000, kind: 'bare' as const },
        { name: 'bare tanstack-virtual', file: 'tanstack-virtual', rows: 100_000, kind: 'bare' as const },
      ]),
];
const STEPS = ['render', 'jump', 'theme', 'brand'] as const;
type Step = (typeof STEPS)[number];
/** One frame at 60 Hz: the Branding issue's bound for a theme switch. */
const FRAME_MS = 16;

// 1. browser and driver
for (const [binary, what] of [
  [CHROMIUM, 'chromium'],
  [CHROMEDRIVER, 'chromedriver'],
] as const) {
  if (!existsSync(binary)) {
    console.error(`${what} not found at ${binary}. Install Debian's browser and driver:\n  apt-get install -y chromium chromium-driver\n(or point CHROMIUM_BIN / CHROMEDRIVER_BIN at them).`);
    process.exit(1);
  }
}
const driverLink = join(repo, 'node_modules/chromedriver/lib/chromedriver/chromedriver');
if (!existsSync(join(repo, 'node_modules/chromedriver/lib/chromedriver.js')) || !existsSync(join(repo, 'node_modules/tachometer'))) {
  console.error('tachometer or the chromedriver npm package is missing: npm ci (CHROMEDRIVER_SKIP_DOWNLOAD=true keeps it from downloading a driver).');
  process.exit(1);
}
const linkTarget = (() => {
  try {
    return lstatSync(driverLink).isSymbolicLink() ? readlinkSync(driverLink) : 'file';
  } catch {
    return undefined;
  }
})();
if (linkTarget === undefined || (linkTarget !== 'file' && !existsSync(driverLink))) {
  if (linkTarget !== undefined) unlinkSync(driverLink);
  mkdirSync(dirname(driverLink), { recursive: true });
  symlinkSync(CHROMEDRIVER, driverLink);
  console.log(`linked ${driverLink} -> ${CHROMEDRIVER}`);
}
process.env.SE_OFFLINE = 'true';

// 2. bundles
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const STYLE = `html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; }
#table { height: 100vh; }
.bare { height: 100%; overflow: auto; position: relative; contain: strict; background: var(--bench-surface, #fff); color: var(--bench-text, #1b1f29); }
.bare .row { display: flex; height: 36px; box-sizing: border-box; align-items: center; border-bottom: 1px solid var(--bench-border, #d5d9e0); width: 100%; }
.bare.tanstack .spacer { position: relative; width: 100%; }
.bare.tanstack .row { position: absolute; top: 0; left: 0; }
.bare .cell { flex: 1; min-width: 0; padding: 0 8px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }`;
const buildErrors = new Map<string, string>();
for (const file of new Set(PAGES.map((p) => p.file))) {
  try {
    await build({
      entryPoints: [join(here, 'pages', `${file}.ts`)],
      outfile: join(out, `${file}.js`),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      conditions: ['production'],
      tsconfig: join(repo, 'tsconfig.json'),
      logLevel: 'silent',
    });
    writeFileSync(
      join(out, `${file}.html`),
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${file}</title><style>${STYLE}</style></head>\n<body><div id="table"></div><script type="module" src="./${file}.js"></script></body>\n</html>\n`,
    );
  } catch (error) {
    const message = (error as { errors?: { text: string; location?: { file: string; line: number } }[] }).errors
      ?.map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`)
      .join('\n') ?? String(error);
    buildErrors.set(file, message);
  }
}

const skipped = new Map<string, string>();
for (const page of PAGES) {
  const error = buildErrors.get(page.file);
  if (error) skipped.set(page.name, `does not build:\n${error}`);
}

// 3. preflight
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const reports = new Map<string, BenchReport>();
if (!args['skip-preflight']) {
  const server = createServer((req, res) => {
    const path = join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(out) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const page of PAGES) {
      if (skipped.has(page.name)) continue;
      const tab = await browser.newPage({ viewport: WINDOW });
      const logs: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error') logs.push(`console error: ${m.text()}`);
      });
      tab.on('pageerror', (e) => logs.push(`page error: ${e.message}`));
      await tab.goto(`${base}/${page.file}.html?rows=${page.rows}`);
      try {
        await tab.waitForFunction(() => window.benchReport?.done === true, undefined, { timeout: 90_000 });
      } catch {
        logs.push('the page did not finish in 90 s');
      }
      const report = (await tab.evaluate(() => window.benchReport).catch(() => undefined)) ?? {
        page: page.name, rows: page.rows, done: false, errors: ['no report'], notes: [], timings: {},
      };
      report.errors.push(...logs);
      reports.set(page.name, report);
      const measured = STEPS.filter((s) => Number.isFinite(report.timings[s]));
      if (measured.length < STEPS.length) skipped.set(page.name, `preflight failed:\n  ${report.errors.join('\n  ')}`);
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const page of PAGES) {
    const report = reports.get(page.name);
    if (!report) continue;
    const t = report.timings;
    const line = STEPS.map((s) => `${s} ${Number.isFinite(t[s]) ? `${t[s]!.toFixed(1)} ms` : '-'}`).join(', ');
    process.stdout.write(`preflight ${page.name}: ${line}${report.notes.length ? ` (${report.notes.join('; ')})` : ''}\n`);
    if (report.extra) {
      const stats = report.extra as { listUsers: number; rowsServed: number; unexpectedCalls: string[]; queries: unknown[] };
      process.stdout.write(
        `  fake api: ${stats.listUsers} listUsers calls, ${stats.rowsServed} rows served` +
          `${stats.unexpectedCalls.length ? `, unexpected calls: ${[...new Set(stats.unexpectedCalls)].join(', ')}` : ''}` +
          `; first queries: ${stats.queries.slice(0, 3).map((q) => JSON.stringify(q)).join(' ')}\n`,
      );
    }
    for (const error of report.errors) process.stdout.write(`  ! ${error}\n`);
  }
}

if (args['preflight-only']) {
  for (const [name, why] of skipped) process.stdout.write(`${name} not measured: ${why}\n`);
  process.exit(skipped.size ? 1 : 0);
}

// 4. tachometer
const loadBefore = loadavg()[0]!;
const runnable = PAGES.filter((p) => !skipped.has(p.name));
const results = new Map<string, Partial<Record<Step, number[]>>>();
if (runnable.length > 0) {
  const config = {
    $schema: 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json',
    root: '.',
    sampleSize: samples,
    timeout: 0,
    benchmarks: runnable.map((page) => ({
      name: page.name,
      url: `${page.file}.html?rows=${page.rows}`,
      measurement: STEPS.map((step) => ({ mode: 'performance', entryName: step })),
      browser: {
        name: 'chrome',
        headless: true,
        binary: CHROMIUM,
        windowSize: WINDOW,
        addArguments: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    })),
  };
  const configFile = join(out, 'tachometer.json');
  const jsonFile = join(out, 'results.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  process.stdout.write(`\ntachometer: ${runnable.length} pages x ${samples} samples, round-robin (${configFile})\n`);
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, [join(repo, 'node_modules/tachometer/bin/tach.js'), '--config', configFile, '--json-file', jsonFile], {
      cwd: out,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    // Tachometer's own all-pairs table is wide: kept in a log, progress lines shown.
    const log: string[] = [];
    let inTable = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      log.push(chunk);
      for (const line of chunk.split('\n')) {
        if (/^\s*[┌│├└]/.test(line)) inTable = true;
        else if (!inTable && line.trim()) process.stdout.write(`${line}\n`);
      }
    });
    child.on('exit', (status) => {
      writeFileSync(join(out, 'tachometer.log'), log.join(''));
      done(status);
    });
  });
  if (code !== 0) {
    console.error(`tachometer exited with ${code}`);
    process.exit(1);
  }
  const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as { benchmarks: { name: string; measurement: { name?: string; entryName?: string }; samples: number[] }[] };
  for (const b of json.benchmarks) {
    const step = (b.measurement.name ?? b.measurement.entryName) as Step;
    const name = b.name.replace(/ \[[^\]]*\]$/, '');
    const entry = results.get(name) ?? {};
    entry[step] = b.samples;
    results.set(name, entry);
  }
}

// 5. the table
const med = (page: string, step: Step) => median(results.get(page)?.[step]);
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}x` : 'n/a');
/** Median with the interquartile range of the samples, to read the noise by. */
const spread = (page: string, step: Step) => {
  const sorted = [...(results.get(page)?.[step] ?? [])].sort((a, b) => a - b);
  if (!sorted.length) return 'n/a';
  const q = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]!;
  return `${ms(median(sorted))} (${q(0.25).toFixed(0)}-${q(0.75).toFixed(0)})`;
};
const lines: string[] = [];
lines.push(
  `## bench:table: 100,000 users, Chromium ${WINDOW.width}x${WINDOW.height} headless, pages round-robin, n=${samples} per figure (medians)`,
);
lines.push('');
lines.push('vaadin-grid and the bare pages render 5 text columns; suite-user-table renders its own (checkbox + 6). Definitions: bench/README.md.');
lines.push(`Machine: ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} before the run, ${loadavg()[0]!.toFixed(1)} after.`);
lines.push('');
lines.push('| Page: median (p25-p75) | render | jump to last row | theme change | whole theme (brand) |');
lines.push('|---|---:|---:|---:|---:|');
for (const page of PAGES) {
  const label = page.kind === 'bare' ? `${page.name} (context: bare virtualizer, not a table)` : page.name;
  if (skipped.has(page.name)) {
    lines.push(`| ${label} | not measured: ${skipped.get(page.name)!.split('\n')[0]} | | | |`);
    continue;
  }
  lines.push(`| ${label} | ${STEPS.map((s) => spread(page.name, s)).join(' | ')} |`);
}
lines.push('');
const peer = 'vaadin-grid';
const goals: { figure: string; ours: [string, Step]; base: [string, Step]; goal: number; against: string }[] = [
  { figure: 'first render', ours: ['suite-user-table', 'render'], base: [peer, 'render'], goal: 0.5, against: 'vaadin-grid' },
  { figure: 'jump to the last row', ours: ['suite-user-table', 'jump'], base: [peer, 'jump'], goal: 1.0, against: 'vaadin-grid' },
  { figure: 'theme change (3 custom properties)', ours: ['suite-user-table', 'theme'], base: [peer, 'theme'], goal: 1.0, against: 'vaadin-grid' },
  { figure: 'render at 100k vs render at 10k', ours: ['suite-user-table', 'render'], base: ['suite-user-table 10k', 'render'], goal: 1.1, against: 'ours at 10k' },
];
lines.push('| Goal (issue 5) | ours | against | ratio (95 % interval) | goal | |');
lines.push('|---|---:|---:|---:|---:|---|');
for (const g of goals) {
  const ours = med(...g.ours);
  const base = med(...g.base);
  const result = compare(results.get(g.ours[0])?.[g.ours[1]], results.get(g.base[0])?.[g.base[1]], g.goal);
  const [low, high] = result.interval;
  const verdict = Number.isFinite(result.ratio) ? `${result.met ? 'ok' : 'MISS'}${edgeNote(result)}` : 'not measured';
  lines.push(`| ${g.figure} | ${ms(ours)} | ${g.against} ${ms(base)} | ${x(result.ratio)} (${low.toFixed(2)}-${high.toFixed(2)}) | <= ${g.goal.toFixed(1)}x | ${verdict} |`);
}
// The Branding issue's goal is a frame, not a ratio: the peer's figure is printed beside it.
const brand = med('suite-user-table', 'brand');
const brandVerdict = Number.isFinite(brand) ? (brand < FRAME_MS ? 'ok' : 'MISS') : 'not measured';
lines.push('');
lines.push('| Goal (issue 7) | ours | vaadin-grid | goal | |');
lines.push('|---|---:|---:|---:|---|');
lines.push(`| theme switch, a partner branding's tokens, 100,000 users loaded | ${ms(brand)} | ${ms(med(peer, 'brand'))} | < ${FRAME_MS} ms | ${brandVerdict} |`);
const bare = PAGES.filter((p) => p.kind === 'bare' && !skipped.has(p.name));
if (bare.length) {
  lines.push('');
  lines.push('Context (bare virtualizers: rows of 5 text cells in a scroller, no paging, header or ARIA), ratio to vaadin-grid:');
  lines.push('');
  lines.push('| Bare candidate | render | jump | theme | brand |');
  lines.push('|---|---:|---:|---:|---:|');
  for (const page of bare) lines.push(`| ${page.name} | ${STEPS.map((s) => x(med(page.name, s) / med(peer, s))).join(' | ')} |`);
}
if (skipped.size) {
  lines.push('');
  for (const [name, why] of skipped) lines.push(`- ${name} not measured: ${why.replace(/\n/g, '\n  ')}`);
}
const text = lines.join('\n');
writeFileSync(join(out, 'results.md'), `${text}\n`);
process.stdout.write(`\n${text}\n\n(also in ${join(out, 'results.md')}; raw samples in ${join(out, 'results.json')})\n`);
