/**
 * The element that has focus, looking inside open shadow roots: the opener of
 * a dialog often lives in another element's shadow root, where
 * `document.activeElement` only names that element's host.
 */
export function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
