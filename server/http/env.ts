import type { Me } from '../../src/api/schemas/me.js';

/** Set when the request carries a supervision token instead of an admin token. */
export interface SupervisionScope {
  sessionId: string;
  clientId: string;
  userId: string;
}

/** What the auth middleware puts on every authenticated request. */
export type AppEnv = {
  Variables: {
    admin: Me;
    supervision: SupervisionScope | null;
  };
};
