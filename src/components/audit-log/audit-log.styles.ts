import { css } from 'lit';
import { buttonStyles, choiceFieldStyles, dataTableStyles, errorBoxStyles, focusStyles, hostStyles, textFieldStyles } from '../../theming/element-styles.js';
import { color, font, radius, space } from '../../theming/tokens.js';

export const auditLogStyles = [
  hostStyles,
  buttonStyles,
  textFieldStyles,
  choiceFieldStyles,
  errorBoxStyles,
  focusStyles,
  dataTableStyles,
  css`
    :host {
      /* Component tokens, read once into private locals. */
      --_cell-padding-block: var(--suite-audit-log-cell-padding-block, ${space.xs});
      --_cell-padding-inline: var(--suite-audit-log-cell-padding-inline, ${space.s});
      --_listbox-max-height: var(--suite-audit-log-listbox-max-height, 16rem);
    }

    [hidden] {
      display: none !important;
    }

    .base {
      display: grid;
      gap: ${space.m};
    }

    .heading {
      margin: 0;
      font-size: ${font.sizeL};
      font-weight: ${font.weightBold};
    }

    .filters {
      display: grid;
      gap: ${space.m};
      padding: ${space.m};
      border: 1px solid ${color.border};
      border-radius: ${radius.m};
      background: ${color.surfaceRaised};
    }

    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: ${space.m};
      align-items: start;
    }

    .field {
      display: grid;
      gap: ${space.xs};
    }

    .field > label,
    legend {
      font-weight: ${font.weightBold};
    }

    select,
    input[type='date'] {
      box-sizing: border-box;
      inline-size: 100%;
    }

    .hint {
      margin: 0;
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    /* The picker's listbox, exported as this element's part, keeps this element's token. */
    suite-user-picker::part(listbox) {
      max-block-size: var(--_listbox-max-height);
    }

    .actions-filter {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: ${space.xs};
      margin: 0;
      padding: ${space.s};
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
    }

    .choice {
      display: inline-flex;
      align-items: center;
      gap: ${space.xs};
    }

    .buttons,
    .export,
    .pagination {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.s};
    }

    .export progress {
      inline-size: min(16rem, 100%);
    }

    .export-status:empty {
      display: none;
    }

    .export-error {
      margin: 0;
      color: ${color.danger};
      font-weight: ${font.weightBold};
    }

    .count,
    .message {
      margin: 0;
    }

    .count {
      font-weight: ${font.weightBold};
    }

    .table-scroll {
      overflow-x: auto;
    }

    th,
    td {
      padding-block: var(--_cell-padding-block);
      padding-inline: var(--_cell-padding-inline);
      vertical-align: top;
      overflow-wrap: anywhere;
    }

    thead th {
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    td.at {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }

    td.action {
      display: grid;
      gap: ${space.xs};
      justify-items: start;
    }

    .during,
    td.details {
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .session-button {
      font-size: ${font.sizeS};
    }

    .session {
      display: grid;
      gap: ${space.s};
      padding: ${space.s};
      border-inline-start: 4px solid ${color.primary};
      background: ${color.surfaceRaised};
    }

    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: ${space.s};
      margin: 0;
    }

    .facts dt {
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .facts dd {
      margin: 0;
    }

    .session-heading {
      margin: 0;
      font-size: ${font.sizeM};
      font-weight: ${font.weightBold};
    }

    .session-actions {
      display: grid;
      gap: ${space.xs};
      margin: 0;
      padding-inline-start: ${space.l};
    }

    .session-actions li > * + * {
      margin-inline-start: ${space.s};
    }

    .session-details {
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    .page {
      font-variant-numeric: tabular-nums;
    }
  `,
];
