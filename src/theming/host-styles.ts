import { css } from 'lit';
import { color, font } from './tokens.js';

/*
 * In a module of its own (element-styles.ts re-exports it): <suite-user-admin>'s
 * first screen (itself, user-table, licence-meter) imports it from here, so that
 * the chunk of every other piece does not join that first load (its size budget).
 */

/** A block host in the theme's text colour and font, that `hidden` hides. */
export const hostStyles = /* @__PURE__ */ css`
  :host {
    display: block;
    color: ${color.onSurface};
    font-family: ${font.family};
    font-size: ${font.sizeM};
    line-height: ${font.lineHeight};
  }

  :host([hidden]) {
    display: none;
  }
`;
