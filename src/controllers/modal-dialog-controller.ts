import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement } from '../components/deep-active-element.js';

/**
 * The life of an element's native modal `<dialog>` that other code opens with
 * `show(...)` (the invite and supervise dialogs):
 * - the element that had focus when it opened gets it back when it closes,
 *   done here rather than left to the browser, as engines have differed on
 *   where it goes; shown again while open, focus still goes back to the first opener;
 * - it closes for real when the element leaves the page: taken out, a modal
 *   dialog leaves the top layer but stays `open`;
 * - whatever closed it (Escape, the element, its removal), it settles once per
 *   opening: `isOpen` turns false, the host's `onSettled` runs, focus goes back.
 */
export class ModalDialogController implements ReactiveController {
  /** Open for the host's render: true from `open()` until the dialog has settled closed. */
  isOpen = false;
  #opener: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's `<dialog>`, once rendered. */
    private readonly dialog: () => HTMLDialogElement | null | undefined,
    /** Work of the host's to stop once the dialog has closed (a request under way). */
    private readonly onSettled: () => void = () => undefined,
  ) {
    host.addController(this);
  }

  /** Marks the dialog open (the host renders its content), then shows it modal once rendered. */
  async open(): Promise<void> {
    if (!this.isOpen) this.#opener = deepActiveElement();
    this.isOpen = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the dialog and settles at once, so the host reads closed as soon as this returns. */
  close(): void {
    const dialog = this.dialog();
    if (dialog?.open) dialog.close();
    this.#settle();
  }

  /** For the dialog's `close` event (Escape, a form's dialog method). */
  readonly onClose = (): void => {
    // The event is queued: an `open()` that came before it has shown the dialog again.
    if (this.dialog()?.open) return;
    this.#settle();
  };

  hostDisconnected(): void {
    // Settled now: the `close` event may only come once the host is back in the page.
    this.close();
  }

  #settle(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.host.requestUpdate();
    this.onSettled();
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  }
}
