import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { brandingTokens, type EffectiveBrandingValues } from '../../src/theming/branding-tokens.js';
import { contrastRatio, TEXT_CONTRAST, UI_CONTRAST, worstOverGradient } from '../../src/theming/contrast.js';

const ROOT = join(import.meta.dirname, '../..');
const THEMES = ['default', 'dark', 'high-contrast', 'partner-ocean', 'partner-sunset'] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(ts|css)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every `var(--suite-…)` written in src/, with whether it carries a fallback and where it is. */
function tokenUses(): { name: string; fallback: boolean; file: string }[] {
  return filesUnder(join(ROOT, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/var\(\s*(--suite-[a-z0-9-]+)\s*([,)])/g)].map((match) => ({
      name: match[1]!,
      fallback: match[2] === ',',
      file: relative(ROOT, file),
    })),
  );
}

function themeCss(name: string): string {
  return readFileSync(join(ROOT, 'themes', `${name}.css`), 'utf8');
}

function themeTokens(name: string): Map<string, string> {
  return new Map([...themeCss(name).matchAll(/(--suite-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

/**
 * Global tokens are the ones default.css defines; the rest (`--suite-licence-meter-bar-height`, ...)
 * are component tokens, documented with @cssproperty and read with a fallback.
 */
const GLOBAL = themeTokens('default');
/** Colour roles change with the theme: one a theme forgets would fall back to the light default (white on dark). */
const isColourRole = (name: string) => name.startsWith('--suite-color-') || name.startsWith('--suite-header-');

function get(theme: Map<string, string>, name: string): string {
  const value = theme.get(`--suite-${name}`);
  assert.ok(value, `--suite-${name} is defined`);
  return value;
}

describe('themes', () => {
  it('every var(--suite-…) in src/ has a fallback or is defined by every theme', () => {
    const undefinedSomewhere = tokenUses()
      .filter((use) => !use.fallback)
      .flatMap((use) => THEMES.filter((theme) => !themeTokens(theme).has(use.name)).map((theme) => `${use.name} (${use.file}) missing in ${theme}.css`));
    assert.deepEqual(undefinedSomewhere, []);
  });

  it('every global token the elements use is in default.css, and every colour role they use in every theme', () => {
    const used = new Set(tokenUses().map((use) => use.name));
    const componentTokens = [...used].filter((name) => !GLOBAL.has(name));
    assert.deepEqual(
      componentTokens.filter((name) => isColourRole(name) || /^--suite-(space|radius|font|focus)-/.test(name)),
      [],
      'a global-looking token used in src/ but missing from default.css',
    );
    for (const theme of THEMES) {
      const tokens = themeTokens(theme);
      const missing = [...used].filter((name) => isColourRole(name) && !tokens.has(name));
      assert.deepEqual(missing, [], `${theme}.css`);
    }
  });

  it('each theme applies to :root and to a .suite-theme-<name> subtree', () => {
    for (const theme of THEMES) assert.match(themeCss(theme), new RegExp(`:root,\\s*\\.suite-theme-${theme}\\s*\\{`), theme);
  });

  it('auto.css is the default theme, and the dark one when the system prefers dark', () => {
    const auto = readFileSync(join(ROOT, 'themes/auto.css'), 'utf8');
    assert.match(auto, /@import url\('\.\/default\.css'\);/);
    assert.match(auto, /@import url\('\.\/dark\.css'\) \(prefers-color-scheme: dark\);/);
  });

  for (const theme of THEMES) {
    it(`${theme}.css: text at 4.5:1 on its backgrounds and on the header, UI parts at 3:1`, () => {
      const tokens = themeTokens(theme);
      const colour = (name: string) => get(tokens, `color-${name}`);
      const text: [string, string][] = [
        ['on-surface', 'surface'],
        ['on-surface', 'surface-raised'],
        ['muted', 'surface'],
        ['muted', 'surface-raised'],
        ['on-primary', 'primary'],
        ['on-primary', 'primary-hover'],
        ['on-primary', 'primary-active'],
      ];
      const ui: [string, string][] = [
        ['border', 'surface'],
        ['primary', 'surface'],
        ['focus', 'surface'],
      ];
      const failures = [
        ...text.filter(([fg, bg]) => contrastRatio(colour(fg), colour(bg)) < TEXT_CONTRAST).map(([fg, bg]) => `${fg} on ${bg}`),
        ...ui.filter(([fg, bg]) => contrastRatio(colour(fg), colour(bg)) < UI_CONTRAST).map(([fg, bg]) => `${fg} on ${bg}`),
      ];
      const header = get(tokens, 'header-background');
      const onHeader = colour('on-header');
      const gradient = /^linear-gradient\(\d+deg, (#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(header);
      const headerRatio = gradient ? worstOverGradient(onHeader, { from: gradient[1]!, to: gradient[2]! }).ratio : contrastRatio(onHeader, header);
      if (headerRatio < TEXT_CONTRAST) failures.push(`on-header on the header (${headerRatio}:1)`);
      assert.deepEqual(failures, []);
    });
  }

  for (const theme of ['partner-ocean', 'partner-sunset']) {
    it(`${theme}.css: its brand block is exactly what brandingTokens gives for the branding it names`, () => {
      const named = /brandingTokens\(\) of\s*\n\s*\*\s*(\{.*\})\n/.exec(themeCss(theme));
      assert.ok(named, 'the branding is named in the header comment');
      const branding: EffectiveBrandingValues = {
        logoAssetId: null,
        bannerAssetId: null,
        messageLink: null,
        messageText: null,
        ...(JSON.parse(named[1]!) as Pick<EffectiveBrandingValues, 'primaryColor' | 'textColor' | 'gradient'>),
      };
      const tokens = themeTokens(theme);
      const expected = Object.entries(brandingTokens(branding));
      assert.deepEqual(
        expected.filter(([name, value]) => tokens.get(name) !== value).map(([name, value]) => `${name}: ${tokens.get(name)} instead of ${value}`),
        [],
      );
    });
  }
});
