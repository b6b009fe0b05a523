import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** An option's value and label. */
export type Choice = readonly [value: string, label: string];

/**
 * Writes a `<select>`'s options as plain `Option` elements, again only when the
 * list changes (another language's words, the agencies loaded), and sets the
 * choice. As a template each option cost the first render a template instance
 * and three bindings: about thirty of them, for lists that are closed.
 */
class SelectOptions extends Directive {
  /** The list last written (none yet). */
  private written?: string;

  render(_choices: readonly Choice[], _value: string): typeof noChange {
    return noChange;
  }

  override update({ element }: ElementPart, [choices, value]: Parameters<this['render']>): typeof noChange {
    const list = JSON.stringify(choices);
    if (list !== this.written) {
      this.written = list;
      element.replaceChildren(...choices.map(([option, label]) => new Option(label, option)));
    }
    (element as HTMLSelectElement).value = value;
    return noChange;
  }
}

export const selectOptions = directive(SelectOptions);
