import { SuiteUserExport } from './user-export.component.js';

export { SuiteUserExport };

SuiteUserExport.define('suite-user-export');

declare global {
  interface HTMLElementTagNameMap {
    'suite-user-export': SuiteUserExport;
  }
}
