// The frame shows the selfcare dashboard: registering the frame registers it too.
import '../selfcare-dashboard/selfcare-dashboard.js';
import { SuiteSupervisionFrame } from './supervision-frame.component.js';

export { SuiteSupervisionFrame };

SuiteSupervisionFrame.define('suite-supervision-frame');

declare global {
  interface HTMLElementTagNameMap {
    'suite-supervision-frame': SuiteSupervisionFrame;
  }
}
