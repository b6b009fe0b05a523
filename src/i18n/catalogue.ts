/**
 * The kit's words, area by area: what every language module
 * (`src/i18n/<locale>/index.ts`) must provide. A missing key, an extra one or a
 * message with other parameters fails the type check.
 */
import type { CatalogueOf } from './index.js';
import type { addressBookSharingEn } from './address-book-sharing.js';
import type { auditLogEn } from './audit-log.js';
import type { brandingEditorEn } from './branding-editor.js';
import type { bulkInviteBannerEn } from './bulk-invite-banner.js';
import type { clientPickerEn } from './client-picker.js';
import type { commonEn } from './common.js';
import type { importTemplateEn } from './import-template.js';
import type { inviteDialogEn } from './invite-dialog.js';
import type { licenceMeterEn } from './licence-meter.js';
import type { moduleTogglesEn } from './module-toggles.js';
import type { modulesEn } from './modules.js';
import type { selfcareDashboardEn } from './selfcare-dashboard.js';
import type { superviseDialogEn } from './supervise-dialog.js';
import type { supervisionFrameEn } from './supervision-frame.js';
import type { teamCapabilitiesEn } from './team-capabilities.js';
import type { userAdminEn } from './user-admin.js';
import type { userExportEn } from './user-export.js';
import type { userImportEn } from './user-import.js';
import type { userPanelEn } from './user-panel.js';
import type { userTableEn } from './user-table.js';

/** The English reference of each area (its keys and parameter types). */
export interface KitEnglish {
  addressBookSharing: typeof addressBookSharingEn;
  auditLog: typeof auditLogEn;
  brandingEditor: typeof brandingEditorEn;
  bulkInviteBanner: typeof bulkInviteBannerEn;
  clientPicker: typeof clientPickerEn;
  common: typeof commonEn;
  importTemplate: typeof importTemplateEn;
  inviteDialog: typeof inviteDialogEn;
  licenceMeter: typeof licenceMeterEn;
  moduleToggles: typeof moduleTogglesEn;
  modules: typeof modulesEn;
  selfcareDashboard: typeof selfcareDashboardEn;
  superviseDialog: typeof superviseDialogEn;
  supervisionFrame: typeof supervisionFrameEn;
  teamCapabilities: typeof teamCapabilitiesEn;
  userAdmin: typeof userAdminEn;
  userExport: typeof userExportEn;
  userImport: typeof userImportEn;
  userPanel: typeof userPanelEn;
  userTable: typeof userTableEn;
}

export type CatalogueArea = keyof KitEnglish;

/** One language's words for every area. */
export type KitCatalogue = { readonly [A in CatalogueArea]: CatalogueOf<KitEnglish[A]> };
