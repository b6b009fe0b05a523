import { css } from 'lit';
import { color, focusRing, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const clientPickerStyles = [
  visuallyHidden,
  css`
    :host {
      --_max-height: var(--suite-client-picker-max-height, 20rem);

      display: block;
      color: ${color.onSurface};
      font-family: ${font.family};
      font-size: ${font.sizeM};
      line-height: ${font.lineHeight};
    }

    :host([hidden]) {
      display: none;
    }

    .base {
      display: grid;
      gap: ${space.s};
    }

    label {
      font-weight: ${font.weightBold};
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

    button {
      font: inherit;
      padding-block: ${space.xs};
      padding-inline: ${space.m};
      border: 1px solid ${color.primary};
      border-radius: ${radius.m};
      background: ${color.surface};
      color: ${color.primary};
      cursor: pointer;
    }

    button[aria-disabled='true'] {
      cursor: default;
      opacity: 0.6;
    }

    input:focus-visible,
    button:focus-visible,
    .listbox:focus-visible {
      outline-style: solid;
      outline-width: ${focusRing.width};
      outline-color: ${color.focus};
      outline-offset: ${focusRing.offset};
    }
  `,
];
