import { css } from 'lit';
import { errorBoxStyles, hostStyles } from '../../theming/element-styles.js';
import { color, focusRing, font, radius, space } from '../../theming/tokens.js';

export const teamCapabilitiesStyles = [
  hostStyles,
  errorBoxStyles,
  css`
    :host {
      /* Component tokens, read once into private locals. */
      --_switch-width: var(--suite-team-capabilities-switch-width, 2.75rem);
      --_switch-on: var(--suite-team-capabilities-switch-on, ${color.primary});
      --_switch-off: var(--suite-team-capabilities-switch-off, ${color.track});
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

    .counter {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.l};
      margin: 0;
      font-variant-numeric: tabular-nums;
    }

    .counter dt {
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .counter dd {
      margin: 0;
      font-weight: ${font.weightBold};
    }

    .counter dd.over {
      color: ${color.danger};
    }

    .capability {
      display: grid;
      gap: ${space.xs};
    }

    .capability p {
      margin: 0;
      font-size: ${font.sizeS};
    }

    .description {
      color: ${color.muted};
    }

    .reason {
      color: ${color.danger};
    }

    .switch {
      display: inline-flex;
      align-items: center;
      gap: ${space.s};
      justify-self: start;
      padding: ${space.xs};
      border: 0;
      border-radius: ${radius.m};
      background: transparent;
      color: inherit;
      font: inherit;
      font-weight: ${font.weightBold};
      cursor: pointer;
    }

    .switch[aria-disabled='true'] {
      cursor: not-allowed;
    }

    .switch[aria-disabled='true'] .track {
      opacity: 0.6;
    }

    .switch:focus-visible,
    button:focus-visible {
      outline-style: solid;
      outline-width: ${focusRing.width};
      outline-color: ${color.focus};
      outline-offset: ${focusRing.offset};
    }

    .track {
      position: relative;
      flex: none;
      inline-size: var(--_switch-width);
      block-size: 1.5rem;
      border: 1px solid ${color.border};
      border-radius: ${radius.pill};
      background: var(--_switch-off);
    }

    .thumb {
      position: absolute;
      inset-block-start: 50%;
      inset-inline-start: 0.1875rem;
      inline-size: 1.125rem;
      block-size: 1.125rem;
      border-radius: 50%;
      background: ${color.surface};
      border: 1px solid ${color.border};
      transform: translateY(-50%);
      transition: inset-inline-start 120ms ease-out;
    }

    /* The thumb's side and the On/Off word say the state; colour only adds to them. */
    .switch[aria-checked='true'] .track {
      background: var(--_switch-on);
      border-color: var(--_switch-on);
    }

    .switch[aria-checked='true'] .thumb {
      inset-inline-start: calc(100% - 1.125rem - 0.1875rem);
    }

    .state {
      font-weight: ${font.weightRegular};
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .message,
    .feedback {
      margin: 0;
      color: ${color.muted};
    }

    .feedback:empty {
      display: none;
    }

    .feedback.error {
      color: ${color.danger};
      font-weight: ${font.weightBold};
    }

    .error button {
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

    @media (prefers-reduced-motion: reduce) {
      .thumb {
        transition: none;
      }
    }

    @media (forced-colors: active) {
      .switch[aria-checked='true'] .track {
        background: Highlight;
      }
    }
  `,
];
