import { imageSize } from 'image-size';
import { ASSET_LIMITS } from '../../src/api/schemas/asset.js';
import type { AssetPurpose } from '../../src/api/schemas/asset.js';
import type { FieldError } from '../../src/api/schemas/problem.js';
import { HttpProblem } from '../problems.js';

export type ImageType = 'image/png' | 'image/jpeg';

export interface ImageFacts {
  contentType: ImageType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((byte, i) => bytes[at + i] === byte);

/**
 * The type the bytes are, whatever the name or Content-Type said: a PNG
 * (signature, then the IHDR chunk the format requires first) or a JPEG (SOI
 * then a marker). SVG, HTML, GIF and the rest are null.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, PNG_SIGNATURE) && startsWith(bytes, [0x49, 0x48, 0x44, 0x52], 12)) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

const notAnImage = (detail: string) => new HttpProblem(415, 'unsupported_media_type', 'Unsupported media type', detail);

/**
 * Checks an uploaded logo or banner from its bytes alone, cheapest first: size
 * (413), type by magic bytes (415), then the dimensions the header declares
 * (422). Nothing is decoded: a header announcing 20000 x 20000 is refused
 * before a single pixel would be inflated.
 */
export function inspectImage(bytes: Uint8Array, purpose: AssetPurpose): ImageFacts {
  const limits = ASSET_LIMITS[purpose];
  if (bytes.byteLength > limits.maxBytes) {
    throw new HttpProblem(413, 'payload_too_large', 'Payload too large', `A ${purpose} may be at most ${limits.maxBytes} bytes; this one has ${bytes.byteLength}.`);
  }
  const contentType = sniffImageType(bytes);
  if (!contentType) throw notAnImage('Only PNG and JPEG images are accepted, recognised by their content (not their name or Content-Type).');

  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    throw notAnImage('The image header is truncated or corrupt.');
  }
  if (size.type !== (contentType === 'image/png' ? 'png' : 'jpg') || !(size.width >= 1 && size.height >= 1)) {
    throw notAnImage('The image header is truncated or corrupt.');
  }
  // EXIF orientations 5-8 turn the picture a quarter: what people see is height x width.
  const turned = (size.orientation ?? 1) >= 5;
  const width = turned ? size.height : size.width;
  const height = turned ? size.width : size.height;

  const errors: FieldError[] = [];
  if (width > limits.maxWidth) errors.push({ path: 'width', code: 'too_large', message: `at most ${limits.maxWidth} px wide; this image is ${width} px` });
  if (height > limits.maxHeight) errors.push({ path: 'height', code: 'too_large', message: `at most ${limits.maxHeight} px high; this image is ${height} px` });
  if (errors.length > 0) {
    throw new HttpProblem(422, 'image_too_large', 'Image too large', `A ${purpose} may be at most ${limits.maxWidth} x ${limits.maxHeight} px; this image is ${width} x ${height} px.`, errors);
  }
  return { contentType, width, height };
}
