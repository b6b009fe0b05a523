import { css } from 'lit';
import { buttonStyles, focusStyles, hostStyles, textFieldStyles } from '../../theming/element-styles.js';
import { color, font, radius, space, visuallyHidden } from '../../theming/tokens.js';

export const brandingEditorStyles = [
  visuallyHidden,
  hostStyles,
  buttonStyles,
  textFieldStyles,
  focusStyles,
  css`
    :host {
      --_preview-width: var(--suite-branding-editor-preview-width, min(100%, 28rem));
    }

    .base,
    .header,
    .form,
    .fields,
    .field,
    .message-fields,
    .color-group,
    .conflict {
      display: grid;
      gap: ${space.s};
    }

    .base {
      gap: ${space.m};
    }

    h2,
    h3,
    h4 {
      margin: 0;
      font-weight: ${font.weightBold};
    }

    h2 {
      font-size: ${font.sizeL};
    }

    h3 {
      font-size: ${font.sizeM};
    }

    h4 {
      font-size: ${font.sizeS};
    }

    p {
      margin: 0;
    }

    .scope,
    .hint {
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    .notice:empty {
      display: none;
    }

    .notice {
      padding: ${space.s};
      border-inline-start: 4px solid ${color.primary};
      background: ${color.surfaceRaised};
    }

    .request-error {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.s};
      align-items: center;
      padding: ${space.s};
      border: 1px solid ${color.danger};
      border-radius: ${radius.m};
    }

    .layout {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
      gap: ${space.l};
      align-items: start;
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }

    legend {
      padding: 0;
      font-weight: ${font.weightBold};
    }

    .field,
    .color-group,
    .conflict-field {
      padding: ${space.m};
      border: 1px solid ${color.border};
      border-radius: ${radius.m};
    }

    .colors {
      gap: ${space.m};
    }

    .source-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.s};
    }

    .source {
      font-size: ${font.sizeS};
      padding-inline: ${space.s};
      border-radius: ${radius.pill};
      background: ${color.surfaceRaised};
      color: ${color.onSurface};
    }

    .source[data-ownership='own'],
    .source[data-ownership='default'] {
      font-weight: ${font.weightBold};
    }

    .image-preview {
      display: flex;
      align-items: center;
      justify-content: center;
      min-block-size: 4rem;
      padding: ${space.s};
      border: 1px dashed ${color.border};
      border-radius: ${radius.s};
      background: ${color.surfaceRaised};
    }

    .image-preview img {
      max-inline-size: 100%;
      max-block-size: 8rem;
      object-fit: contain;
    }

    .placeholder {
      color: ${color.muted};
      font-size: ${font.sizeS};
    }

    .color-field {
      display: grid;
      gap: ${space.s};
    }

    .swatches {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.xs};
    }

    .swatch {
      appearance: none;
      margin: 0;
      inline-size: 1.75rem;
      block-size: 1.75rem;
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
      background: var(--_swatch);
      cursor: pointer;
    }

    .swatch:checked {
      outline: 3px solid ${color.onSurface};
      outline-offset: 2px;
    }

    .color-inputs {
      display: grid;
      grid-template-columns: auto 8rem;
      row-gap: ${space.xs};
      column-gap: ${space.s};
      align-items: center;
    }

    .picker {
      inline-size: 3rem;
      block-size: 2rem;
      padding: 0;
      border: 1px solid ${color.border};
      border-radius: ${radius.s};
      background: ${color.surface};
    }

    .gradient {
      display: grid;
      gap: ${space.s};
    }

    .gradient-sample {
      block-size: 2rem;
      border-radius: ${radius.s};
      border: 1px solid ${color.border};
    }

    .stop-label {
      font-weight: ${font.weightBold};
      font-size: ${font.sizeS};
    }

    .angle {
      display: flex;
      align-items: center;
      gap: ${space.s};
    }

    .choice {
      display: flex;
      align-items: center;
      gap: ${space.s};
    }

    .level {
      display: flex;
      flex-wrap: wrap;
      row-gap: ${space.s};
      column-gap: ${space.m};
    }

    .level legend {
      inline-size: 100%;
    }

    .counter {
      font-size: ${font.sizeS};
      color: ${color.muted};
    }

    .counter.over {
      color: ${color.danger};
      font-weight: ${font.weightBold};
    }

    .contrast {
      display: grid;
      gap: ${space.s};
      padding: ${space.s};
      border-radius: ${radius.s};
      background: ${color.surfaceRaised};
    }

    .contrast ul {
      margin: 0;
      padding-inline-start: ${space.m};
    }

    .contrast .verdict {
      font-weight: ${font.weightBold};
    }

    .contrast .fail .verdict,
    .contrast-summary.warning {
      color: ${color.danger};
    }

    .contrast-summary {
      font-weight: ${font.weightBold};
    }

    .contrast .pass .verdict {
      color: ${color.success};
    }

    .fixes {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.s};
    }

    .conflict {
      padding: ${space.m};
      border: 2px solid ${color.warning};
      border-radius: ${radius.m};
    }

    .swatch-chip {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      margin-inline-end: ${space.xs};
      vertical-align: middle;
      border: 1px solid ${color.border};
    }

    .thumbnail {
      max-block-size: 2.5rem;
      vertical-align: middle;
    }

    .preview {
      display: grid;
      gap: ${space.s};
      inline-size: var(--_preview-width);
    }

    .footer {
      display: flex;
      flex-wrap: wrap;
      justify-content: end;
      gap: ${space.s};
    }

    button {
      justify-self: start;
    }

    button.link,
    button.link:hover,
    button.link:active {
      padding: 0;
      border: 0;
      background: none;
      color: ${color.primary};
      font-size: ${font.sizeS};
      text-decoration: underline;
    }

    fieldset:disabled button,
    fieldset:disabled input {
      cursor: not-allowed;
    }
  `,
];
