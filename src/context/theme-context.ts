import { createContext } from '@lit/context';

/**
 * The active theme's name (`default`, `dark`, `high-contrast`, a partner's).
 * Colours themselves travel as `--suite-*` custom properties, not through
 * context, so a theme switch restyles without re-rendering; elements read the
 * name only for what CSS cannot express (e.g. choosing an illustration).
 */
export const themeContext = createContext<string>(Symbol.for('suite-kit.theme'));
