import type { KitCatalogue } from '../catalogue.js';
import { addressBookSharingPtBr } from './address-book-sharing.js';
import { auditLogPtBr } from './audit-log.js';
import { brandingEditorPtBr } from './branding-editor.js';
import { bulkInviteBannerPtBr } from './bulk-invite-banner.js';
import { clientPickerPtBr } from './client-picker.js';
import { commonPtBr } from './common.js';
import { importTemplatePtBr } from './import-template.js';
import { inviteDialogPtBr } from './invite-dialog.js';
import { licenceMeterPtBr } from './licence-meter.js';
import { moduleTogglesPtBr } from './module-toggles.js';
import { modulesPtBr } from './modules.js';
import { selfcareDashboardPtBr } from './selfcare-dashboard.js';
import { superviseDialogPtBr } from './supervise-dialog.js';
import { supervisionFramePtBr } from './supervision-frame.js';
import { teamCapabilitiesPtBr } from './team-capabilities.js';
import { userAdminPtBr } from './user-admin.js';
import { userExportPtBr } from './user-export.js';
import { userImportPtBr } from './user-import.js';
import { userPanelPtBr } from './user-panel.js';
import { userTablePtBr } from './user-table.js';

/** Every area's Brazilian Portuguese words: loaded as one module the first time an element shows Brazilian Portuguese. */
export const catalogue: KitCatalogue = {
  addressBookSharing: addressBookSharingPtBr,
  auditLog: auditLogPtBr,
  brandingEditor: brandingEditorPtBr,
  bulkInviteBanner: bulkInviteBannerPtBr,
  clientPicker: clientPickerPtBr,
  common: commonPtBr,
  importTemplate: importTemplatePtBr,
  inviteDialog: inviteDialogPtBr,
  licenceMeter: licenceMeterPtBr,
  moduleToggles: moduleTogglesPtBr,
  modules: modulesPtBr,
  selfcareDashboard: selfcareDashboardPtBr,
  superviseDialog: superviseDialogPtBr,
  supervisionFrame: supervisionFramePtBr,
  teamCapabilities: teamCapabilitiesPtBr,
  userAdmin: userAdminPtBr,
  userExport: userExportPtBr,
  userImport: userImportPtBr,
  userPanel: userPanelPtBr,
  userTable: userTablePtBr,
};
