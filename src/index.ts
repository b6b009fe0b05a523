/**
 * The kit's classes, contract and plumbing, registering no tag: a host that
 * wants its own tag names (or scoped registries) calls `X.define('its-name')`.
 * `suite-kit/define` registers every element under its `suite-*` name.
 */
export * from './api/index.js';
export * from './context/index.js';
export * from './events/index.js';
export { SuiteElement } from './components/suite-element.js';
export { SuiteLicenceMeter } from './components/licence-meter/licence-meter.component.js';
export { SuiteInviteDialog } from './components/invite-dialog/invite-dialog.component.js';
export { SuiteBulkInviteBanner } from './components/bulk-invite-banner/bulk-invite-banner.component.js';
export { SuiteTeamCapabilities } from './components/team-capabilities/team-capabilities.component.js';
export { SuiteAddressBookSharing } from './components/address-book-sharing/address-book-sharing.component.js';
export { SuiteUserPanel } from './components/user-panel/user-panel.component.js';
export { SuiteUserTable } from './components/user-table/user-table.component.js';
export { SuiteUserAdmin } from './components/user-admin/user-admin.component.js';
export { SuiteUserExport } from './components/user-export/user-export.component.js';
export { SuiteSelfcareDashboard } from './components/selfcare-dashboard/selfcare-dashboard.component.js';
export { SuiteModuleToggles } from './components/module-toggles/module-toggles.component.js';
export { applyBrandingTokens, brandingTokens, removeBrandingTokens, RAMP_STEPS, type BrandingTokens, type EffectiveBrandingValues } from './theming/branding-tokens.js';
export { SuiteClientPicker } from './components/client-picker/client-picker.component.js';
export { SuiteBrandingEditor } from './components/branding-editor/branding-editor.component.js';
export { SuiteUserImport } from './components/user-import/user-import.component.js';
export { SuiteSuperviseDialog } from './components/supervise-dialog/supervise-dialog.component.js';
export { SuiteSupervisionFrame, supervisionStartMessage } from './components/supervision-frame/supervision-frame.component.js';
export {
  SelfcareMessage,
  SELFCARE_SANDBOX,
  selfcareFrameTarget,
  SUPERVISION_BLOCKED_ACTIONS,
  type SupervisionBlockedAction,
  type SupervisionEndMessage,
  type SupervisionStartMessage,
} from './components/supervision-frame/selfcare-channel.js';
export { SuiteAuditLog, type AuditLogApi } from './components/audit-log/audit-log.component.js';
export { checkBrandingContrast, contrastRatio, worstOverGradient, type BrandingContrast, type ContrastFix } from './theming/contrast.js';
