import '../client-picker/client-picker.js';
import '../selfcare-dashboard/selfcare-dashboard.js';
import { SuiteBrandingEditor } from './branding-editor.component.js';

export { SuiteBrandingEditor };

SuiteBrandingEditor.define('suite-branding-editor');

declare global {
  interface HTMLElementTagNameMap {
    'suite-branding-editor': SuiteBrandingEditor;
  }
}
