/**
 * `<suite-user-table>` plus what @tanstack/virtual-core would add to it if it
 * drove the rows (the parts the table would call). Not shipped: `npm run size`
 * prints its first load next to the table's, for the README's "Why the table
 * has no virtualizer library".
 */
import '../../../src/components/user-table/user-table.js';

export { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
