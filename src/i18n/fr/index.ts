import type { KitCatalogue } from '../catalogue.js';
import { addressBookSharingFr } from './address-book-sharing.js';
import { auditLogFr } from './audit-log.js';
import { brandingEditorFr } from './branding-editor.js';
import { bulkInviteBannerFr } from './bulk-invite-banner.js';
import { clientPickerFr } from './client-picker.js';
import { commonFr } from './common.js';
import { importTemplateFr } from './import-template.js';
import { inviteDialogFr } from './invite-dialog.js';
import { licenceMeterFr } from './licence-meter.js';
import { moduleTogglesFr } from './module-toggles.js';
import { modulesFr } from './modules.js';
import { selfcareDashboardFr } from './selfcare-dashboard.js';
import { superviseDialogFr } from './supervise-dialog.js';
import { supervisionFrameFr } from './supervision-frame.js';
import { teamCapabilitiesFr } from './team-capabilities.js';
import { userAdminFr } from './user-admin.js';
import { userExportFr } from './user-export.js';
import { userImportFr } from './user-import.js';
import { userPanelFr } from './user-panel.js';
import { userTableFr } from './user-table.js';

/** Every area's French words: loaded as one module the first time an element shows French. */
export const catalogue: KitCatalogue = {
  addressBookSharing: addressBookSharingFr,
  auditLog: auditLogFr,
  brandingEditor: brandingEditorFr,
  bulkInviteBanner: bulkInviteBannerFr,
  clientPicker: clientPickerFr,
  common: commonFr,
  importTemplate: importTemplateFr,
  inviteDialog: inviteDialogFr,
  licenceMeter: licenceMeterFr,
  moduleToggles: moduleTogglesFr,
  modules: modulesFr,
  selfcareDashboard: selfcareDashboardFr,
  superviseDialog: superviseDialogFr,
  supervisionFrame: supervisionFrameFr,
  teamCapabilities: teamCapabilitiesFr,
  userAdmin: userAdminFr,
  userExport: userExportFr,
  userImport: userImportFr,
  userPanel: userPanelFr,
  userTable: userTableFr,
};
