import { css } from 'lit';
import { hostStyles } from '../../theming/host-styles.js';
import { color, focusRing, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const licenceMeterStyles = [
  visuallyHidden,
  hostStyles,
  css`
    :host {
      /* Component tokens, read once into private locals. */
      --_bar-height: var(--suite-licence-meter-bar-height, 0.5rem);
      --_bar-fill: var(--suite-licence-meter-bar-fill, ${color.primary});
      --_bar-fill-over: var(--suite-licence-meter-bar-fill-over, ${color.danger});
      --_bar-track: var(--suite-licence-meter-bar-track, ${color.track});
      --_cell-padding: var(--suite-licence-meter-cell-padding, ${space.s} ${space.m});
    }

    .base {
      background: ${color.surface};
      color: ${color.onSurface};
    }

    table {
      width: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }

    caption {
      text-align: start;
      font-size: ${font.sizeL};
      font-weight: ${font.weightBold};
      padding-block-end: ${space.s};
    }

    th,
    td {
      padding: var(--_cell-padding);
      border-block-end: 1px solid ${color.border};
      text-align: end;
      vertical-align: middle;
    }

    th:first-child {
      text-align: start;
    }

    thead th {
      font-size: ${font.sizeS};
      font-weight: ${font.weightBold};
      color: ${color.muted};
    }

    tbody th {
      font-weight: ${font.weightRegular};
    }

    .bar {
      display: block;
      margin-block-start: ${space.xs};
      block-size: var(--_bar-height);
      min-inline-size: 6rem;
      background: var(--_bar-track);
      border: 1px solid ${color.border};
      border-radius: ${radius.pill};
      overflow: hidden;
    }

    .bar-fill {
      display: block;
      block-size: 100%;
      inline-size: var(--_fill, 0%);
      background: var(--_bar-fill);
    }

    /* Over-allocation is also said in words; the stripes keep it visible without colour. */
    tr[data-status='over'] .bar-fill {
      background: repeating-linear-gradient(
        135deg,
        var(--_bar-fill-over) 0 0.375rem,
        ${color.onDanger} 0.375rem 0.5rem
      );
    }

    .over {
      color: ${color.danger};
      font-weight: ${font.weightBold};
    }

    .summary {
      margin: 0;
      margin-block-end: ${space.s};
      color: ${color.danger};
      font-weight: ${font.weightBold};
    }

    .message {
      margin: 0;
      padding: ${space.m} 0;
      color: ${color.muted};
    }

    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      row-gap: ${space.s};
      column-gap: ${space.m};
      padding: ${space.m};
      border: 1px solid ${color.danger};
      border-radius: ${radius.m};
      color: ${color.onSurface};
      background: ${color.surfaceRaised};
    }

    .error p {
      margin: 0;
      overflow-wrap: anywhere;
    }

    button {
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
      white-space: nowrap;
    }

    button:focus-visible {
      outline-style: solid;
      outline-width: ${focusRing.width};
      outline-color: ${color.focus};
      outline-offset: ${focusRing.offset};
    }

    @media (forced-colors: active) {
      .bar-fill {
        background: CanvasText;
      }
      tr[data-status='over'] .bar-fill {
        background: Highlight;
      }
    }
  `,
];
