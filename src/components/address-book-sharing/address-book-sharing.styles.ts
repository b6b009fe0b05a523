import { css } from 'lit';
import { errorBoxStyles, hostStyles } from '../../theming/element-styles.js';
import { color, focusRing, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const addressBookSharingStyles = [
  hostStyles,
  errorBoxStyles,
  visuallyHidden,
  css`
    :host {
      /* Component tokens, read once into private locals. */
      --_cell-padding: var(--suite-address-book-sharing-cell-padding, ${space.s} ${space.m});
      --_listbox-max-height: var(--suite-address-book-sharing-listbox-max-height, 16rem);
    }

    [hidden] {
      display: none !important;
    }

    .base {
      display: grid;
      gap: ${space.m};
      background: ${color.surface};
      color: ${color.onSurface};
    }

    h3 {
      margin: 0;
      font-size: ${font.sizeL};
      font-weight: ${font.weightBold};
    }

    table {
      width: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }

    th,
    td {
      padding: var(--_cell-padding);
      border-block-end: 1px solid ${color.border};
      text-align: start;
      vertical-align: middle;
    }

    thead th {
      font-size: ${font.sizeS};
      font-weight: ${font.weightBold};
      color: ${color.muted};
    }

    tbody th {
      font-weight: ${font.weightRegular};
      overflow-wrap: anywhere;
    }

    .number {
      text-align: end;
    }

    .select {
      inline-size: 2.5rem;
    }

    td[data-access='none'] {
      color: ${color.muted};
    }

    .form {
      display: grid;
      gap: ${space.m};
    }

    .field-label,
    legend {
      display: block;
      font-size: ${font.sizeS};
      font-weight: ${font.weightBold};
      margin-block-end: ${space.xs};
    }

    .recipients {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.s};
      margin: 0;
      margin-block-end: ${space.s};
      padding: 0;
      list-style: none;
    }

    .recipient {
      display: inline-flex;
      align-items: center;
      gap: ${space.xs};
      padding-block: ${space.xs};
      padding-inline: ${space.s};
      border: 1px solid ${color.border};
      border-radius: ${radius.pill};
      background: ${color.surfaceRaised};
      overflow-wrap: anywhere;
    }

    .picker {
      position: relative;
      max-inline-size: 28rem;
    }

    input[type='text'] {
      box-sizing: border-box;
      inline-size: 100%;
      padding: ${space.s};
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
      background: ${color.surface};
      color: ${color.onSurface};
      font: inherit;
    }

    .hint,
    .search-status,
    .summary,
    .message {
      margin: 0;
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .search-status:empty {
      display: none;
    }

    .listbox {
      position: absolute;
      z-index: 1;
      inset-inline: 0;
      margin: 0;
      padding-block: ${space.xs};
      padding-inline: 0;
      max-block-size: var(--_listbox-max-height);
      overflow-y: auto;
      list-style: none;
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
      background: ${color.surface};
    }

    [role='option'] {
      display: grid;
      padding-block: ${space.xs};
      padding-inline: ${space.s};
      cursor: pointer;
      overflow-wrap: anywhere;
    }

    /* The active option is outlined and shaded, so it shows without colour alone. */
    [role='option'].active {
      background: ${color.surfaceRaised};
      outline-style: solid;
      outline-width: ${focusRing.width};
      outline-color: ${color.focus};
      outline-offset: calc(-1 * ${focusRing.width});
    }

    .option-detail {
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .permission {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.m};
      margin: 0;
      padding-block: ${space.s};
      padding-inline: ${space.m};
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
    }

    .permission label {
      display: inline-flex;
      align-items: center;
      gap: ${space.xs};
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      row-gap: ${space.s};
      column-gap: ${space.m};
    }

    button {
      font: inherit;
      font-size: ${font.sizeS};
      font-weight: ${font.weightBold};
      padding-block: ${space.xs};
      padding-inline: ${space.m};
      border: 1px solid ${color.primary};
      border-radius: ${radius.m};
      background: ${color.surface};
      color: ${color.primary};
      cursor: pointer;
    }

    button.primary,
    .error button {
      background: ${color.primary};
      color: ${color.onPrimary};
    }

    button[aria-disabled='true'],
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }

    button.remove {
      padding-block: 0;
      padding-inline: ${space.xs};
      border-color: transparent;
      border-radius: ${radius.pill};
      color: ${color.onSurface};
      background: transparent;
      line-height: 1;
    }

    button:focus-visible,
    input:focus-visible {
      outline-style: solid;
      outline-width: ${focusRing.width};
      outline-color: ${color.focus};
      outline-offset: ${focusRing.offset};
    }

    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.s};
    }

    progress {
      inline-size: 12rem;
    }

    .results {
      display: grid;
      gap: ${space.s};
    }

    .results p {
      margin: 0;
      font-weight: ${font.weightBold};
    }

    .results .failed {
      color: ${color.danger};
    }

    .results .succeeded {
      color: ${color.success};
    }

    .results ul {
      margin: 0;
      padding-inline-start: ${space.l};
      overflow-wrap: anywhere;
    }

    .results button {
      justify-self: start;
    }

    @media (forced-colors: active) {
      [role='option'].active {
        outline-color: Highlight;
      }
    }
  `,
];
