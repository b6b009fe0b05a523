// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

/** Lit escapes text but not every binding: these let markup or CSS in unescaped. */
const unsafeRendering = [
  { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML is banned: render text with Lit bindings.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'unsafeSVG is banned.' },
  { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'unsafeStatic is banned.' },
  // Its first render writes a style attribute, which a page's `style-src 'self'` refuses (docs/security.md).
  { name: 'lit/directives/style-map.js', message: "styleMap's first render is a style attribute, refused under a strict CSP: use styleProperties (src/components/style-properties.ts)." },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'storybook-static/', 'coverage/', '.storybook/public/', 'custom-elements.json', '.data/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: unsafeRendering, patterns: [{ group: ['lit/directives/unsafe-*'], message: 'unsafe directives are banned.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'innerHTML/outerHTML are banned: use Lit templates.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is banned.' },
        { selector: "Identifier[name=/^(unsafeHTML|unsafeCSS|unsafeStatic|unsafeSVG)$/]", message: 'unsafe* Lit helpers are banned.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/elements/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
    rules: {
      ...wcConfigs['flat/recommended'].rules,
      'wc/require-listener-teardown': 'error',
      'wc/guard-super-call': 'off', // LitElement always defines the lifecycle callbacks
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'no focused tests' },
        { object: 'describe', property: 'only', message: 'no focused tests' },
        { object: 'test', property: 'only', message: 'no focused tests' },
      ],
    },
  },
);
