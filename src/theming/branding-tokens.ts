import { colord, extend } from 'colord';
import type { Colord } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import oklabPlugin from 'colord/plugins/oklab';
import type { BrandingField, EffectiveBranding } from '../api/schemas/branding.js';

extend([a11yPlugin, oklabPlugin]);

/** A kit design token: a CSS custom property of the `--suite-` family. */
export type SuiteToken = `--suite-${string}`;
export type BrandingTokens = Record<SuiteToken, string>;

/** An effective branding's values without their sources (what a preview of a draft has). */
export type EffectiveBrandingValues = { [K in BrandingField]-?: EffectiveBranding[K]['value'] };

/** The ramp's steps, Tailwind's and Web Awesome's naming: 50 lightest, 950 darkest. */
export const RAMP_STEPS = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950] as const;
export type RampStep = (typeof RAMP_STEPS)[number];

/**
 * OKLab lightness of each step. Spaced in perceived lightness rather than in
 * HSL, so 100 -> 200 looks like the same jump for a yellow and a blue brand.
 */
const RAMP_LIGHTNESS: Readonly<Record<RampStep, number>> = {
  50: 0.98,
  100: 0.95,
  200: 0.9,
  300: 0.83,
  400: 0.74,
  500: 0.65,
  600: 0.56,
  700: 0.48,
  800: 0.4,
  900: 0.32,
  950: 0.24,
};

/** Text on primary (WCAG 2.2 SC 1.4.3, normal text). */
const TEXT_CONTRAST = 4.5;

/** What the kit shows without any branding: the default theme (src/theming/tokens.ts, server's DEFAULT_BRANDING). */
const DEFAULT_PRIMARY = '#1f5bd8';
const DEFAULT_TEXT = '#ffffff';

const HOVER_SHIFT = 0.08;
const ACTIVE_SHIFT = 0.16;

const BLACK = colord('#000000');
const WHITE = colord('#ffffff');

function isSourced(branding: EffectiveBranding | EffectiveBrandingValues): branding is EffectiveBranding {
  const primary = branding.primaryColor as unknown;
  return typeof primary === 'object' && primary !== null && 'value' in primary;
}

/** The values of an effective branding, its sources dropped. */
export function brandingValues(branding: EffectiveBranding | EffectiveBrandingValues): EffectiveBrandingValues {
  if (!isSourced(branding)) return branding;
  return Object.fromEntries(Object.entries(branding).map(([field, sourced]) => [field, sourced.value])) as EffectiveBrandingValues;
}

/** A draft may hold a half-typed colour: it falls back rather than reaching CSS. */
function parsed(value: string | null | undefined, fallback: string): Colord {
  const color = value ? colord(value) : undefined;
  return color?.isValid() ? color : colord(fallback);
}

/** Black or white, whichever contrasts more: at least 4.58:1 against any colour. */
function blackOrWhiteOn(background: Colord): Colord {
  return background.contrast(BLACK) >= background.contrast(WHITE) ? BLACK : WHITE;
}

/**
 * The step's colour: the brand mixed in OKLab with white (lighter steps) or
 * black (darker ones). Both have a = b = 0, so mixing only scales the brand's
 * a and b: the hue stays put (CIE Lab mixing turns a blue purple on its way to white).
 */
function rampColor(primary: Colord, step: RampStep): Colord {
  const { l, a, b } = primary.toOklab();
  const target = RAMP_LIGHTNESS[step];
  const towardWhite = target >= l;
  // Share of white (or black) in the mix, so that the mixed lightness is the target.
  const share = towardWhite ? (l >= 1 ? 0 : (target - l) / (1 - l)) : l <= 0 ? 0 : (l - target) / l;
  const keep = 1 - share;
  return colord({ l: target, a: a * keep, b: b * keep, alpha: 1, ok: true });
}

const hex = (color: Colord) => color.toHex();

