// The strict-CSP test's nonce page loads this before the kit (a same-origin script, with the
// page's nonce): it hands the nonce to Lit, as a partner's page sets `window.litNonce`, and
// takes constructable stylesheets away, as a browser without them, so that Lit writes each
// element's styles in a `<style nonce>` (@lit/reactive-element css-tag.js: adoptStyles).
window.litNonce = document.currentScript.nonce;
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
