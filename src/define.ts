/** Registers every element under its `suite-*` tag; loading it twice only warns. */
import './components/licence-meter/licence-meter.js';

export * from './index.js';
