// Its parts first (the team section, the address-book sharing, the picker): the panel renders them.
import '../address-book-sharing/address-book-sharing.js';
import '../team-capabilities/team-capabilities.js';
import { SuiteUserPicker } from './user-picker.js';
import { SuiteUserPanel } from './user-panel.component.js';

export { SuiteUserPanel, SuiteUserPicker };

SuiteUserPanel.define('suite-user-panel');

declare global {
  interface HTMLElementTagNameMap {
    'suite-user-panel': SuiteUserPanel;
  }
}
