import { ImportFileError } from './types.js';

/**
 * The one Trusted Types policy the kit creates, for the URL of its own import
 * worker. A page that enforces Trusted Types (`require-trusted-types-for
 * 'script'`) refuses a plain string or URL as a worker's script: it must be a
 * TrustedScriptURL, made by a policy whose name the page's `trusted-types`
 * directive lists. docs/security.md tells integrators to add `suite-kit`.
 */
export const TRUSTED_TYPES_POLICY_NAME = 'suite-kit';

/** What `window.trustedTypes` offers that the kit uses (TypeScript's DOM library does not declare it yet). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown };
}

type ScriptUrlPolicy = ReturnType<TrustedTypesFactory['createPolicy']>;

/** Created when the import view opens or on the first import, not at load: a page that never imports never meets the policy. `null`: the page refused it. */
let policy: ScriptUrlPolicy | null | undefined;

function scriptUrlPolicy(factory: TrustedTypesFactory): ScriptUrlPolicy {
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
        // Only a script of the page's origin: a worker cannot start from another one anyway.
        createScriptURL(input) {
          if (new URL(input, document.baseURI).origin !== location.origin) throw new TypeError(`${TRUSTED_TYPES_POLICY_NAME}: not a script of this origin`);
          return input;
        },
      });
    } catch {
      // Refused by the page's `trusted-types` directive (or made twice by two copies of the kit): asked once, said once.
      policy = null;
    }
  }
  if (policy === null) {
    throw new ImportFileError('blocked_by_page_policy', `This page's Content-Security-Policy does not allow the Trusted Types policy "${TRUSTED_TYPES_POLICY_NAME}" that starts the import reader`);
  }
  return policy;
}

/**
 * Starts a worker whose script URL goes through the kit's policy where the
 * browser has Trusted Types, as is where it has not. It builds the `Worker` of
 * the moment (a host's wrapper or a test's spy included), and is called with
 * `new` (read-import-file.ts says why): a function that returns an object
 * hands that object to `new`.
 */
function startWorker(url: URL, options: WorkerOptions): Worker {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  // The TrustedScriptURL is what the constructor accepts besides a string; the DOM typings do not know it.
  return new Worker(factory ? (scriptUrlPolicy(factory).createScriptURL(url.href) as string) : url, options);
}

export const TrustedScriptWorker = startWorker as unknown as new (url: URL, options: WorkerOptions) => Worker;
