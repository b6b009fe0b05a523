// The single-file bundle registers every element and exports the kit's classes and HTTP client.
// No build step: the browser loads this file and the bundle as they are.
import { SuiteBuyLicencesEvent } from '../../../dist/suite-kit.bundle.js';

const admin = document.querySelector('suite-user-admin');
const log = document.querySelector('#host-log');

// A demo token of the reference backend (server/seed.ts); a real portal hands over its own session's.
// The token is a property, never an attribute: it must not show in the DOM.
admin.token = new URLSearchParams(location.search).get('token') ?? 'demo-partner';

// The host runs its own purchase flow instead of the element's buy-url.
admin.addEventListener('suite-buy-licences', (event) => {
  if (!(event instanceof SuiteBuyLicencesEvent)) return;
  event.preventDefault();
  log.textContent = `Plain page: buy licences for pool ${event.poolKey} of ${event.clientId}`;
});
