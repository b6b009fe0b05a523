import { expect } from '@open-wc/testing';
import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import type { CSSResult } from 'lit';
import * as tokens from '../../src/theming/tokens.js';

extend([a11yPlugin]);

/** `--suite-x` -> default value, read from the `var(--suite-x, default)` fragments of tokens.ts. */
function tokenDefaults(): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const group of [tokens.color, tokens.space, tokens.radius, tokens.font, tokens.focusRing]) {
    for (const fragment of Object.values(group) as CSSResult[]) {
      const match = /^var\((--suite-[a-z0-9-]+),\s*(.+)\)$/.exec(fragment.cssText.trim());
      expect(match !== null, fragment.cssText).to.equal(true);
      defaults.set(match![1]!, match![2]!.trim());
    }
  }
  return defaults;
}

/** The custom properties a theme file sets on :root. */
async function themeTokens(file: string): Promise<Map<string, string>> {
  const response = await fetch(new URL(`../../themes/${file}`, import.meta.url));
  expect(response.ok, file).to.equal(true);
  const css = await response.text();
  return new Map([...css.matchAll(/(--suite-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** Text on background pairs the elements actually use. */
const TEXT_PAIRS: [text: string, background: string][] = [
  ['on-surface', 'surface'],
  ['on-surface', 'surface-raised'],
  ['muted', 'surface'],
  ['muted', 'surface-raised'],
  ['danger', 'surface'],
  ['on-primary', 'primary'],
];

/** Non-text parts (borders, the bar on its track): 3:1. */
const UI_PAIRS: [part: string, background: string][] = [
  ['border', 'surface'],
  ['primary', 'track'],
  ['danger', 'track'],
  ['focus', 'surface'],
];

function contrastFailures(theme: Map<string, string>, pairs: [string, string][], minimum: number): string[] {
  const get = (name: string) => {
    const value = theme.get(`--suite-color-${name}`);
    expect(value, `--suite-color-${name}`).to.be.a('string');
    return value!;
  };
  return pairs
    .map(([fg, bg]) => [fg, bg, colord(get(fg)).contrast(get(bg))] as const)
    .filter(([, , ratio]) => ratio < minimum)
    .map(([fg, bg, ratio]) => `${fg} on ${bg}: ${ratio.toFixed(2)}:1`);
}

describe('design tokens', () => {
  it('themes/default.css repeats exactly the defaults of tokens.ts', async () => {
    expect(Object.fromEntries(await themeTokens('default.css'))).to.deep.equal(Object.fromEntries(tokenDefaults()));
  });

  it('default theme: text meets 4.5:1 and UI parts 3:1', () => {
    const defaults = tokenDefaults();
    expect(contrastFailures(defaults, TEXT_PAIRS, 4.5)).to.deep.equal([]);
    expect(contrastFailures(defaults, UI_PAIRS, 3)).to.deep.equal([]);
  });

  for (const file of ['dark.css', 'high-contrast.css']) {
    it(`${file}: sets every colour token, text meets 4.5:1 and UI parts 3:1`, async () => {
      const theme = await themeTokens(file);
      const colourTokens = [...tokenDefaults().keys()].filter((name) => name.startsWith('--suite-color-'));
      expect(colourTokens.filter((name) => !theme.has(name))).to.deep.equal([]);
      expect(contrastFailures(theme, TEXT_PAIRS, 4.5)).to.deep.equal([]);
      expect(contrastFailures(theme, UI_PAIRS, 3)).to.deep.equal([]);
    });
  }
});
