import { SuiteClientPicker } from './client-picker.component.js';

export { SuiteClientPicker };

SuiteClientPicker.define('suite-client-picker');

declare global {
  interface HTMLElementTagNameMap {
    'suite-client-picker': SuiteClientPicker;
  }
}
