import { SuiteSuperviseDialog } from './supervise-dialog.component.js';

export { SuiteSuperviseDialog };

SuiteSuperviseDialog.define('suite-supervise-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'suite-supervise-dialog': SuiteSuperviseDialog;
  }
}
