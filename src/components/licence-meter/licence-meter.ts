import { SuiteLicenceMeter } from './licence-meter.component.js';

export { SuiteLicenceMeter };

SuiteLicenceMeter.define('suite-licence-meter');

declare global {
  interface HTMLElementTagNameMap {
    'suite-licence-meter': SuiteLicenceMeter;
  }
}
