/**
 * The one test of "a URL that may reach an href or src": absolute, `https:`,
 * with a host. Kept free of zod so elements can use it without the schema
 * library in their bundle; the `HttpsUrl` schema is built on it.
 */
export function isHttpsUrl(value: string): boolean {
  if (value.length > 2048 || /[\s<>"]/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && url.hostname.includes('.') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
