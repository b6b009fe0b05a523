/**
 * `npm run size`: what a browser downloads to show each public entry point,
 * min+gzip, lit included. Each entry is bundled with code splitting, as a
 * host's bundler would: its **first load** is the entry chunk plus every chunk
 * it imports statically; code behind `import()` (other languages' words, the
 * user panel and dialogs of `<suite-user-admin>`) loads on use and is listed
 * apart. Budgets (the User administration issue sets them) fail the run when
 * a first load exceeds them.
 */
import { build, type Metafile } from 'esbuild';
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface Entry {
  name: string;
  file: string;
  /** Stylesheets the page loads with it (counted in the first load). */
  css?: string[];
  /** Bytes, min+gzip, of the first load. */
  budget?: number;
}

const entries: Entry[] = [
  { name: 'suite-kit (all elements, registered)', file: 'src/define.ts' },
  { name: 'suite-kit/api (contract + HTTP client)', file: 'src/api/index.ts' },
  { name: '<suite-user-admin> + default theme', file: 'src/components/user-admin/user-admin.ts', css: ['themes/default.css'], budget: 60 * 1024 },
  { name: '<suite-user-table>', file: 'src/components/user-table/user-table.ts', budget: 25 * 1024 },
  // Context, not shipped: the table if a virtualizer library drove its rows (README: "Why the table has no virtualizer library").
  { name: '  same + @tanstack/virtual-core', file: 'bench/user-table/size/with-tanstack-virtual.ts' },
  { name: '  same + @lit-labs/virtualizer', file: 'bench/user-table/size/with-lit-virtualizer.ts' },
  { name: '<suite-licence-meter>', file: 'src/components/licence-meter/licence-meter.ts' },
  { name: '<suite-user-panel>', file: 'src/components/user-panel/user-panel.ts' },
  { name: '<suite-invite-dialog>', file: 'src/components/invite-dialog/invite-dialog.ts' },
  { name: '<suite-bulk-invite-banner>', file: 'src/components/bulk-invite-banner/bulk-invite-banner.ts' },
  { name: '<suite-user-export>', file: 'src/components/user-export/user-export.ts' },
  { name: '<suite-team-capabilities>', file: 'src/components/team-capabilities/team-capabilities.ts' },
  { name: '<suite-address-book-sharing>', file: 'src/components/address-book-sharing/address-book-sharing.ts' },
  { name: '<suite-branding-editor>', file: 'src/components/branding-editor/branding-editor.ts' },
  { name: '<suite-client-picker>', file: 'src/components/client-picker/client-picker.ts' },
  { name: '<suite-selfcare-dashboard>', file: 'src/components/selfcare-dashboard/selfcare-dashboard.ts' },
  { name: '<suite-module-toggles>', file: 'src/components/module-toggles/module-toggles.ts' },
  { name: '<suite-supervise-dialog>', file: 'src/components/supervise-dialog/supervise-dialog.ts' },
  { name: '<suite-supervision-frame>', file: 'src/components/supervision-frame/supervision-frame.ts' },
  { name: '<suite-audit-log>', file: 'src/components/audit-log/audit-log.ts' },
  // Started by readImportFile when a file is picked (`new Worker(new URL(...))`, which esbuild does not follow): never in a first load.
  { name: 'import worker (CSV/XLSX reader, on import)', file: 'src/import/import.worker.ts' },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** The output chunks `entryOutput` loads before it runs: itself and its static imports, transitively. */
function firstLoad(metafile: Metafile, entryOutput: string): Set<string> {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entryOutput);
  return seen;
}

let overBudget = false;
const rows: string[][] = [['entry', 'first load min', 'first load min+gzip', 'on use min+gzip', 'budget']];
/** A language's words (every area, one module) in min+gzip: loaded once per page, the first time an element shows it. */
const languages = new Map<string, number>();
const languageOf = (output: Metafile['outputs'][string]) => /^src\/i18n\/([a-z-]+)\/index\.ts$/.exec(output.entryPoint ?? '')?.[1];

for (const entry of entries.filter((e) => existsSync(e.file))) {
  const result = await build({
    entryPoints: [entry.file],
    bundle: true,
    splitting: true,
    outdir: 'size-out',
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    // Production Lit, as a host's bundler would pick it.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(file.path.indexOf('size-out/')), file.contents]));
  // Chunks behind `import()` are entry points too: pick the one built from this entry's file.
  const entryOutput = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint === entry.file)![0];
  const loaded = firstLoad(result.metafile, entryOutput);
  let min = 0;
  let gz = 0;
  let onUse = 0;
  for (const [path, contents] of files) {
    const language = languageOf(result.metafile.outputs[path]!);
    if (language) {
      languages.set(language, gzipped(contents));
    } else if (loaded.has(path)) {
      min += contents.length;
      gz += gzipped(contents);
    } else {
      onUse += gzipped(contents);
    }
  }
  for (const sheet of entry.css ?? []) {
    const css = readFileSync(sheet);
    min += css.length;
    gz += gzipped(css);
  }
  const over = entry.budget !== undefined && gz > entry.budget;
  overBudget ||= over;
  rows.push([entry.name, kb(min), kb(gz), onUse ? kb(onUse) : '-', entry.budget ? `${kb(entry.budget)}${over ? '  OVER' : ''}` : '-']);
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
console.log(`\nOther languages, every element's words in one module, loaded on first use (not in "on use" above; English is built in):`);
console.log([...languages].map(([language, bytes]) => `${language} ${kb(bytes)}`).join(', '));
if (overBudget) {
  console.error('size budget exceeded');
  process.exit(1);
}
