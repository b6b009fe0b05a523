import { isHttpsUrl } from '../../api/https-url.js';

/**
 * Whether a URL may reach an `<img src>`: an absolute `https:` URL, or an
 * http(s) URL of the page's own origin (the kit's `assetUrl` under a relative
 * or same-origin `base-url`, as on a developer's `http://localhost`). Nothing
 * else: no `javascript:`, `data:` or third-party `http:`.
 */
export function isDisplayableImageUrl(value: string): boolean {
  if (isHttpsUrl(value)) return true;
  try {
    const url = new URL(value, document.baseURI);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === window.location.origin && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
