/**
 * `npm run size`: the min+gzip size of each public entry point, bundled with
 * everything it pulls in (lit included), as a browser would load it.
 * Budgets (the User administration issue sets them) fail the run when exceeded.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';

interface Entry {
  name: string;
  file: string;
  /** Bytes, min+gzip; absent until a budget is set for it. */
  budget?: number;
}

const entries: Entry[] = [
  { name: 'suite-kit (all elements, registered)', file: 'src/define.ts' },
  { name: 'suite-kit/api (contract + HTTP client)', file: 'src/api/index.ts' },
  { name: '<suite-licence-meter>', file: 'src/components/licence-meter/licence-meter.ts' },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
let overBudget = false;
const rows: string[][] = [['entry', 'min', 'min+gzip', 'budget']];

for (const entry of entries.filter((e) => existsSync(e.file))) {
  const result = await build({
    entryPoints: [entry.file],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    // Production Lit, as a host's bundler would pick it.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.contents;
  const gzipped = gzipSync(code, { level: 9 }).length;
  const over = entry.budget !== undefined && gzipped > entry.budget;
  overBudget ||= over;
  rows.push([entry.name, kb(code.length), kb(gzipped), entry.budget ? `${kb(entry.budget)}${over ? '  OVER' : ''}` : '-']);
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
if (overBudget) {
  console.error('size budget exceeded');
  process.exit(1);
}
