import { css } from 'lit';
import { hostStyles } from '../../theming/host-styles.js';
import { color, focusRing, font, radius, space } from '../../theming/tokens.js';

export const userAdminStyles = [
  hostStyles,
  css`
    :host {
      --_panel-width: var(--suite-user-admin-panel-width, 28rem);
    }

    .base {
      display: flex;
      flex-direction: column;
      gap: ${space.m};
      background: ${color.surface};
    }

    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: ${space.m};
    }

    h2 {
      margin: 0;
      font-size: ${font.sizeL};
      font-weight: ${font.weightBold};
    }

    .signed-in {
      margin: 0;
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    suite-licence-meter {
      flex: 1 1 24rem;
      max-width: 40rem;
    }

    /* The toolbar and the table lay out in .base as before; hidden while supervising. */
    .administration:not([hidden]) {
      display: contents;
    }

    .notice {
      margin: 0;
    }

    /* Out of the flow while empty, yet rendered: a live region must exist before its words arrive. */
    .notice:empty {
      position: absolute;
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.s};
    }

    button {
      font: inherit;
      padding-block: ${space.xs};
      padding-inline: ${space.m};
      border: 1px solid ${color.border};
      border-radius: ${radius.m};
      background: ${color.surface};
      color: ${color.onSurface};
      cursor: pointer;
    }

    button.primary {
      border-color: ${color.primary};
      background: ${color.primary};
      color: ${color.onPrimary};
    }

    button:focus-visible,
    suite-bulk-invite-banner:focus-visible,
    .panel:focus-visible {
      outline-style: solid;
      outline-width: ${focusRing.width};
      outline-color: ${color.focus};
      outline-offset: ${focusRing.offset};
    }

    .workspace {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: ${space.m};
    }

    .workspace.with-panel {
      grid-template-columns: minmax(0, 1fr) minmax(0, var(--_panel-width));
    }

    /* Narrow hosts: the panel goes under the table rather than squeezing it. */
    @media (max-width: 60rem) {
      .workspace.with-panel {
        grid-template-columns: minmax(0, 1fr);
      }
    }

    .panel {
      border: 1px solid ${color.border};
      border-radius: ${radius.m};
      background: ${color.surface};
      padding: ${space.m};
    }

    .import-dialog {
      inline-size: min(64rem, 100vw - 2rem);
      max-block-size: calc(100vh - 2rem);
      padding: ${space.l};
      border: 1px solid ${color.border};
      border-radius: ${radius.l};
      background: ${color.surface};
      color: ${color.onSurface};
      font: inherit;
    }

    .import-dialog::backdrop {
      background: color-mix(in srgb, ${color.onSurface} 50%, transparent);
    }

    .dialog-header {
      display: flex;
      align-items: start;
      justify-content: space-between;
      gap: ${space.m};
      margin-block-end: ${space.m};
    }

    button.close {
      padding-inline: ${space.s};
      line-height: 1;
    }

    .message {
      margin: 0;
      color: ${color.muted};
    }

    .error {
      color: ${color.danger};
    }
  `,
];
