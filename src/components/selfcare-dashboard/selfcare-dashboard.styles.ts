import { css } from 'lit';
import { buttonStyles, calloutStyles, focusStyles, hostStyles } from '../../theming/element-styles.js';
import { color, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const selfcareDashboardStyles = [
  visuallyHidden,
  hostStyles,
  buttonStyles,
  calloutStyles,
  focusStyles,
  css`
    :host {
      --_logo-height: var(--suite-selfcare-dashboard-logo-height, 3rem);
      --_tile-min-width: var(--suite-selfcare-dashboard-tile-min-width, 14rem);
    }

    .base {
      display: flex;
      flex-direction: column;
      gap: ${space.l};
      background: ${color.surface};
      color: ${color.onSurface};
      padding-block-end: ${space.l};
    }

    .header {
      display: flex;
      align-items: center;
      gap: ${space.m};
      padding-block: ${space.m};
      padding-inline: ${space.l};
      background: ${color.headerBackground};
      color: ${color.onHeader};
    }

    .logo {
      display: block;
      block-size: var(--_logo-height);
      inline-size: auto;
      max-inline-size: calc(var(--_logo-height) * 4);
      object-fit: contain;
    }

    .default-logo svg {
      display: block;
      block-size: 100%;
      inline-size: var(--_logo-height);
    }

    .title {
      margin: 0;
      font-size: ${font.sizeL};
      font-weight: ${font.weightBold};
    }

    .callout {
      margin-inline: ${space.l};
    }

    .message-image {
      display: block;
      max-inline-size: min(100%, 20rem);
      max-block-size: 8rem;
      border-radius: ${radius.s};
      object-fit: cover;
    }

    .message-text {
      flex: 1 1 12rem;
    }

    .message a {
      margin-inline-start: ${space.xs};
      color: inherit;
      font-weight: ${font.weightBold};
      text-decoration: underline;
    }

    .modules {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(var(--_tile-min-width), 1fr));
      gap: ${space.m};
      margin: 0;
      margin-inline: ${space.l};
      padding: 0;
      list-style: none;
    }

    .tile {
      display: flex;
      flex-direction: column;
      gap: ${space.s};
      padding: ${space.m};
      border: 1px solid ${color.border};
      border-block-start-width: ${space.xs};
      border-block-start-color: ${color.primary};
      border-radius: ${radius.m};
      background: ${color.surfaceRaised};
    }

    .tile-title {
      margin: 0;
      font-size: ${font.sizeM};
      font-weight: ${font.weightBold};
    }

    .tile-content p {
      margin: 0;
    }

    .mobile-mention {
      margin-block-start: ${space.xs};
      font-weight: ${font.weightBold};
    }

    .status {
      margin: 0;
      margin-inline: ${space.l};
      color: ${color.muted};
    }

    @media (forced-colors: active) {
      .header {
        border-block-end: 1px solid CanvasText;
      }
    }
  `,
];
