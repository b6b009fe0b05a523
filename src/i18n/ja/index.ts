import type { KitCatalogue } from '../catalogue.js';
import { addressBookSharingJa } from './address-book-sharing.js';
import { auditLogJa } from './audit-log.js';
import { brandingEditorJa } from './branding-editor.js';
import { bulkInviteBannerJa } from './bulk-invite-banner.js';
import { clientPickerJa } from './client-picker.js';
import { commonJa } from './common.js';
import { importTemplateJa } from './import-template.js';
import { inviteDialogJa } from './invite-dialog.js';
import { licenceMeterJa } from './licence-meter.js';
import { moduleTogglesJa } from './module-toggles.js';
import { modulesJa } from './modules.js';
import { selfcareDashboardJa } from './selfcare-dashboard.js';
import { superviseDialogJa } from './supervise-dialog.js';
import { supervisionFrameJa } from './supervision-frame.js';
import { teamCapabilitiesJa } from './team-capabilities.js';
import { userAdminJa } from './user-admin.js';
import { userExportJa } from './user-export.js';
import { userImportJa } from './user-import.js';
import { userPanelJa } from './user-panel.js';
import { userTableJa } from './user-table.js';

/** Every area's Japanese words: loaded as one module the first time an element shows Japanese. */
export const catalogue: KitCatalogue = {
  addressBookSharing: addressBookSharingJa,
  auditLog: auditLogJa,
  brandingEditor: brandingEditorJa,
  bulkInviteBanner: bulkInviteBannerJa,
  clientPicker: clientPickerJa,
  common: commonJa,
  importTemplate: importTemplateJa,
  inviteDialog: inviteDialogJa,
  licenceMeter: licenceMeterJa,
  moduleToggles: moduleTogglesJa,
  modules: modulesJa,
  selfcareDashboard: selfcareDashboardJa,
  superviseDialog: superviseDialogJa,
  supervisionFrame: supervisionFrameJa,
  teamCapabilities: teamCapabilitiesJa,
  userAdmin: userAdminJa,
  userExport: userExportJa,
  userImport: userImportJa,
  userPanel: userPanelJa,
  userTable: userTableJa,
};
