import { css } from 'lit';
import { buttonStyles, calloutStyles, focusStyles, hostStyles } from '../../theming/element-styles.js';
import { color, font, radius, space } from '../../theming/tokens.js';

export const moduleTogglesStyles = [
  hostStyles,
  buttonStyles,
  calloutStyles,
  focusStyles,
  css`
    :host {
      --_track-width: var(--suite-module-toggles-track-width, 2.75rem);
    }

    .base {
      display: flex;
      flex-direction: column;
      gap: ${space.m};
      background: ${color.surface};
      color: ${color.onSurface};
    }

    .heading {
      margin: 0;
      font-size: ${font.sizeL};
      font-weight: ${font.weightBold};
    }

    .intro,
    .message {
      margin: 0;
      color: ${color.muted};
    }

    /* One grid for all rows (subgrid), so switches, texts and reset buttons line up whatever each row holds. */
    .list {
      display: grid;
      grid-template-columns: minmax(14rem, max-content) minmax(0, 1fr) auto;
      column-gap: ${space.m};
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .module {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      align-items: center;
      padding-block: ${space.s};
      border-block-end: 1px solid ${color.border};
    }

    .reset {
      grid-column: 3;
    }

    /* The switch is a button too: it drops the shared button look. */
    .switch,
    .switch:hover,
    .switch:active {
      display: flex;
      align-items: center;
      gap: ${space.s};
      padding: ${space.xs};
      border: 0;
      border-radius: ${radius.m};
      background: none;
      color: inherit;
      font: inherit;
      font-weight: ${font.weightBold};
      text-align: start;
      cursor: pointer;
    }

    .switch .label {
      flex: 1;
    }

    .track {
      position: relative;
      flex: none;
      inline-size: var(--_track-width);
      block-size: 1.5rem;
      border: 2px solid ${color.border};
      border-radius: ${radius.pill};
      background: ${color.surface};
      box-sizing: border-box;
    }

    .thumb {
      position: absolute;
      inset-block-start: 2px;
      inset-inline-start: 2px;
      inline-size: 1rem;
      block-size: 1rem;
      border-radius: 50%;
      background: ${color.border};
      transition: inset-inline-start 120ms ease-out;
    }

    .switch[aria-checked='true'] .track {
      border-color: ${color.primary};
      background: ${color.primary};
    }

    .switch[aria-checked='true'] .thumb {
      background: ${color.onPrimary};
      /* A logical offset: the thumb goes to the end side, the right in ltr and the left in rtl. */
      inset-inline-start: calc(var(--_track-width) - 1.5rem + 2px);
    }

    .switch[aria-checked='true']:hover .track {
      background: ${color.primaryHover};
    }

    .switch[aria-disabled='true'] {
      cursor: not-allowed;
    }

    .state {
      min-inline-size: 5.5em;
      font-weight: ${font.weightRegular};
      font-size: ${font.sizeS};
    }

    .details p {
      margin: 0;
      font-size: ${font.sizeS};
    }

    .source {
      color: ${color.muted};
    }

    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.m};
    }

    .status {
      margin: 0;
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    .conflict {
      flex-direction: column;
      align-items: stretch;
      gap: ${space.s};
      border: 2px solid ${color.warning};
    }

    .conflict h3,
    .conflict h4,
    .conflict ul {
      margin: 0;
    }

    .conflict h3 {
      font-size: ${font.sizeM};
    }

    .conflict h4 {
      font-size: ${font.sizeS};
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.s};
    }

    button:not(.switch) {
      font-size: ${font.sizeS};
      white-space: nowrap;
    }

    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }

    @media (max-width: 40rem) {
      .list {
        grid-template-columns: minmax(0, 1fr);
      }
      .reset {
        grid-column: 1;
        justify-self: start;
      }
    }

    @media (forced-colors: active) {
      .track {
        border-color: CanvasText;
      }
      .thumb {
        background: CanvasText;
      }
      .switch[aria-checked='true'] .track {
        background: Highlight;
        border-color: Highlight;
      }
      .switch[aria-checked='true'] .thumb {
        background: HighlightText;
      }
    }
  `,
];