/** The colour fields of a branding: a brand's colours go together, so one chosen brings all its tokens. */
const COLOR_FIELDS = ['primaryColor', 'gradient', 'textColor'] as const;

/**
 * Effective branding (partner then client, field by field, as the server
 * resolved it) as `--suite-*` tokens: the primary colour with its 50-950 ramp,
 * an "on" colour per step and for the primary (the branding's text colour when
 * it reaches 4.5:1 on the primary, else black or white), hover and active
 * states that move away from the on colour (so its contrast only grows), and
 * the header's background (the gradient, else the primary) with its text colour.
 * A branding whose colours all come from the default gives no tokens, so the
 * page's theme (dark, high contrast) shows; values without sources (a draft)
 * always give them.
 */
export function brandingTokens(branding: EffectiveBranding | EffectiveBrandingValues): BrandingTokens {
  if (isSourced(branding) && COLOR_FIELDS.every((field) => branding[field].source === 'default')) return {};
  const values = brandingValues(branding);
  const primary = parsed(values.primaryColor, DEFAULT_PRIMARY);
  const text = parsed(values.textColor, DEFAULT_TEXT);
  const onPrimary = text.contrast(primary) >= TEXT_CONTRAST ? text : blackOrWhiteOn(primary);
  const darken = onPrimary.brightness() > primary.brightness();
  const shifted = (amount: number) => (darken ? primary.darken(amount) : primary.lighten(amount));

  const tokens: BrandingTokens = {
    '--suite-color-primary': hex(primary),
    '--suite-color-on-primary': hex(onPrimary),
    '--suite-color-primary-hover': hex(shifted(HOVER_SHIFT)),
    '--suite-color-primary-active': hex(shifted(ACTIVE_SHIFT)),
  };
  for (const step of RAMP_STEPS) {
    const color = rampColor(primary, step);
    tokens[`--suite-color-primary-${step}`] = hex(color);
    tokens[`--suite-color-on-primary-${step}`] = hex(blackOrWhiteOn(color));
  }
  tokens['--suite-header-background'] = headerBackground(values.gradient, primary);
  tokens['--suite-color-on-header'] = hex(text);
  return tokens;
}

/** The gradient as CSS, from parsed colours and a clamped angle only: a draft's text never reaches the style. */
function headerBackground(gradient: EffectiveBrandingValues['gradient'], primary: Colord): string {
  if (!gradient) return hex(primary);
  const from = colord(gradient.from);
  const to = colord(gradient.to);
  if (!from.isValid() || !to.isValid()) return hex(primary);
  const angle = Number.isFinite(gradient.angle) ? Math.min(360, Math.max(0, Math.round(gradient.angle))) : 90;
  return `linear-gradient(${angle}deg, ${hex(from)}, ${hex(to)})`;
}

/** The tokens each provider element got last, so that a switch removes what the new branding does not set. */
const applied = new WeakMap<HTMLElement, readonly string[]>();

/**
 * Sets `tokens` as custom properties on `element` (the provider): everything
 * inside inherits them, and a theme switch restyles without re-rendering any
 * element. Inline properties beat the host's stylesheet rules for `element`
 * itself; a host overrides a token on a descendant (the nearest declaration
 * wins for what is inside it) or with `!important`.
 */
export function applyBrandingTokens(element: HTMLElement, tokens: BrandingTokens): void {
  const names = Object.keys(tokens) as SuiteToken[];
  for (const name of applied.get(element) ?? []) {
    if (!(name in tokens)) element.style.removeProperty(name);
  }
  for (const name of names) element.style.setProperty(name, tokens[name] ?? null);
  applied.set(element, names);
}

/** Removes what `applyBrandingTokens` set on `element`: its theme shows again. */
export function removeBrandingTokens(element: HTMLElement): void {
  for (const name of applied.get(element) ?? []) element.style.removeProperty(name);
  applied.delete(element);
}
