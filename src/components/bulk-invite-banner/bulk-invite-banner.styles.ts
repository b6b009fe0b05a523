import { css } from 'lit';
import { buttonStyles, dataTableStyles, focusStyles, hostStyles } from '../../theming/element-styles.js';
import { color, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const bulkInviteBannerStyles = [
  hostStyles,
  buttonStyles,
  focusStyles,
  dataTableStyles,
  visuallyHidden,
  css`
    :host {
      --_list-height: var(--suite-bulk-invite-banner-list-height, 16rem);
      --_accent: var(--suite-bulk-invite-banner-accent, ${color.primary});
    }

    .base {
      display: grid;
      gap: ${space.s};
      padding: ${space.m};
      border: 1px solid ${color.border};
      border-inline-start: 0.375rem solid var(--_accent);
      border-radius: ${radius.m};
      background: ${color.surfaceRaised};
      color: ${color.onSurface};
    }

    .header {
      display: flex;
      align-items: start;
      justify-content: space-between;
      gap: ${space.m};
    }

    h2,
    h3 {
      margin: 0;
      font-weight: ${font.weightBold};
    }

    h2 {
      font-size: ${font.sizeL};
    }

    h3 {
      font-size: ${font.sizeM};
    }

    p {
      margin: 0;
    }

    .message {
      color: ${color.muted};
    }

    .summary {
      font-weight: ${font.weightBold};
    }

    .warning {
      color: ${color.warning};
      font-weight: ${font.weightBold};
    }

    .list {
      display: grid;
      gap: ${space.s};
      margin: 0;
      padding: 0;
      list-style: none;
      max-block-size: var(--_list-height);
      overflow: auto;
    }

    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      row-gap: ${space.xs};
      column-gap: ${space.m};
      padding-block: ${space.xs};
      padding-inline: 0;
      border-block-end: 1px solid ${color.border};
    }

    .who {
      flex: 1 1 12rem;
      overflow-wrap: anywhere;
    }

    .login {
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    .inline {
      display: flex;
      gap: ${space.s};
      flex: 1 1 18rem;
    }

    input {
      flex: 1;
      font: inherit;
      padding-block: ${space.xs};
      padding-inline: ${space.s};
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
      background: ${color.surface};
      color: ${color.onSurface};
    }

    input[aria-invalid='true'] {
      border: 2px solid ${color.danger};
    }

    .field-error {
      flex-basis: 100%;
      color: ${color.danger};
      font-size: ${font.sizeS};
      font-weight: ${font.weightBold};
      overflow-wrap: anywhere;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      row-gap: ${space.s};
      column-gap: ${space.m};
    }

    progress {
      inline-size: 12rem;
    }

    .scroller {
      max-block-size: var(--_list-height);
      overflow: auto;
    }

    table {
      background: ${color.surface};
    }

    th,
    td {
      overflow-wrap: anywhere;
    }

    tbody th {
      font-weight: ${font.weightRegular};
    }

    .outcome.sent {
      color: ${color.success};
    }

    .outcome.failed {
      color: ${color.danger};
      font-weight: ${font.weightBold};
    }

    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      row-gap: ${space.s};
      column-gap: ${space.m};
      padding-block: ${space.s};
      padding-inline: ${space.m};
      border: 1px solid ${color.danger};
      border-radius: ${radius.m};
      background: ${color.surface};
    }

    button.secondary,
    button.dismiss {
      background: ${color.surface};
      color: ${color.primary};
    }

    button.dismiss {
      border-color: transparent;
      background: transparent;
      padding-inline: ${space.s};
      font-size: ${font.sizeL};
      line-height: 1;
    }

    button[aria-disabled='true'] {
      cursor: progress;
    }
  `,
];
