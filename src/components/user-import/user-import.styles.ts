import { css } from 'lit';
import { buttonStyles, calloutStyles, choiceFieldStyles, dataTableStyles, focusStyles, hostStyles } from '../../theming/element-styles.js';
import { color, focusRing, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const userImportStyles = [
  visuallyHidden,
  hostStyles,
  buttonStyles,
  calloutStyles,
  choiceFieldStyles,
  focusStyles,
  dataTableStyles,
  css`
    :host {
      --_table-height: var(--suite-user-import-table-height, 28rem);
    }

    .base,
    .result,
    .problems,
    .server,
    .done,
    .templates,
    .drop-zone {
      display: grid;
      gap: ${space.m};
      min-inline-size: 0;
    }

    h2,
    h3,
    h4 {
      margin: 0;
      font-weight: ${font.weightBold};
      overflow-wrap: anywhere;
    }

    h2 {
      font-size: ${font.sizeL};
    }

    h3,
    h4 {
      font-size: ${font.sizeM};
    }

    p {
      margin: 0;
    }

    .hint,
    .message {
      color: ${color.muted};
    }

    .kind {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.m};
      margin: 0;
      padding: 0;
      border: 0;
    }

    .kind legend {
      font-weight: ${font.weightBold};
      padding: 0;
      margin-block-end: ${space.xs};
    }

    .choice {
      display: flex;
      align-items: center;
      gap: ${space.s};
    }

    .drop-zone {
      justify-items: start;
      padding: ${space.l};
      border: 2px dashed ${color.border};
      border-radius: ${radius.l};
      background: ${color.surfaceRaised};
    }

    .drop-zone.dragging {
      border-style: solid;
      border-color: ${color.primary};
    }

    .actions,
    .filters,
    .pages {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      row-gap: ${space.s};
      column-gap: ${space.m};
    }

    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.m};
    }

    progress {
      inline-size: min(20rem, 100%);
    }

    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.l};
      margin: 0;
      padding: 0;
      list-style: none;
      font-weight: ${font.weightBold};
    }

    .by-kind ul,
    .warning ul {
      margin: 0;
      padding-inline-start: ${space.l};
    }

    .ok {
      color: ${color.success};
    }

    .bad,
    .error-text {
      color: ${color.danger};
      font-weight: ${font.weightBold};
    }

    .warning {
      display: grid;
      gap: ${space.xs};
      padding-block: ${space.s};
      padding-inline: ${space.m};
      border: 1px solid ${color.warning};
      border-radius: ${radius.m};
    }

    .warning h4 {
      color: ${color.warning};
    }

    .filter {
      display: grid;
      gap: ${space.xs};
      font-weight: ${font.weightBold};
    }

    select {
      font-weight: ${font.weightRegular};
    }

    .table-scroll {
      max-block-size: var(--_table-height);
      overflow: auto;
    }

    table {
      background: ${color.surface};
    }

    th,
    td {
      vertical-align: top;
      overflow-wrap: anywhere;
    }

    thead th {
      position: sticky;
      inset-block-start: 0;
      background: ${color.surface};
    }

    tbody th {
      font-weight: ${font.weightRegular};
      font-variant-numeric: tabular-nums;
    }

    .value {
      max-inline-size: 20rem;
      white-space: pre-wrap;
    }

    .empty,
    .source,
    .ignored {
      color: ${color.muted};
    }

    .source {
      font-size: ${font.sizeS};
      margin-inline-start: ${space.xs};
    }

    details summary {
      cursor: pointer;
    }

    .header-table {
      margin-block-start: ${space.s};
    }

    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }

    button[aria-disabled='true'] {
      cursor: progress;
    }

    summary:focus-visible {
      outline-style: solid;
      outline-width: ${focusRing.width};
      outline-color: ${color.focus};
      outline-offset: ${focusRing.offset};
    }
  `,
];
