/**
 * `npm run build`: the package a partner installs, in `dist/`.
 *
 *   dist/index.js, define.js, api.js, react.js   `suite-kit`, `suite-kit/define`, `suite-kit/api`, `suite-kit/react`
 *   dist/elements/<name>.js                       `suite-kit/<name>`: registers `<suite-name>` (and the parts it shows first)
 *   dist/react/<name>.js                          `suite-kit/react/<name>`: one React wrapper, registering its element
 *   dist/chunks/*.js                              code shared by the entries; other languages' words, loaded on use
 *   dist/suite-kit.bundle.js                      everything, lit included, for one `<script type="module">` tag
 *   dist/locales/<locale>.js                      the bundle's other languages, fetched from beside it on use
 *   dist/**\/import.worker.js                      the CSV/XLSX reader, self-contained, beside every file that starts it
 *   dist/types/**\/*.d.ts                          declarations (tsc, tsconfig.build.json)
 *
 * esbuild rather than Vite's library mode: `npm run size` measures with esbuild,
 * so what is measured is what ships; and esbuild leaves
 * `new Worker(new URL('./import.worker.js', import.meta.url))` as written, which
 * a host's bundler (Vite, webpack 5, Parcel) recognises and a browser runs as
 * is, where Vite 8.3's library mode rewrites it to
 * `new URL('/assets/import.worker-<hash>.js', import.meta.url)`: a path from the
 * host site's root, wrong wherever the package is installed.
 *
 *   node --import tsx scripts/build.ts            everything
 *   node --import tsx scripts/build.ts --no-types the JavaScript only (the examples' e2e test)
 */
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { elementsOf, type Manifest } from './manifest-elements.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** Runtime dependencies a host's bundler dedupes: imported, not copied, by the per-element build. */
const EXTERNAL = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);

/** The source that starts the import worker, and the worker's own entry. */
const WORKER_STARTER = 'src/import/read-import-file.ts';
const WORKER_ENTRY = 'src/import/import.worker.ts';
const WORKER_FILE = 'import.worker.js';

const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

