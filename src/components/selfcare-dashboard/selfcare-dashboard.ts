import { SuiteSelfcareDashboard } from './selfcare-dashboard.component.js';

export { SuiteSelfcareDashboard };

SuiteSelfcareDashboard.define('suite-selfcare-dashboard');

declare global {
  interface HTMLElementTagNameMap {
    'suite-selfcare-dashboard': SuiteSelfcareDashboard;
  }
}
