import { css } from 'lit';
import { color, focusRing, font, radius, space } from './tokens.js';

export { hostStyles } from './host-styles.js';

/*
 * Rules every form-like element repeats, written once: buttons (primary,
 * `.secondary`, `aria-disabled`), text fields with their invalid state and
 * error line, the focus ring, boxes, dialogs and data tables (the host's text
 * and box, from host-styles.ts). An element lists the pieces it uses before its
 * own rules, which may refine them.
 */

export const buttonStyles = /* @__PURE__ */ css`
  button {
    font: inherit;
    font-weight: ${font.weightBold};
    padding-block: ${space.xs};
    padding-inline: ${space.m};
    border: 1px solid ${color.primary};
    border-radius: ${radius.m};
    background: ${color.primary};
    color: ${color.onPrimary};
    cursor: pointer;
  }

  button:hover {
    background: ${color.primaryHover};
  }

  button:active {
    background: ${color.primaryActive};
  }

  button.secondary {
    background: ${color.surface};
    color: ${color.primary};
  }

  button.secondary:hover,
  button.secondary:active {
    background: ${color.surfaceRaised};
  }

  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.7;
  }
`;

export const textFieldStyles = /* @__PURE__ */ css`
  input[type='text'],
  input[type='url'],
  input[type='search'],
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    padding-block: ${space.xs};
    padding-inline: ${space.s};
    border: 1px solid ${color.border};
    border-radius: ${radius.s};
    background: ${color.surface};
    color: ${color.onSurface};
  }

  [aria-invalid='true'] {
    border-color: ${color.danger};
    border-width: 2px;
  }

  .field-error {
    margin: 0;
    color: ${color.danger};
    font-size: ${font.sizeS};
    font-weight: ${font.weightBold};
    overflow-wrap: anywhere;
  }
`;

/**
 * A boxed message on the raised surface with its actions (an error and its
 * Retry, a banner, a conflict to resolve); `.error` draws it in the danger colour.
 */
export const calloutStyles = /* @__PURE__ */ css`
  .callout {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${space.m};
    padding: ${space.m};
    border: 1px solid ${color.border};
    border-radius: ${radius.m};
    background: ${color.surfaceRaised};
  }

  .callout.error {
    border-color: ${color.danger};
  }

  .callout p {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

export const focusStyles = /* @__PURE__ */ css`
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline-style: solid;
    outline-width: ${focusRing.width};
    outline-color: ${color.focus};
    outline-offset: ${focusRing.offset};
  }
`;

/**
 * The older elements' failed-load box: a danger border on the raised surface,
 * its message and Retry on one wrapping line.
 */
export const errorBoxStyles = /* @__PURE__ */ css`
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    row-gap: ${space.s};
    column-gap: ${space.m};
    padding: ${space.m};
    border: 1px solid ${color.danger};
    border-radius: ${radius.m};
    background: ${color.surfaceRaised};
  }

  .error p {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

/**
 * A native modal `<dialog>` on the surface, its inline size from the
 * element's `--_dialog-width`, over a backdrop of the theme's text colour.
 */
export const modalDialogStyles = /* @__PURE__ */ css`
  dialog {
    inline-size: var(--_dialog-width);
    max-block-size: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid ${color.border};
    border-radius: ${radius.l};
    background: ${color.surface};
    color: ${color.onSurface};
    font: inherit;
  }

  dialog::backdrop {
    background: color-mix(in srgb, ${color.onSurface} 50%, transparent);
  }
`;

/** Selects and the date and email inputs, boxed like the text fields (their width is the element's). */
export const choiceFieldStyles = /* @__PURE__ */ css`
  select,
  input[type='date'],
  input[type='email'] {
    font: inherit;
    padding-block: ${space.xs};
    padding-inline: ${space.s};
    border: 1px solid ${color.border};
    border-radius: ${radius.s};
    background: ${color.surface};
    color: ${color.onSurface};
  }
`;

/** A full-width data table: collapsed borders, a caption on the start side, cells divided by a line. */
export const dataTableStyles = /* @__PURE__ */ css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }

  caption {
    text-align: start;
    font-weight: ${font.weightBold};
    padding-block-end: ${space.xs};
  }

  th,
  td {
    padding-block: ${space.xs};
    padding-inline: ${space.s};
    border-block-end: 1px solid ${color.border};
    text-align: start;
  }
`;
