import type { KitCatalogue } from '../catalogue.js';
import { addressBookSharingTh } from './address-book-sharing.js';
import { auditLogTh } from './audit-log.js';
import { brandingEditorTh } from './branding-editor.js';
import { bulkInviteBannerTh } from './bulk-invite-banner.js';
import { clientPickerTh } from './client-picker.js';
import { commonTh } from './common.js';
import { importTemplateTh } from './import-template.js';
import { inviteDialogTh } from './invite-dialog.js';
import { licenceMeterTh } from './licence-meter.js';
import { moduleTogglesTh } from './module-toggles.js';
import { modulesTh } from './modules.js';
import { selfcareDashboardTh } from './selfcare-dashboard.js';
import { superviseDialogTh } from './supervise-dialog.js';
import { supervisionFrameTh } from './supervision-frame.js';
import { teamCapabilitiesTh } from './team-capabilities.js';
import { userAdminTh } from './user-admin.js';
import { userExportTh } from './user-export.js';
import { userImportTh } from './user-import.js';
import { userPanelTh } from './user-panel.js';
import { userTableTh } from './user-table.js';

/** Every area's Thai words: loaded as one module the first time an element shows Thai. */
export const catalogue: KitCatalogue = {
  addressBookSharing: addressBookSharingTh,
  auditLog: auditLogTh,
  brandingEditor: brandingEditorTh,
  bulkInviteBanner: bulkInviteBannerTh,
  clientPicker: clientPickerTh,
  common: commonTh,
  importTemplate: importTemplateTh,
  inviteDialog: inviteDialogTh,
  licenceMeter: licenceMeterTh,
  moduleToggles: moduleTogglesTh,
  modules: modulesTh,
  selfcareDashboard: selfcareDashboardTh,
  superviseDialog: superviseDialogTh,
  supervisionFrame: supervisionFrameTh,
  teamCapabilities: teamCapabilitiesTh,
  userAdmin: userAdminTh,
  userExport: userExportTh,
  userImport: userImportTh,
  userPanel: userPanelTh,
  userTable: userTableTh,
};
