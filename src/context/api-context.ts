import { createContext } from '@lit/context';
import type { SuiteApi } from '../api/suite-api.js';

/**
 * The backend client, provided once by a container element (or the host page).
 * `Symbol.for` rather than `Symbol()`: a partner portal may load two copies of
 * the kit, and a provider from one copy must still reach consumers of the other.
 */
export const apiContext = createContext<SuiteApi>(Symbol.for('suite-kit.api'));
