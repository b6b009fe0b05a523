// The user filter is a <suite-user-picker>: registering the log registers it too.
import '../user-panel/user-picker.js';
import { SuiteAuditLog } from './audit-log.component.js';

export { SuiteAuditLog };

SuiteAuditLog.define('suite-audit-log');

declare global {
  interface HTMLElementTagNameMap {
    'suite-audit-log': SuiteAuditLog;
  }
}
