import type { KitCatalogue } from '../catalogue.js';
import { addressBookSharingIt } from './address-book-sharing.js';
import { auditLogIt } from './audit-log.js';
import { brandingEditorIt } from './branding-editor.js';
import { bulkInviteBannerIt } from './bulk-invite-banner.js';
import { clientPickerIt } from './client-picker.js';
import { commonIt } from './common.js';
import { importTemplateIt } from './import-template.js';
import { inviteDialogIt } from './invite-dialog.js';
import { licenceMeterIt } from './licence-meter.js';
import { moduleTogglesIt } from './module-toggles.js';
import { modulesIt } from './modules.js';
import { selfcareDashboardIt } from './selfcare-dashboard.js';
import { superviseDialogIt } from './supervise-dialog.js';
import { supervisionFrameIt } from './supervision-frame.js';
import { teamCapabilitiesIt } from './team-capabilities.js';
import { userAdminIt } from './user-admin.js';
import { userExportIt } from './user-export.js';
import { userImportIt } from './user-import.js';
import { userPanelIt } from './user-panel.js';
import { userTableIt } from './user-table.js';

/** Every area's Italian words: loaded as one module the first time an element shows Italian. */
export const catalogue: KitCatalogue = {
  addressBookSharing: addressBookSharingIt,
  auditLog: auditLogIt,
  brandingEditor: brandingEditorIt,
  bulkInviteBanner: bulkInviteBannerIt,
  clientPicker: clientPickerIt,
  common: commonIt,
  importTemplate: importTemplateIt,
  inviteDialog: inviteDialogIt,
  licenceMeter: licenceMeterIt,
  moduleToggles: moduleTogglesIt,
  modules: modulesIt,
  selfcareDashboard: selfcareDashboardIt,
  superviseDialog: superviseDialogIt,
  supervisionFrame: supervisionFrameIt,
  teamCapabilities: teamCapabilitiesIt,
  userAdmin: userAdminIt,
  userExport: userExportIt,
  userImport: userImportIt,
  userPanel: userPanelIt,
  userTable: userTableIt,
};
