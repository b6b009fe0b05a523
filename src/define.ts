/** Registers every element under its `suite-*` tag; loading it twice only warns. */
import './components/licence-meter/licence-meter.js';
import './components/invite-dialog/invite-dialog.js';
import './components/bulk-invite-banner/bulk-invite-banner.js';
import './components/team-capabilities/team-capabilities.js';
import './components/address-book-sharing/address-book-sharing.js';
import './components/user-panel/user-panel.js';
import './components/user-table/user-table.js';
import './components/user-admin/user-admin.js';
import './components/user-export/user-export.js';
import './components/selfcare-dashboard/selfcare-dashboard.js';
import './components/module-toggles/module-toggles.js';
import './components/client-picker/client-picker.js';
import './components/branding-editor/branding-editor.js';
import './components/user-import/user-import.js';
import './components/supervise-dialog/supervise-dialog.js';
import './components/supervision-frame/supervision-frame.js';
import './components/audit-log/audit-log.js';

export * from './index.js';
