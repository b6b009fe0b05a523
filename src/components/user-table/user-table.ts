import { SuiteUserTable } from './user-table.component.js';

export { SuiteUserTable };

SuiteUserTable.define('suite-user-table');

declare global {
  interface HTMLElementTagNameMap {
    'suite-user-table': SuiteUserTable;
  }
}
