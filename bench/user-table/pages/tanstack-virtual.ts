/**
 * Bare candidate: @tanstack/virtual-core (framework-free core) over the same
 * array, rows rendered with lit `render()` on each change, absolutely
 * positioned in a sized spacer. No paging, no header, no ARIA.
 */
import { html, render } from 'lit';
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import type { User } from '../../../src/api/schemas/user.js';
import { COLUMNS } from '../data.js';
import { runBench } from '../harness.js';

const ROW_HEIGHT = 36;
let host: HTMLElement;
void runBench('tanstack-virtual', {
  themeProperties: ['--bench-surface', '--bench-text', '--bench-border'],
  host: () => host,
  attach(container, { users }) {
    host = document.createElement('div');
    host.className = 'bare tanstack';
    container.append(host);
    const paint = (v: Virtualizer<HTMLElement, Element>) =>
      render(
        html`<div class="spacer" style="height:${v.getTotalSize()}px">
          ${v.getVirtualItems().map((item) => {
            const user: User = users[item.index]!;
            return html`<div class="row" style="transform:translateY(${item.start}px)">
              ${COLUMNS.map((c) => html`<div class="cell">${c.text(user)}</div>`)}
            </div>`;
          })}
        </div>`,
        host,
      );
    const virtualizer = new Virtualizer<HTMLElement, Element>({
      count: users.length,
      getScrollElement: () => host,
      estimateSize: () => ROW_HEIGHT,
      overscan: 5,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      onChange: (v) => paint(v),
    });
    virtualizer._didMount();
    virtualizer._willUpdate();
    paint(virtualizer);
  },
});
