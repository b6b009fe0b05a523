import { createContext } from '@lit/context';

/**
 * Placeholder for the signed-in admin until the zod-derived `Me` type lands;
 * kept import-free so swapping it touches this file only.
 */
export interface Admin {
  id: string;
  role: string;
}

/** The signed-in admin (role and scope decide which actions an element offers). */
export const adminContext = createContext<Admin>(Symbol.for('suite-kit.admin'));
