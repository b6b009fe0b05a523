import { css } from 'lit';
import { dataTableStyles, focusStyles, hostStyles } from '../../theming/element-styles.js';
import { color, focusRing, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const userPanelStyles = [
  hostStyles,
  focusStyles,
  dataTableStyles,
  visuallyHidden,
  css`
    :host {
      /* Component tokens, read once into private locals. */
      --_gap: var(--suite-user-panel-gap, ${space.l});
      --_field-width: var(--suite-user-panel-field-width, 20rem);
      --_dialog-width: var(--suite-user-panel-dialog-width, 32rem);
    }

    .base {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
      padding: ${space.m};
      background: ${color.surface};
      color: ${color.onSurface};
    }

    h2,
    h3 {
      margin: 0;
    }

    h2 {
      font-size: ${font.sizeL};
      padding-inline-end: ${space.xl};
    }

    h3 {
      font-size: ${font.sizeM};
      margin-block-end: ${space.s};
    }

    h2:focus {
      outline: none;
    }

    h2:focus-visible {
      outline-style: solid;
      outline-width: ${focusRing.width};
      outline-color: ${color.focus};
      outline-offset: ${focusRing.offset};
    }

    .close-button {
      position: absolute;
      inset-block-start: ${space.s};
      inset-inline-end: ${space.s};
      min-inline-size: 2.25rem;
      min-block-size: 2.25rem;
      padding: 0;
      font-size: ${font.sizeL};
      line-height: 1;
      background: transparent;
      color: ${color.onSurface};
      border-color: ${color.border};
    }

    .meta {
      margin: ${space.xs} 0 0;
      display: flex;
      flex-wrap: wrap;
      gap: ${space.s};
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    .status {
      padding-inline: ${space.s};
      border: 1px solid currentColor;
      border-radius: ${radius.pill};
      color: ${color.onSurface};
      font-weight: ${font.weightBold};
    }

    .status[data-status='active'] {
      color: ${color.success};
    }

    .status[data-status='banned'],
    .status[data-status='closed'] {
      color: ${color.danger};
    }

    .status[data-status='invited'],
    .status[data-status='pending'] {
      color: ${color.warning};
    }

    .notice {
      margin: 0;
    }

    .notice:empty {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    .message {
      margin: 0;
      padding: ${space.m} 0;
      color: ${color.muted};
    }

    .locked {
      margin: 0;
      padding-block: ${space.s};
      padding-inline: ${space.m};
      border-inline-start: 4px solid ${color.warning};
      background: ${color.surfaceRaised};
    }

    .error,
    .summary {
      margin: 0;
      padding-block: ${space.s};
      padding-inline: ${space.m};
      border: 1px solid ${color.danger};
      border-radius: ${radius.m};
      background: ${color.surfaceRaised};
      color: ${color.onSurface};
      overflow-wrap: anywhere;
    }

    .error p,
    .summary p {
      margin: 0;
    }

    .summary ul {
      margin: ${space.xs} 0 0;
      padding-inline-start: ${space.l};
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.s};
    }

    .working {
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    .details {
      display: grid;
      gap: var(--_gap);
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    }

    dl {
      margin: 0;
      display: grid;
      gap: ${space.xs};
    }

    dt {
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .unset {
      color: ${color.muted};
      font-style: italic;
    }

    .form {
      display: flex;
      flex-direction: column;
      gap: ${space.m};
    }

    fieldset {
      margin: 0;
      padding-block-start: ${space.s};
      padding-inline: ${space.m};
      padding-block-end: ${space.m};
      border: 1px solid ${color.border};
      border-radius: ${radius.m};
      display: flex;
      flex-wrap: wrap;
      gap: ${space.m};
    }

    legend {
      font-weight: ${font.weightBold};
      padding-inline: ${space.xs};
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: ${space.xs};
      inline-size: var(--_field-width);
      max-inline-size: 100%;
    }

    .field label {
      font-size: ${font.sizeS};
      font-weight: ${font.weightBold};
    }

    .check {
      display: flex;
      flex-direction: row;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: ${space.s};
      inline-size: 100%;
    }

    .check .hint {
      flex-basis: 100%;
    }

    .hint {
      margin: 0;
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .field-error {
      margin: 0;
      font-size: ${font.sizeS};
      font-weight: ${font.weightBold};
      color: ${color.danger};
      flex-basis: 100%;
    }

    input,
    select,
    textarea {
      font: inherit;
      box-sizing: border-box;
      max-inline-size: 100%;
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

    .quota {
      display: flex;
      gap: ${space.xs};
    }

    .quota input {
      flex: 1;
      min-inline-size: 0;
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

    button.primary {
      background: ${color.primary};
      color: ${color.onPrimary};
    }

    button.danger {
      border-color: ${color.danger};
      background: ${color.danger};
      color: ${color.onDanger};
    }

    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }

    .form-buttons,
    .dialog-buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: ${space.s};
    }

    .team {
      border-block-start: 1px solid ${color.border};
      padding-block-start: ${space.m};
    }

    .dialog {
      inline-size: min(var(--_dialog-width), calc(100vw - 2 * ${space.m}));
      max-block-size: calc(100vh - 2 * ${space.m});
      padding: ${space.l};
      border: 1px solid ${color.border};
      border-radius: ${radius.l};
      background: ${color.surface};
      color: ${color.onSurface};
    }

    .dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }

    .dialog form,
    .dialog {
      display: flex;
      flex-direction: column;
      gap: ${space.m};
    }

    .dialog:not([open]) {
      display: none;
    }

    .dialog p {
      margin: 0;
    }

    .dialog .field {
      inline-size: 100%;
    }

    .table-scroll {
      max-block-size: 50vh;
      overflow: auto;
    }

    table {
      font-size: ${font.sizeS};
    }

    tr[data-granted='false'] td:nth-child(2) {
      color: ${color.muted};
    }

    .outcome {
      margin: 0;
      padding-inline-start: ${space.l};
    }
  `,
];
