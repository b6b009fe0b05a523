import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleProperties } from '../style-properties.js';

/** The palette offered next to every colour field; names are looked up in the catalogue. */
export const PALETTE = [
  { key: 'blue', hex: '#1F5BD8' },
  { key: 'teal', hex: '#0F766E' },
  { key: 'green', hex: '#15803D' },
  { key: 'amber', hex: '#B45309' },
  { key: 'red', hex: '#B91C1C' },
  { key: 'violet', hex: '#6D28D9' },
  { key: 'black', hex: '#000000' },
  { key: 'white', hex: '#FFFFFF' },
] as const;
export type PaletteKey = (typeof PALETTE)[number]['key'];

export const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;

export interface ColorFieldOptions {
  /** Prefix of the ids inside the field (`primary` -> `primary-hex`). */
  id: string;
  /** The field's name, for the palette's legend. */
  label: string;
  /** The colour in effect, `#RRGGBB`. */
  value: string;
  /** What the admin is typing in the hex field while it is not a colour yet. */
  typed: string | undefined;
  error: string | undefined;
  words: { hex: string; picker: string; palette: string; swatch: (key: PaletteKey, hex: string) => string };
  /** A whole colour was chosen (swatch, picker, or a complete hex code). */
  onColor: (hex: string) => void;
  /** The hex field changed; `valid` says whether it holds a colour. */
  onTyped: (text: string, valid: boolean) => void;
}

/**
 * One colour, three ways kept in step: palette swatches (native radios, so
 * the arrow keys move between them), a hex field and the browser's colour
 * picker. A hex code reaches the draft only once it is a whole colour; until
 * then the field keeps what is typed and says what is wrong.
 */
export function renderColorField(options: ColorFieldOptions): TemplateResult {
  const { id, value, typed, error, words } = options;
  const current = value.toUpperCase();
  const errorId = `${id}-error`;
  return html`
    <div class="color-field">
      <fieldset class="swatches">
        <legend class="visually-hidden">${words.palette}: ${options.label}</legend>
        ${PALETTE.map(
          (swatch) => html`<input
            type="radio"
            class="swatch"
            name=${`${id}-swatch`}
            .value=${swatch.hex}
            .checked=${live(current === swatch.hex)}
            aria-label=${words.swatch(swatch.key, swatch.hex)}
            style=${styleProperties({ '--_swatch': swatch.hex })}
            @change=${() => options.onColor(swatch.hex)}
          />`,
        )}
      </fieldset>
      <div class="color-inputs">
        <label for=${`${id}-hex`}>${words.hex}</label>
        <input
          id=${`${id}-hex`}
          class="hex"
          type="text"
          autocomplete="off"
          spellcheck="false"
          maxlength="7"
          .value=${live(typed ?? current)}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? errorId : nothing}
          @input=${(event: Event) => {
            const text = (event.target as HTMLInputElement).value.trim();
            const valid = HEX_COLOR.test(text);
            options.onTyped(text, valid);
            if (valid) options.onColor(text.toUpperCase());
          }}
        />
        <label for=${`${id}-picker`}>${words.picker}</label>
        <input
          id=${`${id}-picker`}
          class="picker"
          type="color"
          .value=${live(current.toLowerCase())}
          @input=${(event: Event) => options.onColor((event.target as HTMLInputElement).value.toUpperCase())}
        />
      </div>
      ${error ? html`<p class="field-error" id=${errorId}>${error}</p>` : nothing}
    </div>
  `;
}
