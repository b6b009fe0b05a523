import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names: `--_fill`, `background`. */
export type StyleProperties = Readonly<Record<string, string>>;

/**
 * `style=${styleProperties({ '--_fill': '40%' })}`: sets each property through
 * the CSSOM (`style.setProperty`), from the first render on. Lit's `styleMap`
 * writes its first render as a `style` attribute string, which a page's
 * `style-src` without `'unsafe-inline'` refuses (a CSP violation, and the
 * style is lost); CSSOM writes are not inline styles and are always allowed.
 */
class StylePropertiesDirective extends Directive {
  private applied: readonly string[] = [];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleProperties() is the whole value of a style attribute');
    }
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.applied = Object.keys(properties);
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
