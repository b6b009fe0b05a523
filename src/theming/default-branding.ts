import type { EffectiveBrandingValues } from './branding-tokens.js';

/**
 * What a selfcare shows when neither the partner nor the client chose
 * anything: the kit's default theme (tokens.ts), white text on it at 5.9:1.
 * The one copy of these values: the reference backend resolves `default` to
 * them, and the branding editor previews a level's `null` ("use the default")
 * with them before the server has resolved it. Data only, so the server can
 * import it without the browser's styling code.
 */
export const DEFAULT_BRANDING: EffectiveBrandingValues = {
  logoAssetId: null,
  primaryColor: '#1F5BD8',
  gradient: null,
  textColor: '#FFFFFF',
  bannerAssetId: null,
  messageLink: null,
  messageText: null,
};
