import { css } from 'lit';
import { buttonStyles, focusStyles, hostStyles, textFieldStyles } from '../../theming/element-styles.js';
import { color, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const clientPickerStyles = [
  visuallyHidden,
  hostStyles,
  buttonStyles,
  textFieldStyles,
  focusStyles,
  css`
    :host {
      --_max-height: var(--suite-client-picker-max-height, 20rem);
    }

    .base {
      display: grid;
      gap: ${space.s};
    }

    label {
      font-weight: ${font.weightBold};
    }

    .status {
      margin: 0;
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .status:empty {
      display: none;
    }

    .listbox {
      margin: 0;
      padding: ${space.xs};
      list-style: none;
      max-block-size: var(--_max-height);
      overflow-y: auto;
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
      background: ${color.surface};
    }

    .listbox[aria-busy='true'] {
      opacity: 0.7;
    }

    .option {
      display: grid;
      padding-block: ${space.xs};
      padding-inline: ${space.s};
      border: 2px solid transparent;
      border-radius: ${radius.s};
      cursor: pointer;
    }

    .option[aria-selected='true'] {
      background: ${color.surfaceRaised};
      border-inline-start-color: ${color.primary};
      font-weight: ${font.weightBold};
    }

    .listbox:focus-visible .option.active {
      border-color: ${color.focus};
    }

    .name {
      overflow-wrap: anywhere;
    }

    .detail {
      font-size: ${font.sizeS};
      font-weight: ${font.weightRegular};
      color: ${color.muted};
    }

    .pagination {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.s};
    }

    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.s};
      padding: ${space.s};
      border: 1px solid ${color.danger};
      border-radius: ${radius.m};
    }

    .error p {
      margin: 0;
    }

  `,
];
