import { SuiteTeamCapabilities } from './team-capabilities.component.js';

export { SuiteTeamCapabilities };

SuiteTeamCapabilities.define('suite-team-capabilities');

declare global {
  interface HTMLElementTagNameMap {
    'suite-team-capabilities': SuiteTeamCapabilities;
  }
}
