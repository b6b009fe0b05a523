import type { KitCatalogue } from '../catalogue.js';
import { addressBookSharingZhCn } from './address-book-sharing.js';
import { auditLogZhCn } from './audit-log.js';
import { brandingEditorZhCn } from './branding-editor.js';
import { bulkInviteBannerZhCn } from './bulk-invite-banner.js';
import { clientPickerZhCn } from './client-picker.js';
import { commonZhCn } from './common.js';
import { importTemplateZhCn } from './import-template.js';
import { inviteDialogZhCn } from './invite-dialog.js';
import { licenceMeterZhCn } from './licence-meter.js';
import { moduleTogglesZhCn } from './module-toggles.js';
import { modulesZhCn } from './modules.js';
import { selfcareDashboardZhCn } from './selfcare-dashboard.js';
import { superviseDialogZhCn } from './supervise-dialog.js';
import { supervisionFrameZhCn } from './supervision-frame.js';
import { teamCapabilitiesZhCn } from './team-capabilities.js';
import { userAdminZhCn } from './user-admin.js';
import { userExportZhCn } from './user-export.js';
import { userImportZhCn } from './user-import.js';
import { userPanelZhCn } from './user-panel.js';
import { userTableZhCn } from './user-table.js';

/** Every area's Simplified Chinese words: loaded as one module the first time an element shows Simplified Chinese. */
export const catalogue: KitCatalogue = {
  addressBookSharing: addressBookSharingZhCn,
  auditLog: auditLogZhCn,
  brandingEditor: brandingEditorZhCn,
  bulkInviteBanner: bulkInviteBannerZhCn,
  clientPicker: clientPickerZhCn,
  common: commonZhCn,
  importTemplate: importTemplateZhCn,
  inviteDialog: inviteDialogZhCn,
  licenceMeter: licenceMeterZhCn,
  moduleToggles: moduleTogglesZhCn,
  modules: modulesZhCn,
  selfcareDashboard: selfcareDashboardZhCn,
  superviseDialog: superviseDialogZhCn,
  supervisionFrame: supervisionFrameZhCn,
  teamCapabilities: teamCapabilitiesZhCn,
  userAdmin: userAdminZhCn,
  userExport: userExportZhCn,
  userImport: userImportZhCn,
  userPanel: userPanelZhCn,
  userTable: userTableZhCn,
};
