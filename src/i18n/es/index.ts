import type { KitCatalogue } from '../catalogue.js';
import { addressBookSharingEs } from './address-book-sharing.js';
import { auditLogEs } from './audit-log.js';
import { brandingEditorEs } from './branding-editor.js';
import { bulkInviteBannerEs } from './bulk-invite-banner.js';
import { clientPickerEs } from './client-picker.js';
import { commonEs } from './common.js';
import { importTemplateEs } from './import-template.js';
import { inviteDialogEs } from './invite-dialog.js';
import { licenceMeterEs } from './licence-meter.js';
import { moduleTogglesEs } from './module-toggles.js';
import { modulesEs } from './modules.js';
import { selfcareDashboardEs } from './selfcare-dashboard.js';
import { superviseDialogEs } from './supervise-dialog.js';
import { supervisionFrameEs } from './supervision-frame.js';
import { teamCapabilitiesEs } from './team-capabilities.js';
import { userAdminEs } from './user-admin.js';
import { userExportEs } from './user-export.js';
import { userImportEs } from './user-import.js';
import { userPanelEs } from './user-panel.js';
import { userTableEs } from './user-table.js';

/** Every area's Spanish words: loaded as one module the first time an element shows Spanish. */
export const catalogue: KitCatalogue = {
  addressBookSharing: addressBookSharingEs,
  auditLog: auditLogEs,
  brandingEditor: brandingEditorEs,
  bulkInviteBanner: bulkInviteBannerEs,
  clientPicker: clientPickerEs,
  common: commonEs,
  importTemplate: importTemplateEs,
  inviteDialog: inviteDialogEs,
  licenceMeter: licenceMeterEs,
  moduleToggles: moduleTogglesEs,
  modules: modulesEs,
  selfcareDashboard: selfcareDashboardEs,
  superviseDialog: superviseDialogEs,
  supervisionFrame: supervisionFrameEs,
  teamCapabilities: teamCapabilitiesEs,
  userAdmin: userAdminEs,
  userExport: userExportEs,
  userImport: userImportEs,
  userPanel: userPanelEs,
  userTable: userTableEs,
};
