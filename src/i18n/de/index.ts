import type { KitCatalogue } from '../catalogue.js';
import { addressBookSharingDe } from './address-book-sharing.js';
import { auditLogDe } from './audit-log.js';
import { brandingEditorDe } from './branding-editor.js';
import { bulkInviteBannerDe } from './bulk-invite-banner.js';
import { clientPickerDe } from './client-picker.js';
import { commonDe } from './common.js';
import { importTemplateDe } from './import-template.js';
import { inviteDialogDe } from './invite-dialog.js';
import { licenceMeterDe } from './licence-meter.js';
import { moduleTogglesDe } from './module-toggles.js';
import { modulesDe } from './modules.js';
import { selfcareDashboardDe } from './selfcare-dashboard.js';
import { superviseDialogDe } from './supervise-dialog.js';
import { supervisionFrameDe } from './supervision-frame.js';
import { teamCapabilitiesDe } from './team-capabilities.js';
import { userAdminDe } from './user-admin.js';
import { userExportDe } from './user-export.js';
import { userImportDe } from './user-import.js';
import { userPanelDe } from './user-panel.js';
import { userTableDe } from './user-table.js';

/** Every area's German words: loaded as one module the first time an element shows German. */
export const catalogue: KitCatalogue = {
  addressBookSharing: addressBookSharingDe,
  auditLog: auditLogDe,
  brandingEditor: brandingEditorDe,
  bulkInviteBanner: bulkInviteBannerDe,
  clientPicker: clientPickerDe,
  common: commonDe,
  importTemplate: importTemplateDe,
  inviteDialog: inviteDialogDe,
  licenceMeter: licenceMeterDe,
  moduleToggles: moduleTogglesDe,
  modules: modulesDe,
  selfcareDashboard: selfcareDashboardDe,
  superviseDialog: superviseDialogDe,
  supervisionFrame: supervisionFrameDe,
  teamCapabilities: teamCapabilitiesDe,
  userAdmin: userAdminDe,
  userExport: userExportDe,
  userImport: userImportDe,
  userPanel: userPanelDe,
  userTable: userTableDe,
};
