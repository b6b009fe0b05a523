/**
 * The portal's Branding area, loaded the first time it is opened so the user
 * administration's first load does not carry it. The host wires three
 * elements to one backend client and one signed-in admin: the editor (which
 * owns the level and the client choice), the module switches of the same
 * level and client, and the chosen client's dashboard as its users see it.
 */
import '../src/components/branding-editor/branding-editor.js';
import '../src/components/module-toggles/module-toggles.js';
import '../src/components/selfcare-dashboard/selfcare-dashboard.js';
import type { Me } from '../src/api/schemas/me.js';
import type { SuiteApi } from '../src/api/suite-api.js';

const editor = document.querySelector('suite-branding-editor')!;
const toggles = document.querySelector('suite-module-toggles')!;
const dashboard = document.querySelector('suite-selfcare-dashboard')!;

export interface BrandingSession {
  api: SuiteApi;
  admin: Me;
  /** The client chosen in the portal's header. */
  clientId: string;
}

/** The switches and the preview follow the editor's level and client (both reflected as attributes). */
function follow(): void {
  toggles.level = editor.level;
  const clientId = editor.clientId;
  toggles.clientId = clientId;
  dashboard.clientId = clientId;
}

new MutationObserver(follow).observe(editor, { attributes: true, attributeFilter: ['level', 'client-id'] });

// What was saved shows at once in the client's dashboard.
editor.addEventListener('suite-branding-saved', () => void dashboard.reload());
toggles.addEventListener('suite-modules-saved', () => void dashboard.reload());

/** Points the area at the signed-in admin (again after the admin switch). */
export function signInBranding(session: BrandingSession): void {
  for (const element of [editor, toggles, dashboard]) element.api = session.api;
  editor.admin = session.admin;
  toggles.admin = session.admin;
  chooseClient(session.clientId);
  follow();
}

/** The client picked in the portal's header; the editor's own picker does the same from inside. */
export function chooseClient(clientId: string): void {
  editor.clientId = clientId;
}

/** The editor's picker chose a client (unless the portal cancelled it): the header shows it too. */
export function onEditorClientSelect(listener: (client: { id: string; name: string }) => void): void {
  editor.addEventListener('suite-client-select', (event) => {
    queueMicrotask(() => {
      if (!event.defaultPrevented) listener(event.client);
    });
  });
}
