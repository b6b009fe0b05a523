import { createContext } from '@lit/context';

/**
 * A BCP 47 tag (`fr`, `en-GB`) a container provides to its subtree. An element's
 * own `lang` attribute still wins, so one element can differ from its siblings.
 */
export const localeContext = createContext<string>(Symbol.for('suite-kit.locale'));
