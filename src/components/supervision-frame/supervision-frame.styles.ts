import { css } from 'lit';
import { buttonStyles, calloutStyles, choiceFieldStyles, focusStyles, hostStyles } from '../../theming/element-styles.js';
import { color, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

/*
 * The banner and the border are what tells everyone a session is supervised:
 * a host may restyle them, not remove them. The rules that keep them there
 * carry !important inside the shadow root, which wins over the page's
 * ::part() rules even when those are !important too (CSS Cascade 5: for
 * important declarations the inner tree context wins).
 */
export const supervisionFrameStyles = [
  visuallyHidden,
  hostStyles,
  buttonStyles,
  calloutStyles,
  choiceFieldStyles,
  focusStyles,
  css`
    :host {
      /*
       * By default the theme's own text and surface colours, swapped: every theme keeps
       * that pair at 4.5:1 (test/node/themes.test.ts), light or dark, with no token of ours to define.
       */
      --_banner-background: var(--suite-supervision-banner-background, ${color.onSurface});
      --_banner-color: var(--suite-supervision-banner-color, ${color.surface});
      --_border-color: var(--suite-supervision-border-color, ${color.onSurface});
      /* Never thinner than 3px, whatever the theme says. */
      --_border-width: max(3px, var(--suite-supervision-border-width, 4px));

      block-size: var(--suite-supervision-frame-height, 100%);
      min-block-size: var(--suite-supervision-frame-min-height, 20rem);
      /* In a container of no set height, 100% is the content's height: the viewport caps it, so the content scrolls below the banner instead of the page scrolling the banner away. */
      max-block-size: 100dvh;
    }

    .frame {
      box-sizing: border-box;
      display: flex !important;
      flex-direction: column;
      block-size: 100%;
      min-block-size: inherit;
      max-block-size: inherit;
      border-style: solid !important;
      border-width: var(--_border-width) !important;
      border-color: var(--_border-color);
      visibility: visible !important;
      opacity: 1 !important;
      background: ${color.surface};
    }

    /* A flex item in the column, never an overlay: it takes its own room and cannot cover the focused element (WCAG 2.4.11). */
    .banner {
      flex: none;
      display: flex !important;
      flex-wrap: wrap;
      align-items: center;
      row-gap: ${space.s};
      column-gap: ${space.m};
      padding-block: ${space.s};
      padding-inline: ${space.m};
      background: var(--_banner-background);
      color: var(--_banner-color);
      position: static !important;
      visibility: visible !important;
      opacity: 1 !important;
      transform: none !important;
      filter: none !important;
      clip-path: none !important;
      mix-blend-mode: normal !important;
    }

    /* The built-in pair the banner falls back to when its themed colours read below 4.5:1 (14:1). */
    .banner.contrast-floor {
      background: #4a148c !important;
      color: #ffffff !important;
    }

    .banner.contrast-floor * {
      color: inherit !important;
      background: transparent !important;
      border-color: currentColor !important;
    }

    .banner-title {
      flex: 1 1 16rem;
      margin: 0;
      font-size: ${font.sizeM};
      font-weight: ${font.weightBold};
      overflow-wrap: anywhere;
    }

    .time-left {
      display: flex;
      gap: ${space.xs};
      align-items: baseline;
      margin: 0;
    }

    .timer {
      font-variant-numeric: tabular-nums;
      font-weight: ${font.weightBold};
    }

    /* The focus ring and Exit's outline in the banner's own text colour: they read wherever the text does. */
    .banner :focus-visible {
      outline-color: currentColor;
    }

    .banner button.exit {
      border: 2px solid currentColor;
      background: transparent;
      color: inherit;
    }

    .banner button.exit:hover,
    .banner button.exit:active {
      background: transparent;
      text-decoration: underline;
    }

    .end-error {
      flex: none;
      margin: ${space.s};
    }

    .content {
      flex: 1 1 auto;
      min-block-size: 0;
      overflow: auto;
      background: ${color.surface};
      color: ${color.onSurface};
    }

    .account {
      display: flex;
      flex-direction: column;
      gap: ${space.m};
      margin: ${space.l};
      padding: ${space.m};
      border: 1px solid ${color.border};
      border-radius: ${radius.m};
      background: ${color.surfaceRaised};
    }

    .account h2 {
      margin: 0;
      font-size: ${font.sizeL};
    }

    .fields {
      display: grid;
      grid-template-columns: max-content 1fr;
      row-gap: ${space.xs};
      column-gap: ${space.m};
      margin: 0;
    }

    .fields dt {
      font-weight: ${font.weightBold};
    }

    .fields dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .mail-language {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.s};
    }

    .blocked {
      display: grid;
      gap: ${space.s};
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .blocked li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      row-gap: ${space.xs};
      column-gap: ${space.m};
    }

    .reason,
    .status {
      margin: 0;
      color: ${color.muted};
    }

    .field-error {
      margin: 0;
      color: ${color.danger};
      font-weight: ${font.weightBold};
    }

    .ended {
      margin: ${space.l};
    }

    .message {
      margin: ${space.l};
    }

    iframe {
      display: block;
      box-sizing: border-box;
      inline-size: 100%;
      block-size: 100%;
      border: 0;
    }

    @media (forced-colors: active) {
      .frame {
        border-color: CanvasText !important;
      }

      .banner {
        border-block-end: 2px solid CanvasText;
      }
    }
  `,
];
