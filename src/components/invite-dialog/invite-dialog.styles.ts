import { css } from 'lit';
import { buttonStyles, choiceFieldStyles, focusStyles, modalDialogStyles, textFieldStyles } from '../../theming/element-styles.js';
import { color, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const inviteDialogStyles = [
  buttonStyles,
  textFieldStyles,
  choiceFieldStyles,
  focusStyles,
  modalDialogStyles,
  visuallyHidden,
  css`
    :host {
      --_dialog-width: var(--suite-invite-dialog-width, min(36rem, 100vw - 2rem));
      --_padding: var(--suite-invite-dialog-padding, ${space.l});

      display: contents;
      color: ${color.onSurface};
      font-family: ${font.family};
      font-size: ${font.sizeM};
      line-height: ${font.lineHeight};
    }

    .base {
      display: grid;
      gap: ${space.m};
      padding: var(--_padding);
    }

    .header {
      display: flex;
      align-items: start;
      justify-content: space-between;
      gap: ${space.m};
    }

    h2 {
      margin: 0;
      font-size: ${font.sizeL};
      font-weight: ${font.weightBold};
      overflow-wrap: anywhere;
    }

    .status:empty {
      display: none;
    }

    .status {
      margin: 0;
      color: ${color.muted};
    }

    form {
      display: grid;
      gap: ${space.m};
    }

    .field {
      display: grid;
      gap: ${space.xs};
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }

    legend,
    .stacked {
      font-weight: ${font.weightBold};
      padding: 0;
      margin-block-end: ${space.xs};
    }

    .choices {
      display: grid;
      gap: ${space.xs};
      max-block-size: 12rem;
      overflow: auto;
    }

    .choice {
      display: flex;
      align-items: center;
      gap: ${space.s};
      overflow-wrap: anywhere;
    }

    .nested {
      display: grid;
      gap: ${space.xs};
      padding-inline-start: calc(${space.l} + ${space.xs});
    }

    .pool {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: ${space.m};
    }

    .reason {
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .reason.full {
      color: ${color.danger};
    }

    .hint,
    .message {
      margin: 0;
      color: ${color.muted};
    }

    input:disabled {
      opacity: 0.6;
    }

    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      row-gap: ${space.s};
      column-gap: ${space.m};
      margin: 0;
      padding-block: ${space.s};
      padding-inline: ${space.m};
      border: 1px solid ${color.danger};
      border-radius: ${radius.m};
      background: ${color.surfaceRaised};
    }

    .error p {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .footer {
      display: flex;
      flex-wrap: wrap;
      justify-content: end;
      gap: ${space.s};
    }

    button.secondary,
    button.close {
      background: ${color.surface};
      color: ${color.primary};
    }

    button.close {
      border-color: transparent;
      padding-inline: ${space.s};
      font-size: ${font.sizeL};
      line-height: 1;
    }

    button[aria-disabled='true'] {
      cursor: progress;
    }
  `,
];
