import '../licence-meter/licence-meter.js';
import '../user-table/user-table.js';
import { SuiteUserAdmin } from './user-admin.component.js';

export { SuiteUserAdmin };

// The first screen's parts are registered above; the others load on first use.
SuiteUserAdmin.define('suite-user-admin');

declare global {
  interface HTMLElementTagNameMap {
    'suite-user-admin': SuiteUserAdmin;
  }
}
