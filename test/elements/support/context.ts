import { ContextProvider } from '@lit/context';
import type { Me } from '../../../src/api/schemas/me.js';
import type { SuiteApi } from '../../../src/api/suite-api.js';
import { adminContext } from '../../../src/context/admin-context.js';
import { apiContext } from '../../../src/context/api-context.js';

/** Olivier, an operator of client c1 who may read but not write: the read-only state of the per-user elements. */
export function readOnlyOperator(permissions: Me['permissions']): Me {
  return {
    id: 'op1',
    displayName: 'Olivier',
    email: null,
    role: 'operator',
    scope: { kind: 'client', partnerId: 'p1', clientId: 'c1' },
    permissions,
    supervisionSessionId: null,
  };
}

/**
 * Mounts `tag` for user u1 of client c1 in English below a host that provides `me` and `api`
 * through context, as the admin shell does; the caller removes `provider` when done.
 */
export function mountInContext<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  me: Me,
  api: unknown,
): { el: HTMLElementTagNameMap[K]; provider: HTMLElement } {
  const provider = document.createElement('div');
  new ContextProvider(provider, { context: adminContext, initialValue: me });
  new ContextProvider(provider, { context: apiContext, initialValue: api as SuiteApi });
  const el = document.createElement(tag);
  el.setAttribute('client-id', 'c1');
  el.setAttribute('user-id', 'u1');
  el.lang = 'en';
  provider.append(el);
  document.body.append(provider);
  return { el, provider };
}
