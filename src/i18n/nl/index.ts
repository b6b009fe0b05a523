import type { KitCatalogue } from '../catalogue.js';
import { addressBookSharingNl } from './address-book-sharing.js';
import { auditLogNl } from './audit-log.js';
import { brandingEditorNl } from './branding-editor.js';
import { bulkInviteBannerNl } from './bulk-invite-banner.js';
import { clientPickerNl } from './client-picker.js';
import { commonNl } from './common.js';
import { importTemplateNl } from './import-template.js';
import { inviteDialogNl } from './invite-dialog.js';
import { licenceMeterNl } from './licence-meter.js';
import { moduleTogglesNl } from './module-toggles.js';
import { modulesNl } from './modules.js';
import { selfcareDashboardNl } from './selfcare-dashboard.js';
import { superviseDialogNl } from './supervise-dialog.js';
import { supervisionFrameNl } from './supervision-frame.js';
import { teamCapabilitiesNl } from './team-capabilities.js';
import { userAdminNl } from './user-admin.js';
import { userExportNl } from './user-export.js';
import { userImportNl } from './user-import.js';
import { userPanelNl } from './user-panel.js';
import { userTableNl } from './user-table.js';

/** Every area's Dutch words: loaded as one module the first time an element shows Dutch. */
export const catalogue: KitCatalogue = {
  addressBookSharing: addressBookSharingNl,
  auditLog: auditLogNl,
  brandingEditor: brandingEditorNl,
  bulkInviteBanner: bulkInviteBannerNl,
  clientPicker: clientPickerNl,
  common: commonNl,
  importTemplate: importTemplateNl,
  inviteDialog: inviteDialogNl,
  licenceMeter: licenceMeterNl,
  moduleToggles: moduleTogglesNl,
  modules: modulesNl,
  selfcareDashboard: selfcareDashboardNl,
  superviseDialog: superviseDialogNl,
  supervisionFrame: supervisionFrameNl,
  teamCapabilities: teamCapabilitiesNl,
  userAdmin: userAdminNl,
  userExport: userExportNl,
  userImport: userImportNl,
  userPanel: userPanelNl,
  userTable: userTableNl,
};
