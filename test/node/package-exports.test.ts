/**
 * What a partner installs: the exports map, `sideEffects` and the React
 * wrappers follow custom-elements.json, so an element or an event added to
 * the kit cannot be missing from `suite-kit/<name>` or `suite-kit/react`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readManifest, reactWrappers } from '../../scripts/build-react.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface PackageJson {
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: string[];
  files: string[];
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
}
const pkg = JSON.parse(read('package.json')) as PackageJson;

/** The manifest's elements with their named events, read here without the build's helper. */
const elements = readManifest().modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({
      tagName: declaration.tagName!,
      name: declaration.tagName!.replace(/^suite-/, ''),
      source: module.path,
      events: [...new Set((declaration.events ?? []).flatMap((event) => (event.name ? [event.name] : [])))],
    })),
);

/** package.json `sideEffects` globs as bundlers read them: `*` stays inside one folder. */
const hasSideEffects = (path: string) =>
  pkg.sideEffects.some((glob) => {
    const pattern = glob.includes('/') ? glob : `**/${glob}`;
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '(?:.*/)?');
    return new RegExp(`^${source}$`).test(path);
  });

describe('package exports', () => {
  test('the manifest has elements to check', () => {
    assert.ok(elements.length >= 17, `${elements.length} elements`);
  });

  test('every element is a `suite-kit/<name>` entry, typed by its registration file', () => {
    for (const element of elements) {
      const entry = pkg.exports[`./${element.name}`];
      assert.ok(entry && typeof entry === 'object', `no export ./${element.name}`);
      assert.equal(entry.default, `./dist/elements/${element.name}.js`);
      const registration = element.source.replace(/\.component\.ts$/, '.ts');
      assert.ok(existsSync(new URL(registration, root)), `${registration} is missing`);
      assert.equal(entry.types, `./dist/types/${registration.replace(/^src\//, '').replace(/\.ts$/, '.d.ts')}`);
    }
  });

  test('the fixed entries, themes and the manifest are exported and shipped', () => {
    for (const key of ['.', './define', './api', './react', './react/*', './bundle', './themes/*.css', './custom-elements.json']) {
      assert.ok(pkg.exports[key], `no export ${key}`);
    }
    assert.deepEqual([...pkg.files].sort(), ['custom-elements.json', 'dist', 'themes']);
    assert.equal(pkg.peerDependenciesMeta['react']?.optional, true, 'react is an optional peer');
  });

  test('sideEffects keeps what registers tags and lets bundlers drop the rest', () => {
    for (const path of ['./dist/define.js', './dist/elements/user-admin.js', './dist/react.js', './dist/react/user-admin.js', './dist/chunks/chunk-ABC.js', './dist/suite-kit.bundle.js', './themes/default.css', './src/define.ts']) {
      assert.ok(hasSideEffects(path), `${path} registers elements or styles: it must be listed`);
    }
    for (const path of ['./dist/index.js', './dist/api.js', './dist/locales/fr.js', './src/index.ts']) {
      assert.ok(!hasSideEffects(path), `${path} only exports: bundlers may drop it when unused`);
    }
  });
});

describe('React wrappers', () => {
  test('src/react/ is what scripts/build-react.ts writes from custom-elements.json (run `npm run manifest`)', () => {
    const expected = reactWrappers(readManifest());
    const actual = readdirSync(new URL('src/react/', root)).map((file) => `src/react/${file}`);
    assert.deepEqual(actual.sort(), [...expected.keys()].sort());
    for (const [path, text] of expected) assert.equal(read(path), text, `${path} is stale`);
  });

  test('every element has a wrapper, and every event of the manifest an onXxx prop', () => {
    const index = read('src/react/index.ts');
    for (const element of elements) {
      const wrapper = read(`src/react/${element.name}.ts`);
      assert.match(wrapper, new RegExp(`tagName: '${element.tagName}'`));
      assert.match(index, new RegExp(`from './${element.name}\\.js'`));
      for (const event of element.events) {
        const prop = `on${event.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}`;
        assert.match(wrapper, new RegExp(`\\b${prop}: '${event}' as EventName<`), `<${element.tagName}> ${event} has no ${prop}`);
      }
    }
  });
});
