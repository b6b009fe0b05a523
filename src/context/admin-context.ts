import { createContext } from '@lit/context';
import type { Me } from '../api/schemas/me.js';

/** The signed-in admin: role, scope and permissions decide which actions an element offers. */
export const adminContext = createContext<Me>(Symbol.for('suite-kit.admin'));
