import { colord, extend } from 'colord';
import type { Colord, RgbColor } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';

extend([a11yPlugin]);

/*
 * WCAG 2.2 contrast for branding colours. The ratio itself is colord's a11y
 * plugin (relative luminance with the 0.04045 sRGB threshold, (L1 + 0.05) /
 * (L2 + 0.05), floored to two decimals so 4.499 never rounds up into a pass).
 * The gradient mixing is ours on purpose: colord's mix plugin interpolates in
 * CIE Lab, which is not what a browser paints.
 */

/** SC 1.4.3: normal-size text. */
export const TEXT_CONTRAST = 4.5;
/** SC 1.4.11: user-interface parts and graphics. */
export const UI_CONTRAST = 3;
/** Points sampled along a gradient (both ends included): 1.6 % apart, well over the 32 asked for. */
export const GRADIENT_SAMPLES = 65;

export const BLACK = '#000000';
export const WHITE = '#FFFFFF';

/** A two-stop gradient as branding stores it; the angle never changes which colours appear, only where. */
export interface TwoStops {
  from: string;
  to: string;
}

export interface ContrastCheck {
  ratio: number;
  required: number;
  passes: boolean;
}

/** Text over a gradient: the worst point found, at `position` % along the gradient line. */
export interface GradientContrastCheck extends ContrastCheck {
  position: number;
  /** The gradient's colour at that point. */
  color: string;
}

/** Branding fields to set in one click so every check passes. */
export interface ContrastFix {
  textColor?: string;
  gradient?: TwoStops;
  primaryColor?: string;
}

export interface BrandingContrast {
  textOnPrimary: ContrastCheck;
  /** The primary colour as a UI part (buttons, borders, focus) on the page surface. */
  primaryOnSurface: ContrastCheck;
  /** Null without a gradient. */
  textOnGradient: GradientContrastCheck | null;
  /**
   * No text colour at all reaches 4.5:1 over the whole gradient: "the two
   * colours of the gradient are too different to display text well".
   */
  gradientTooWide: boolean;
  /** Ways out, the least intrusive first (a text colour, then an adjusted stop); empty when all passes. */
  fixes: ContrastFix[];
}

export interface BrandingColors {
  primaryColor: string;
  textColor: string;
  gradient: TwoStops | null;
}

const checkOf = (ratio: number, required: number): ContrastCheck => ({ ratio, required, passes: ratio >= required });

/** WCAG 2.2 contrast ratio of two colours, 1 to 21, floored to two decimals. */
export function contrastRatio(a: string | Colord, b: string | Colord): number {
  return (typeof a === 'string' ? colord(a) : a).contrast(b);
}

/**
 * The colour at `t` (0 to 1) along a gradient of two legacy hex colours, as
 * CSS paints it: per channel, linearly, in gamma-encoded sRGB (not linear
 * light, not Lab). CSS Images 3 §3.5.3 "Coloring the Gradient Line"
 * (https://www.w3.org/TR/css-images-3/#coloring-gradient-line) interpolates
 * "in premultiplied RGBA space"; CSS Color 4 §13.2 "Color Space for
 * Interpolation" (https://www.w3.org/TR/css-color-4/#interpolation-space):
 * "user agents must handle interpolation between legacy sRGB color formats
 * (hex colors, named colors, rgb(), hsl() or hwb() ...) in gamma-encoded sRGB
 * space", for Web compatibility (the Oklab default applies to non-legacy
 * colours only). Our stops are opaque, so premultiplying changes nothing.
 */
export function gradientColorAt(gradient: TwoStops, t: number): Colord {
  const from = colord(gradient.from).toRgb();
  const to = colord(gradient.to).toRgb();
  const channel = (key: keyof Omit<RgbColor, 'a'>) => from[key] + (to[key] - from[key]) * t;
  return colord({ r: channel('r'), g: channel('g'), b: channel('b') });
}

/**
 * The lowest contrast of `text` anywhere on the gradient. Every point of the
 * gradient line is painted somewhere in the box whatever the angle (the line
 * is sized so its 0 % and 100 % points reach the corners), and text may sit
 * over any of it, so the whole line is sampled.
 */
export function worstOverGradient(text: string, gradient: TwoStops, samples = GRADIENT_SAMPLES): GradientContrastCheck {
  const ink = colord(text);
  let worst = { ratio: Infinity, t: 0, color: gradientColorAt(gradient, 0) };
  for (let i = 0; i < samples; i++) {
    const t = i / (samples - 1);
    const color = gradientColorAt(gradient, t);
    const ratio = ink.contrast(color);
    if (ratio < worst.ratio) worst = { ratio, t, color };
  }
  return { ...checkOf(worst.ratio, TEXT_CONTRAST), position: Math.round(worst.t * 100), color: worst.color.toHex().toUpperCase() };
}

