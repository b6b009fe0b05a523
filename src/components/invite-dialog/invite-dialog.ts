import { SuiteInviteDialog } from './invite-dialog.component.js';

export { SuiteInviteDialog };

SuiteInviteDialog.define('suite-invite-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'suite-invite-dialog': SuiteInviteDialog;
  }
}
