// The shared CSV writer (src/spreadsheet/csv.ts): OWASP neutralisation of every
// formula start, RFC 4180 quoting, CRLF, the BOM, and the streamed variant.
import assert from 'node:assert/strict';
import test from 'node:test';
import { csvChunks, csvDelimiterFor, csvDocument, csvField, csvLine, isFormulaLike, neutralise } from '../../src/spreadsheet/csv.js';

/** What OWASP's CSV-injection guidance lists as a formula start. */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\n'] as const;

test('each formula start is neutralised with a quote and the field quoted, in both delimiters', () => {
  for (const start of FORMULA_STARTS) {
    const cell = `${start}HYPERLINK("http://x.example","y")`;
    assert.ok(isFormulaLike(cell), JSON.stringify(start));
    assert.equal(neutralise(cell), `'${cell}`);
    for (const delimiter of [';', ','] as const) {
      const field = csvField(cell, delimiter);
      assert.equal(field, `"'${cell.replace(/"/g, '""')}"`, `${JSON.stringify(start)} with ${delimiter}`);
    }
  }
});

test('ordinary text is left alone; only the first character counts', () => {
  for (const cell of ['Martin', 'a=b', "'=already quoted", '', 'Dupont-Durand', ' =space first']) {
    assert.equal(isFormulaLike(cell), false, cell);
    assert.equal(neutralise(cell), cell);
  }
  assert.equal(csvField('Martin', ';'), 'Martin');
});

test('quoting: the delimiter, quotes and line breaks survive; the other delimiter needs no quotes', () => {
  assert.equal(csvField('a;b', ';'), '"a;b"');
  assert.equal(csvField('a;b', ','), 'a;b');
  assert.equal(csvField('a,b', ','), '"a,b"');
  assert.equal(csvField('say "hi"', ';'), '"say ""hi"""');
  assert.equal(csvField('one\ntwo', ';'), '"one\ntwo"');
  assert.equal(csvLine(['a', 'b;c', '=1+1'], ';'), 'a;"b;c";"\'=1+1"\r\n');
});

test('a document starts with the UTF-8 BOM, ends each line with CRLF, and uses ; unless told', () => {
  const text = csvDocument([
    ['ROW', 'COLUMN'],
    ['2', '@SUM(A1)'],
  ]);
  assert.equal(text, '\uFEFFROW;COLUMN\r\n2;"\'@SUM(A1)"\r\n');
  const bytes = new TextEncoder().encode(text);
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(csvDocument([['a', 'b']], ','), '\uFEFFa,b\r\n');
});

test('streamed: the header and BOM first, each batch as it comes, the same bytes as the whole document', async () => {
  const rows = [
    ['Martin', '+33 6 12 34 56 78'],
    ['Durand', '-1'],
    ['Petit', 'ok'],
  ];
  let requested = 0;
  async function* batches() {
    for (const row of rows) {
      requested++;
      yield [row];
    }
  }
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const chunks: string[] = [];
  const stream = csvChunks(['NAME', 'PHONE'], batches(), ',');
  const first = await stream.next();
  assert.equal(requested, 0, 'the header goes out before any row is read');
  chunks.push(decoder.decode(first.value as Uint8Array));
  for await (const chunk of stream) chunks.push(decoder.decode(chunk));
  assert.equal(chunks.length, 1 + rows.length);
  assert.equal(chunks.join(''), csvDocument([['NAME', 'PHONE'], ...rows], ','));
  assert.ok(chunks.join('').includes(`"'+33 6 12 34 56 78"`));
});

test("the locale's list separator: ; where the decimal mark is a comma, , elsewhere and for a tag Intl refuses", () => {
  assert.equal(csvDelimiterFor('fr'), ';');
  assert.equal(csvDelimiterFor('de-DE'), ';');
  assert.equal(csvDelimiterFor('en'), ',');
  assert.equal(csvDelimiterFor('en-GB'), ',');
  assert.equal(csvDelimiterFor('not a tag!'), ',');
});
