import { SuiteAuditLog } from './audit-log.component.js';

export { SuiteAuditLog };

SuiteAuditLog.define('suite-audit-log');

declare global {
  interface HTMLElementTagNameMap {
    'suite-audit-log': SuiteAuditLog;
  }
}