/** The lowest contrast of `text` over the header: the primary colour, and the gradient when there is one. */
function worstTextContrast(text: string, colors: Pick<BrandingColors, 'primaryColor' | 'gradient'>): number {
  const onPrimary = contrastRatio(text, colors.primaryColor);
  return colors.gradient ? Math.min(onPrimary, worstOverGradient(text, colors.gradient).ratio) : onPrimary;
}

/**
 * Black or white, whichever reads better over all of the header. No other
 * colour can beat both: a text darker than every background loses to black,
 * one lighter than all loses to white, and one in between matches some point
 * of the (continuous) gradient or primary range too closely.
 */
export function bestTextColor(colors: Pick<BrandingColors, 'primaryColor' | 'gradient'>): { color: string; ratio: number } {
  const black = worstTextContrast(BLACK, colors);
  const white = worstTextContrast(WHITE, colors);
  return black >= white ? { color: BLACK, ratio: black } : { color: WHITE, ratio: white };
}

const STEPS = 100;

/**
 * A gradient on which `text` passes everywhere, changed as little as colord's
 * HSL lightness steps allow: the stop `text` reads worse on is lightened (dark
 * text) or darkened (light text) 1 % at a time; when that stop alone cannot
 * get there, both move together. Null when even that fails.
 */
export function adjustGradientForText(text: string, gradient: TwoStops): TwoStops | null {
  const lighten = contrastRatio(text, BLACK) < contrastRatio(text, WHITE);
  const move = (stop: string, step: number) => {
    const moved = lighten ? colord(stop).lighten(step / STEPS) : colord(stop).darken(step / STEPS);
    return moved.toHex().toUpperCase();
  };
  const worseIsFrom = contrastRatio(text, gradient.from) <= contrastRatio(text, gradient.to);
  const candidates = [
    (step: number) => (worseIsFrom ? { from: move(gradient.from, step), to: gradient.to } : { from: gradient.from, to: move(gradient.to, step) }),
    (step: number) => ({ from: move(gradient.from, step), to: move(gradient.to, step) }),
  ];
  for (const candidate of candidates) {
    for (let step = 1; step <= STEPS; step++) {
      const adjusted = candidate(step);
      if (worstOverGradient(text, adjusted).passes) return adjusted;
    }
  }
  return null;
}

/**
 * The primary colour moved in lightness until it stands out from the surface
 * at 3:1 (darker on a light surface, lighter on a dark one); null if it cannot.
 */
function adjustPrimaryForSurface(primary: string, surface: string): string | null {
  const darken = contrastRatio(surface, BLACK) > contrastRatio(surface, WHITE);
  for (let step = 1; step <= STEPS; step++) {
    const moved = darken ? colord(primary).darken(step / STEPS) : colord(primary).lighten(step / STEPS);
    if (contrastRatio(moved, surface) >= UI_CONTRAST) return moved.toHex().toUpperCase();
  }
  return null;
}

/**
 * Every contrast check of a branding, with the fixes to propose. The text
 * colour is read on the primary colour and over the whole gradient; the
 * primary colour, as a UI part, against the page `surface`.
 */
export function checkBrandingContrast(colors: BrandingColors, surface = WHITE): BrandingContrast {
  const textOnPrimary = checkOf(contrastRatio(colors.textColor, colors.primaryColor), TEXT_CONTRAST);
  const primaryOnSurface = checkOf(contrastRatio(colors.primaryColor, surface), UI_CONTRAST);
  const textOnGradient = colors.gradient ? worstOverGradient(colors.textColor, colors.gradient) : null;
  const gradientTooWide =
    colors.gradient !== null && !worstOverGradient(BLACK, colors.gradient).passes && !worstOverGradient(WHITE, colors.gradient).passes;

  const fixes: ContrastFix[] = [];
  if (!textOnPrimary.passes || (textOnGradient && !textOnGradient.passes)) {
    const best = bestTextColor(colors);
    if (best.ratio >= TEXT_CONTRAST && best.color !== colors.textColor.toUpperCase()) fixes.push({ textColor: best.color });
    if (colors.gradient && textOnGradient && !textOnGradient.passes) {
      // Keep the chosen text colour if a stop can move for it; else move a stop for the better of black and white.
      const forCurrent = adjustGradientForText(colors.textColor, colors.gradient);
      const textColor = forCurrent ? colors.textColor : best.color;
      const gradient = forCurrent ?? adjustGradientForText(best.color, colors.gradient);
      if (gradient && contrastRatio(textColor, colors.primaryColor) >= TEXT_CONTRAST) {
        fixes.push(textColor === colors.textColor ? { gradient } : { textColor, gradient });
      }
    }
  }
  if (!primaryOnSurface.passes) {
    const primaryColor = adjustPrimaryForSurface(colors.primaryColor, surface);
    if (primaryColor) fixes.push({ primaryColor });
  }
  return { textOnPrimary, primaryOnSurface, textOnGradient, gradientTooWide, fixes };
}
