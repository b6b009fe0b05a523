/**
 * A cell's slot in a small table of recently met values (`mask`: its size,
 * a power of two, minus one), told by the text's length and a few of its
 * characters (the last ones differ most: phone numbers, house numbers).
 * Finding a repeated cell there takes one comparison where a Map hashes
 * every character of a string met for the first time (each row's cells are
 * new strings): the import check and the packing for the page both use it
 * before their Map.
 */
export function textSlot(value: string, mask: number): number {
  const length = value.length;
  // No read outside the text: charCodeAt would answer NaN, and arithmetic on it is slower.
  if (length < 2) return length === 0 ? 0 : value.charCodeAt(0) & mask;
  return (length * 31 + value.charCodeAt(0) * 7 + value.charCodeAt(length >> 1) * 3 + value.charCodeAt(length - 2) * 10 + value.charCodeAt(length - 1)) & mask;
}
