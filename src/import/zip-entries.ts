import { ImportFileError } from './types.js';

/**
 * The parts of a zip (an XLSX) found through its central directory, and
 * inflated one at a time with the browser's own DecompressionStream. Sizes
 * in the headers are not trusted: the bytes are counted as they come out,
 * against a budget shared by every part, so a zip bomb stops at the cap
 * instead of filling the memory.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the header claims: for progress only. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Compressed bytes handed to the inflater at a time. */
const INFLATE_SLICE = 16 * 1024;

const unreadable = (why: string) => new ImportFileError('unreadable', `The file is not a readable XLSX workbook: ${why}`);

/** The central directory's entries, by name. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw unreadable('no zip directory');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw unreadable('a damaged zip directory');
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.set(name.replace(/^\//, ''), {
      name,
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Bytes every inflated part may add up to. */
export class InflateBudget {
  #left: number;
  constructor(readonly max: number) {
    this.#left = max;
  }
  take(bytes: number): void {
    this.#left -= bytes;
    if (this.#left < 0) {
      throw new ImportFileError('uncompressed_too_large', `The workbook inflates to more than ${Math.round(this.max / 1024 / 1024)} MB`, { max: this.max });
    }
  }
}

/** An entry's bytes, inflated chunk by chunk into `onData`; stops (and throws) as soon as the budget is spent. */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, onData: (chunk: Uint8Array) => void): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw unreadable(`a damaged part (${entry.name})`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    budget.take(data.length);
    onData(data);
    return;
  }
  if (entry.method !== 8) throw unreadable(`a part compressed with method ${entry.method}`);
  const inflater = new DecompressionStream('deflate-raw');
  const reader = inflater.readable.getReader();
  const writer = inflater.writable.getWriter();
  // Fed a slice at a time: a slice of a bomb inflates to at most about a thousand times its size before the count stops it.
  const feeding = (async () => {
    for (let i = 0; i < data.length; i += INFLATE_SLICE) await writer.write(data.subarray(i, i + INFLATE_SLICE) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  try {
    for (;;) {
      const { done, value } = await reader.read().catch(() => {
        throw unreadable(`a damaged part (${entry.name})`);
      });
      if (done) break;
      budget.take(value.length);
      onData(value);
    }
    await feeding;
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    await feeding.catch(() => undefined);
  }
}

/** What a small part may inflate to: a workbook's styles or relationships are kilobytes, never this. */
const MAX_SMALL_PART_BYTES = 64 * 1024 * 1024;

/** A small part (workbook, styles, relationships) as text. */
export async function entryText(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Promise<string> {
  const decoder = new TextDecoder();
  const part = new InflateBudget(MAX_SMALL_PART_BYTES);
  let text = '';
  await inflateEntry(bytes, entry, budget, (chunk) => {
    part.take(chunk.length);
    text += decoder.decode(chunk, { stream: true });
  });
  return text + decoder.decode();
}
