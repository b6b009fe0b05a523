/**
 * Bare candidate: @lit-labs/virtualizer (`virtualize` directive, the host is
 * the scroller) over the same array, five text cells per row. No paging, no
 * header, no ARIA: a floor for what a virtualizer costs, not a table.
 */
import { html, render } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { User } from '../../../src/api/schemas/user.js';
import { COLUMNS } from '../data.js';
import { runBench } from '../harness.js';

let host: HTMLElement;
const row = (user: User) => html`<div class="row">${COLUMNS.map((c) => html`<div class="cell">${c.text(user)}</div>`)}</div>`;
void runBench('lit-virtualizer', {
  themeProperties: ['--bench-surface', '--bench-text', '--bench-border'],
  host: () => host,
  attach(container, { users }) {
    host = document.createElement('div');
    host.className = 'bare';
    container.append(host);
    render(html`${virtualize({ items: users, renderItem: row, scroller: true })}`, host);
  },
});
