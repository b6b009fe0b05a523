import { css } from 'lit';
import { hostStyles } from '../../theming/element-styles.js';
import { color, focusRing, font, radius, space } from '../../theming/tokens.js';

export const userPickerStyles = [
  hostStyles,
  css`
    label {
      display: block;
      font-weight: ${font.weightBold};
      font-size: ${font.sizeS};
    }

    .hint {
      margin: 0;
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .control {
      position: relative;
    }

    input {
      box-sizing: border-box;
      inline-size: 100%;
      font: inherit;
      padding-block: ${space.xs};
      padding-inline: ${space.s};
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
      background: ${color.surface};
      color: ${color.onSurface};
    }

    input[aria-invalid='true'] {
      border-color: ${color.danger};
      border-width: 2px;
    }

    input:focus-visible {
      outline-style: solid;
      outline-width: ${focusRing.width};
      outline-color: ${color.focus};
      outline-offset: ${focusRing.offset};
    }

    .listbox {
      position: absolute;
      z-index: 1;
      inset-inline: 0;
      margin: 0;
      padding: 0;
      list-style: none;
      max-block-size: 16rem;
      overflow-y: auto;
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
      background: ${color.surface};
    }

    .listbox[hidden] {
      display: none;
    }

    .option {
      display: flex;
      flex-direction: column;
      padding-block: ${space.xs};
      padding-inline: ${space.s};
      cursor: pointer;
    }

    .option[aria-selected='true'] {
      background: ${color.primary};
      color: ${color.onPrimary};
    }

    .detail {
      font-size: ${font.sizeS};
    }

    .search-status {
      margin: 0;
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .error {
      margin: ${space.xs} 0 0;
      font-size: ${font.sizeS};
      color: ${color.danger};
      font-weight: ${font.weightBold};
    }

    @media (forced-colors: active) {
      .option[aria-selected='true'] {
        outline: 2px solid Highlight;
      }
    }
  `,
];
