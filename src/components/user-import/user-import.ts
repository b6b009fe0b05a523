import { SuiteUserImport } from './user-import.component.js';

export { SuiteUserImport };

SuiteUserImport.define('suite-user-import');

declare global {
  interface HTMLElementTagNameMap {
    'suite-user-import': SuiteUserImport;
  }
}
