import { LitElement } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { catalogueLoads } from '../controllers/localize-controller.js';

/**
 * The one base every Suite element extends: registration that survives the kit
 * being loaded twice, and a `lang` that re-renders. Each element adds its own
 * `LocalizeController` with its own messages, so it bundles only its words. Behaviour beyond that goes into
 * controllers, not into more base classes or mixins.
 */
export class SuiteElement extends LitElement {
  /**
   * Registers the element under `tag`. A partner page may load the kit twice
   * (two bundles, two versions): when the tag is already taken this warns
   * instead of throwing, so the second copy does not break the page.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag);
    if (existing) {
      if (existing !== this) {
        console.warn(`<${tag}> is already defined by another class (is Suite Kit loaded twice?); keeping the first definition.`);
      }
      return;
    }
    try {
      registry.define(tag, this);
    } catch (error) {
      // A constructor may be registered once per registry; a second tag for the
      // same class (a host's alias) gets a trivial subclass instead.
      if (error instanceof DOMException && error.name === 'NotSupportedError') {
        registry.define(tag, class extends this {});
      } else {
        throw error;
      }
    }
  }

  /**
   * Declared so that changing `lang` re-renders in the new language. Reflected
   * so that setting the property behaves like the attribute. No default: a
   * reflected `''` would write `lang=""` and hide the ancestors' language.
   */
  @property({ reflect: true }) override lang!: string;

  /** Changes held back while the element was out of the document, replayed when it comes back. */
  #heldChanges: Map<PropertyKey, unknown> | undefined;

  /**
   * No update while out of the document. A parent's render may remove a child
   * that has an update queued (say, the api it consumes by context changed a
   * moment before, together with the client): that update would load data for
   * a client the page no longer shows, with the new admin's token. The changes
   * are kept and replayed if the element is attached again.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.isConnected) return super.shouldUpdate(changed);
    // The first old value of a property wins: it is what the element last rendered with.
    this.#heldChanges = new Map([...changed, ...(this.#heldChanges ?? [])]);
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const held = this.#heldChanges;
    this.#heldChanges = undefined;
    for (const [name, oldValue] of held ?? []) this.requestUpdate(name, oldValue);
  }

  /**
   * Also waits for the words of a language loaded on first use (and the render
   * that follows), so `await el.updateComplete` means "shown in its language".
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = catalogueLoads(this); pending.length > 0; pending = catalogueLoads(this)) {
      await Promise.all(pending);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
