import '../address-book-sharing/address-book-sharing.js';
import '../team-capabilities/team-capabilities.js';
import { SuiteUserPanel } from './user-panel.component.js';
import { SuiteUserPicker } from './user-picker.component.js';

export { SuiteUserPanel, SuiteUserPicker };

// Its parts first (the team section above, the picker here): the panel renders them.
SuiteUserPicker.define('suite-user-picker');
SuiteUserPanel.define('suite-user-panel');

declare global {
  interface HTMLElementTagNameMap {
    'suite-user-panel': SuiteUserPanel;
    'suite-user-picker': SuiteUserPicker;
  }
}
