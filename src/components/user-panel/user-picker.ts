import { SuiteUserPicker } from './user-picker.component.js';

export { SuiteUserPicker };

// Registered on its own so that an element using the picker (the audit log) need not load the user panel.
SuiteUserPicker.define('suite-user-picker');

declare global {
  interface HTMLElementTagNameMap {
    'suite-user-picker': SuiteUserPicker;
  }
}
