import { JPG } from 'image-size/types/jpg';
import { PNG } from 'image-size/types/png';
import { ASSET_LIMITS } from '../../api/schemas/asset.js';
import type { AssetPurpose } from '../../api/schemas/asset.js';

export type ImageContentType = 'image/png' | 'image/jpeg';

/** Why an image cannot be a logo or banner, with what the admin needs to fix it. */
export type ImageRefusal =
  | { reason: 'too-heavy'; bytes: number; maxBytes: number }
  | { reason: 'not-png-or-jpeg' }
  | { reason: 'corrupt' }
  | { reason: 'too-large'; width: number; height: number; maxWidth: number; maxHeight: number };

export interface CheckedImage {
  /** What the bytes are, whatever the file's name or type said. */
  contentType: ImageContentType;
  width: number;
  height: number;
  /** The file's bytes, typed by their content, ready to upload. */
  blob: Blob;
}

export type ImageCheck = { ok: true; image: CheckedImage } | { ok: false; refusal: ImageRefusal };

/**
 * Checks a picked file the way the server will (server/domain/images.ts, with
 * the same header reader), so the admin hears at once instead of after an
 * upload: weight first (nothing is read past the limit), then the type from
 * the magic bytes (a PNG renamed `.jpg` passes, an SVG or text file renamed
 * `.png` does not), then the dimensions the header declares. Nothing is
 * decoded: a header claiming 20000 x 20000 is refused without allocating a pixel.
 */
export async function checkImage(file: Blob, purpose: AssetPurpose): Promise<ImageCheck> {
  const limits = ASSET_LIMITS[purpose];
  if (file.size > limits.maxBytes) return { ok: false, refusal: { reason: 'too-heavy', bytes: file.size, maxBytes: limits.maxBytes } };
  const bytes = new Uint8Array(await file.arrayBuffer());

  let contentType: ImageContentType;
  let size: { width: number; height: number; orientation?: number };
  try {
    // The PNG reader also requires the IHDR chunk right after the signature.
    if (PNG.validate(bytes)) contentType = 'image/png';
    else if (bytes[2] === 0xff && JPG.validate(bytes)) contentType = 'image/jpeg';
    else return { ok: false, refusal: { reason: 'not-png-or-jpeg' } };
    size = (contentType === 'image/png' ? PNG : JPG).calculate(bytes);
  } catch {
    return { ok: false, refusal: { reason: 'corrupt' } };
  }
  if (!(size.width >= 1 && size.height >= 1)) return { ok: false, refusal: { reason: 'corrupt' } };

  // EXIF orientations 5-8 turn the picture a quarter: what people see is height x width.
  const turned = (size.orientation ?? 1) >= 5;
  const width = turned ? size.height : size.width;
  const height = turned ? size.width : size.height;
  if (width > limits.maxWidth || height > limits.maxHeight) {
    return { ok: false, refusal: { reason: 'too-large', width, height, maxWidth: limits.maxWidth, maxHeight: limits.maxHeight } };
  }
  return { ok: true, image: { contentType, width, height, blob: new Blob([bytes], { type: contentType }) } };
}
