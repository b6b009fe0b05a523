import { css } from 'lit';
import { buttonStyles, errorBoxStyles, focusStyles, modalDialogStyles, textFieldStyles } from '../../theming/element-styles.js';
import { color, font, space } from '../../theming/tokens.js';

export const superviseDialogStyles = [
  buttonStyles,
  textFieldStyles,
  errorBoxStyles,
  focusStyles,
  modalDialogStyles,
  css`
    :host {
      --_dialog-width: var(--suite-supervise-dialog-width, min(34rem, 100vw - 2rem));

      display: contents;
      color: ${color.onSurface};
      font-family: ${font.family};
      font-size: ${font.sizeM};
      line-height: ${font.lineHeight};
    }

    .base,
    form,
    .intro,
    .field {
      display: grid;
      gap: ${space.s};
    }

    .base {
      gap: ${space.m};
      padding: ${space.l};
    }

    h2 {
      margin: 0;
      font-size: ${font.sizeL};
      font-weight: ${font.weightBold};
      overflow-wrap: anywhere;
    }

    p {
      margin: 0;
      overflow-wrap: anywhere;
    }

    label {
      font-weight: ${font.weightBold};
    }

    .hint,
    .count {
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    .count {
      justify-self: end;
    }

    textarea {
      font: inherit;
      resize: vertical;
    }

    .footer {
      display: flex;
      flex-wrap: wrap;
      justify-content: end;
      gap: ${space.s};
    }

    button[aria-disabled='true'] {
      cursor: progress;
    }
  `,
];
