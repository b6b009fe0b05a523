import { css } from 'lit';
import { hostStyles } from '../../theming/element-styles.js';
import { color, focusRing, font, radius, space } from '../../theming/tokens.js';

export const userExportStyles = [
  hostStyles,
  css`
    .base {
      display: grid;
      gap: ${space.s};
      padding: ${space.m};
      border: 1px solid ${color.border};
      border-radius: ${radius.m};
      background: ${color.surfaceRaised};
    }

    h3 {
      margin: 0;
      font-size: ${font.sizeM};
      font-weight: ${font.weightBold};
    }

    .hint {
      margin: 0;
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: ${space.m};
    }

    .formats {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.m};
      margin: 0;
      padding: 0;
      border: 0;
    }

    legend {
      padding: 0;
      margin-block-end: ${space.xs};
      font-weight: ${font.weightBold};
    }

    .choice {
      display: inline-flex;
      align-items: center;
      gap: ${space.xs};
    }

    .field {
      display: grid;
      gap: ${space.xs};
    }

    .field > span {
      font-weight: ${font.weightBold};
    }

    select,
    button {
      font: inherit;
      border: 1px solid ${color.border};
      color: ${color.onSurface};
      background: ${color.surface};
    }

    select {
      padding: ${space.xs};
      border-radius: ${radius.s};
    }

    button {
      padding-block: ${space.xs};
      padding-inline: ${space.m};
      border-radius: ${radius.m};
      cursor: pointer;
    }

    button.start {
      border-color: ${color.primary};
      background: ${color.primary};
      color: ${color.onPrimary};
    }

    button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.7;
    }

    button:focus-visible,
    input:focus-visible,
    select:focus-visible {
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
      inline-size: min(24rem, 100%);
    }

    .status:empty {
      display: none;
    }

    .status,
    .error p {
      margin: 0;
    }

    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.s};
      color: ${color.danger};
    }
  `,
];
