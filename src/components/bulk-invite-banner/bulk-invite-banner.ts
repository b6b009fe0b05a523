import { SuiteBulkInviteBanner } from './bulk-invite-banner.component.js';

export { SuiteBulkInviteBanner };

SuiteBulkInviteBanner.define('suite-bulk-invite-banner');

declare global {
  interface HTMLElementTagNameMap {
    'suite-bulk-invite-banner': SuiteBulkInviteBanner;
  }
}
