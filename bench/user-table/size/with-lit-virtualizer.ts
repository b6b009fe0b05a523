/**
 * `<suite-user-table>` plus what @lit-labs/virtualizer would add to it if it
 * drove the rows (the `virtualize` directive). Not shipped: `npm run size`
 * prints its first load next to the table's, for the README's "Why the table
 * has no virtualizer library".
 */
import '../../../src/components/user-table/user-table.js';

export { virtualize } from '@lit-labs/virtualizer/virtualize.js';
