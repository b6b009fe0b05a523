import { colord } from 'colord';
import type { Colord } from 'colord';
import { BLACK, contrastRatio, TEXT_CONTRAST, UI_CONTRAST, WHITE } from '../../theming/contrast.js';

/*
 * The supervision banner may be themed (tokens, ::part(banner)) but never below
 * 4.5:1. What the page asked for is read back from the computed styles, as the
 * browser will paint it, so every way of setting a colour (a theme file, an
 * inline style, a ::part rule with !important) is covered by one check.
 */

/** An opaque colour as computed, or undefined for what cannot be proved readable (transparency, a colour space colord does not read). */
function opaque(value: string): Colord | undefined {
  const parsed = colord(value);
  return parsed.isValid() && parsed.alpha() === 1 ? parsed : undefined;
}

/** Text over `background`, its own transparency blended in as the browser paints it. */
function textOver(value: string, background: Colord): Colord | undefined {
  const text = colord(value);
  if (!text.isValid()) return undefined;
  const alpha = text.alpha();
  if (alpha === 1) return text;
  const ink = text.toRgb();
  const ground = background.toRgb();
  const mix = (key: 'r' | 'g' | 'b') => ink[key] * alpha + ground[key] * (1 - alpha);
  return colord({ r: mix('r'), g: mix('g'), b: mix('b') });
}

/** The flat colour behind `element`'s text: its own background, else the one it sits on; undefined for an image or a see-through one. */
function backgroundOf(style: CSSStyleDeclaration, behind: Colord | undefined): Colord | undefined {
  if (style.backgroundImage !== 'none') return undefined;
  const own = colord(style.backgroundColor);
  if (own.isValid() && own.alpha() === 0) return behind;
  return opaque(style.backgroundColor);
}

/**
 * Whether the banner's text reads at 4.5:1 or more: the banner's own text on
 * its background, and each element in `texts` (heading, timer, Exit) on what
 * is behind it. Anything that cannot be proved (a gradient or image, a
 * see-through background, an unreadable colour) counts as failing.
 */
export function bannerTextReadable(banner: Element, texts: readonly Element[]): boolean {
  const style = getComputedStyle(banner);
  const background = backgroundOf(style, undefined);
  if (!background) return false;
  return [banner, ...texts].every((element) => {
    const own = getComputedStyle(element);
    const behind = element === banner ? background : backgroundOf(own, background);
    const text = behind ? textOver(own.color, behind) : undefined;
    return text !== undefined && behind !== undefined && contrastRatio(text, behind) >= TEXT_CONTRAST;
  });
}

/**
 * The colour the frame's border must take to stand out at 3:1 (a UI part)
 * from the content it surrounds, or undefined when the themed one does:
 * black or white, whichever is further from the content's background.
 */
export function borderFallback(frame: Element, content: Element): string | undefined {
  const border = opaque(getComputedStyle(frame).borderTopColor);
  const inside = backgroundOf(getComputedStyle(content), undefined) ?? colord(WHITE);
  if (border && contrastRatio(border, inside) >= UI_CONTRAST) return undefined;
  return contrastRatio(BLACK, inside) >= contrastRatio(WHITE, inside) ? BLACK : WHITE;
}