/** Production Lit and minified code: for files a browser runs without a host bundler in between. */
const forBrowsers: BuildOptions = {
  minify: true,
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** src/i18n/index.ts loads each language with `import('./<locale>/index.js')`. */
const LANGUAGE_MODULE = /^\.\/([a-z]{2}(?:-[a-z]{2})?)\/index\.js$/;
const languagesOf = () =>
  readdirSync(join(root, 'src/i18n'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src/i18n', entry.name, 'index.ts')))
    .map((entry) => entry.name);

/**
 * Leaves each language out of the single-file bundle, as `import('./locales/<locale>.js')`: inlined, ten
 * languages would weigh on every page that shows one. The language modules get it too (`import('./<locale>.js')`):
 * they reuse helpers of the English catalogues, whose src/i18n/index.ts names every language.
 */
const languagesApart = (folder: string): Plugin => ({
  name: 'languages-apart',
  setup(build) {
    build.onResolve({ filter: LANGUAGE_MODULE }, (args) => {
      const locale = LANGUAGE_MODULE.exec(args.path)![1]!;
      if (args.kind !== 'dynamic-import' || !args.importer.endsWith(join('src', 'i18n', 'index.ts'))) return undefined;
      return { path: `${folder}${locale}.js`, external: true };
    });
  },
});

export interface BuildResult {
  /** Output files, relative to dist/, with their sizes. */
  files: { path: string; bytes: number; gzip: number }[];
  ms: number;
}

export async function buildPackage(options: { types?: boolean } = {}): Promise<BuildResult> {
  const started = performance.now();
  const buildTypes = options.types !== false;
  // Without --no-types the declarations are rewritten; with it, those of the last full build stay.
  for (const entry of existsSync(dist) ? readdirSync(dist) : []) {
    if (buildTypes || entry !== 'types') rmSync(join(dist, entry), { recursive: true, force: true });
  }
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const elements = elementsOf(manifest);

  const types = buildTypes ? declarations() : Promise.resolve();
  const [modules, bundle] = await Promise.all([
    // The ESM build: one entry per public module, shared code split into chunks, dependencies left to the host.
    build({
      ...common,
      entryPoints: [
        { in: 'src/index.ts', out: 'index' },
        { in: 'src/define.ts', out: 'define' },
        { in: 'src/api/index.ts', out: 'api' },
        { in: 'src/react/index.ts', out: 'react' },
        ...elements.map((element) => ({ in: element.registration, out: `elements/${element.name}` })),
        ...elements.map((element) => ({ in: `src/react/${element.name}.ts`, out: `react/${element.name}` })),
      ],
      outdir: dist,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      external: [...EXTERNAL, 'react'],
    }),
    // One file for a <script type="module"> tag: every element and the exports of `suite-kit`, lit and the
    // other dependencies included; with no splitting, esbuild inlines the `import()`s, all but other languages.
    build({ ...common, ...forBrowsers, entryPoints: { 'suite-kit.bundle': 'src/define.ts' }, outdir: dist, plugins: [languagesApart('./locales/')] }),
    build({
      ...common,
      ...forBrowsers,
      entryPoints: languagesOf().map((locale) => ({ in: `src/i18n/${locale}/index.ts`, out: `locales/${locale}` })),
      outdir: dist,
      plugins: [languagesApart('./')],
    }),
    // The worker runs in its own realm, where a host's import map or bundle does not reach: always self-contained.
    build({ ...common, ...forBrowsers, entryPoints: [WORKER_ENTRY], outfile: join(dist, WORKER_FILE) }),
  ]);

  const inlined = Object.keys(Object.values(bundle.metafile!.outputs)[0]!.inputs).filter((input) => LANGUAGE_SOURCE.test(input));
  if (inlined.length) throw new Error(`the bundle should load other languages from dist/locales/, yet it holds ${inlined[0]}: has src/i18n/index.ts changed how it imports them?`);

  const eager = languagesInFirstLoad(modules.metafile!);
  if (eager) throw new Error(`${eager.entry} loads ${eager.input} up front: other languages must stay behind import() in the ESM build`);

  // `new URL('./import.worker.js', import.meta.url)` is relative to whichever output the starter landed in.
  const starters = outputsContaining([modules.metafile!, bundle.metafile!], WORKER_STARTER);
  if (starters.length < 2) throw new Error(`${WORKER_STARTER} should be in the ESM build and in the bundle; found in ${starters.join(', ') || 'nothing'}`);
  for (const dir of new Set(starters.map((output) => dirname(output)))) {
    if (dir !== dist) copyFileSync(join(dist, WORKER_FILE), join(dir, WORKER_FILE));
  }

  await types;
  return { files: listFiles(dist), ms: performance.now() - started };
}

const LANGUAGE_SOURCE = /^src\/i18n\/[^/]+\//;

/** An entry (or a chunk behind `import()`) whose static imports reach another language's words, if any. */
function languagesInFirstLoad(metafile: Metafile): { entry: string; input: string } | undefined {
  for (const [entry, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint || LANGUAGE_SOURCE.test(output.entryPoint)) continue;
    const seen = new Set<string>();
    const visit = (path: string): string | undefined => {
      if (seen.has(path)) return undefined;
      seen.add(path);
      const chunk = metafile.outputs[path]!;
      const input = Object.keys(chunk.inputs).find((source) => LANGUAGE_SOURCE.test(source));
      if (input) return input;
      for (const imported of chunk.imports) {
        const found = imported.kind === 'import-statement' && !imported.external ? visit(imported.path) : undefined;
        if (found) return found;
      }
      return undefined;
    };
    const input = visit(entry);
    if (input) return { entry, input };
  }
  return undefined;
}

/** Absolute paths of the outputs whose inputs include `source`. */
function outputsContaining(metafiles: Metafile[], source: string): string[] {
  return metafiles.flatMap((metafile) =>
    Object.entries(metafile.outputs)
      .filter(([, output]) => source in output.inputs)
      .map(([path]) => join(root, path)),
  );
}

/** `.d.ts` files from tsc (esbuild writes none): tsconfig.build.json, declarations only. */
function declarations(): Promise<void> {
  return new Promise((resolve, reject) => {
    const tsc = spawn(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    tsc.on('error', reject);
    tsc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc -p tsconfig.build.json exited with ${code}`))));
  });
}

function listFiles(dir: string): BuildResult['files'] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort()
    .map((path) => {
      const contents = readFileSync(join(dir, path));
      return { path, bytes: contents.length, gzip: gzipSync(contents, { level: 9 }).length };
    });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const result = await buildPackage({ types: !process.argv.includes('--no-types') });
  const js = result.files.filter((file) => !file.path.startsWith('types/'));
  const width = Math.max(...js.map((file) => file.path.length));
  for (const file of js) console.log(`dist/${file.path.padEnd(width)}  ${kb(file.bytes).padStart(9)}  ${kb(file.gzip).padStart(8)} gzip`);
  const declarationCount = result.files.length - js.length;
  if (declarationCount) console.log(`dist/types/: ${declarationCount} declaration files`);
  console.log(`built in ${(result.ms / 1000).toFixed(1)} s`);
}
