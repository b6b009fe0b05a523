// The page of the strict-CSP end-to-end test: built by Vite into plain files (no inline
// script or style), it embeds the kit as a partner would and signs in when the test asks.
import '../../../themes/default.css';
import '../../../src/components/user-admin/user-admin.js';
import '../../../src/components/branding-editor/branding-editor.js';
import '../../../src/components/module-toggles/module-toggles.js';
import '../../../src/components/selfcare-dashboard/selfcare-dashboard.js';
import '../../../src/components/audit-log/audit-log.js';
import { createHttpApi } from '../../../src/api/index.js';

declare global {
  interface Window {
    /** Called by the test (page.evaluate) with a demo token. */
    signIn(token: string, clientId: string, selfcareUrl?: string): Promise<void>;
  }
}

window.signIn = async (token, clientId, selfcareUrl) => {
  const api = createHttpApi({ baseUrl: '/api/v1', token });
  const admin = await api.getMe();
  const userAdmin = document.querySelector('suite-user-admin')!;
  Object.assign(userAdmin, { baseUrl: '/api/v1', token, clientId, selfcareUrl });
  const editor = document.querySelector('suite-branding-editor')!;
  const toggles = document.querySelector('suite-module-toggles')!;
  const dashboard = document.querySelector('suite-selfcare-dashboard')!;
  Object.assign(editor, { api, admin, clientId });
  Object.assign(toggles, { api, admin, clientId });
  Object.assign(dashboard, { api, clientId });
  editor.addEventListener('suite-branding-saved', () => void dashboard.reload());
  toggles.addEventListener('suite-modules-saved', () => void dashboard.reload());
  const auditLog = document.querySelector('suite-audit-log')!;
  Object.assign(auditLog, { api, clientId });
  // A session just ended belongs in the log.
  userAdmin.addEventListener('suite-supervision-ended', () => void auditLog.reload());
};
