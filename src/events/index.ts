export { SuiteBuyLicencesEvent, type SuiteBuyLicencesEventInit } from './suite-buy-licences-event.js';
export { SuiteErrorEvent } from './suite-error-event.js';
