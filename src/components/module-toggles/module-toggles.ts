import { SuiteModuleToggles } from './module-toggles.component.js';

export { SuiteModuleToggles };

SuiteModuleToggles.define('suite-module-toggles');

declare global {
  interface HTMLElementTagNameMap {
    'suite-module-toggles': SuiteModuleToggles;
  }
}
