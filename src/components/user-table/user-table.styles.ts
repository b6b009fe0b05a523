import { css } from 'lit';
import { hostStyles } from '../../theming/host-styles.js';
import { color, focusRing, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const userTableStyles = [
  visuallyHidden,
  hostStyles,
  css`
    :host {
      /* Component tokens, read once into private locals. */
      --_row-height: var(--suite-user-table-row-height, 2.75rem);
      --_height: var(--suite-user-table-height, 30rem);
      --_columns: var(--suite-user-table-columns, 2.75rem minmax(10rem, 2fr) minmax(10rem, 2fr) minmax(11.5rem, 1.4fr) minmax(7rem, 1fr) minmax(6rem, 1fr) 6.5rem);
      --_row-selected: var(--suite-user-table-row-selected, ${color.surfaceRaised});
    }

    .base {
      display: flex;
      flex-direction: column;
      gap: ${space.s};
      background: ${color.surface};
    }

    .toolbar,
    .bulk-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      row-gap: ${space.s};
      column-gap: ${space.m};
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: ${space.xs};
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .search {
      flex: 1 1 14rem;
    }

    input[type='search'],
    select {
      font: inherit;
      font-size: ${font.sizeM};
      color: ${color.onSurface};
      background: ${color.surface};
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
      padding-block: ${space.xs};
      padding-inline: ${space.s};
    }

    .bulk-bar {
      align-items: center;
      padding-block: ${space.s};
      padding-inline: ${space.m};
      border-radius: ${radius.m};
      background: ${color.surfaceRaised};
    }

    .count {
      font-weight: ${font.weightBold};
    }

    .bulk-status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      row-gap: ${space.s};
      column-gap: ${space.m};
      padding-block: ${space.s};
      padding-inline: ${space.m};
      border: 1px solid ${color.border};
      border-radius: ${radius.m};
    }

    .bulk-status p {
      margin: 0;
    }

    progress {
      flex: 1 1 10rem;
    }

    .failures {
      flex-basis: 100%;
      margin: 0;
      padding-inline-start: ${space.l};
      max-block-size: 12rem;
      overflow: auto;
      overflow-wrap: anywhere;
    }

    .who {
      font-weight: ${font.weightBold};
    }

    /* The grid scrolls; its header row sticks, so both share the scrollbar and the column widths. */
    .grid {
      position: relative;
      block-size: var(--_height);
      overflow: auto;
      border: 1px solid ${color.border};
      border-radius: ${radius.m};
    }

    .row {
      display: grid;
      grid-template-columns: var(--_columns);
      align-items: center;
      block-size: var(--_row-height);
      inline-size: 100%;
      box-sizing: border-box;
      border-block-end: 1px solid ${color.track};
    }

    .head {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      background: ${color.surface};
      border-block-end: 1px solid ${color.border};
    }

    .header {
      font-size: ${font.sizeS};
      font-weight: ${font.weightBold};
      color: ${color.muted};
    }

    /*
     * As tall as every row, with the rendered ones pushed down to their place
     * (block-size and padding-block-start, set by the element in rows): rows of
     * one fixed height need no measuring, and nothing here sizes itself from its content.
     */
    .body {
      box-sizing: border-box;
      block-size: 0;
      contain: size layout;
    }

    /* Not paint: nothing leaves a row (cells clip, rings are inside); a clip per row cost each frame. */
    .body > .row {
      contain: size layout style;
    }

    .row[aria-selected='true'] {
      background: var(--_row-selected);
    }

    .cell {
      min-inline-size: 0;
      padding-inline: ${space.s};
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }

    .cell.select {
      display: flex;
      justify-content: center;
    }

    .placeholder .cell {
      color: ${color.muted};
    }

    .muted {
      color: ${color.muted};
    }

    .sort,
    .name,
    .link {
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
      max-inline-size: 100%;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      text-align: start;
    }

    .sort {
      font-weight: ${font.weightBold};
    }

    .arrow {
      margin-inline-start: ${space.xs};
    }

    .name {
      color: ${color.primary};
      text-decoration: underline;
    }

    .link {
      color: ${color.primary};
      text-decoration: underline;
      font-size: ${font.sizeS};
    }

    .badge {
      display: inline-block;
      max-inline-size: 100%;
      overflow: hidden;
      text-overflow: ellipsis;
      padding: 0 ${space.s};
      border: 1px solid currentColor;
      border-radius: ${radius.pill};
      font-size: ${font.sizeS};
    }

    .badge[data-status='active'] {
      color: ${color.success};
    }

    .badge[data-status='invited'],
    .badge[data-status='pending'] {
      color: ${color.warning};
    }

    .badge[data-status='banned'],
    .badge[data-status='closed'] {
      color: ${color.danger};
    }

    .badge[data-status='inactive'] {
      color: ${color.muted};
    }

    .message {
      margin: 0;
      color: ${color.muted};
    }

    .message.error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.m};
      padding: ${space.m};
      border: 1px solid ${color.danger};
      border-radius: ${radius.m};
      color: ${color.onSurface};
    }

    .message.error p {
      margin: 0;
      overflow-wrap: anywhere;
    }

    button:not(.sort, .name, .link) {
      font: inherit;
      font-size: ${font.sizeS};
      font-weight: ${font.weightBold};
      padding-block: ${space.xs};
      padding-inline: ${space.m};
      border: 1px solid ${color.primary};
      border-radius: ${radius.m};
      background: ${color.primary};
      color: ${color.onPrimary};
      cursor: pointer;
    }

    button.danger {
      border-color: ${color.danger};
      background: ${color.danger};
      color: ${color.onDanger};
    }

    button.cancel {
      background: ${color.surface};
      color: ${color.primary};
    }

    button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }

    dialog {
      max-inline-size: min(32rem, 90vw);
      border: 1px solid ${color.border};
      border-radius: ${radius.l};
      padding: ${space.l};
      color: ${color.onSurface};
      background: ${color.surface};
    }

    dialog h2 {
      margin-block-start: 0;
      font-size: ${font.sizeL};
    }

    .names {
      overflow-wrap: anywhere;
    }

    .dialog-actions {
      display: flex;
      justify-content: end;
      gap: ${space.s};
    }

    :focus-visible,
    .grid:focus {
      outline-style: solid;
      outline-width: ${focusRing.width};
      outline-color: ${color.focus};
      outline-offset: calc(-1 * ${focusRing.width});
    }

    @media (forced-colors: active) {
      .row[aria-selected='true'] {
        outline: 2px solid Highlight;
        outline-offset: -2px;
      }
    }
  `,
];
