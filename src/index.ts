/**
 * The kit's classes, contract and plumbing, registering no tag: a host that
 * wants its own tag names (or scoped registries) calls `X.define('its-name')`.
 * `suite-kit/define` registers every element under its `suite-*` name.
 */
export * from './api/index.js';
export * from './context/index.js';
export * from './events/index.js';
export { SuiteElement } from './components/suite-element.js';
export { SuiteLicenceMeter } from './components/licence-meter/licence-meter.component.js';
