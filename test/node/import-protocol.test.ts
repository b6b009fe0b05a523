import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ImportColumn } from '../../src/api/schemas/import.js';
import { type RowTable, tableRows } from '../../src/import/import-sheet.js';
import { packRows, unpackRows } from '../../src/import/protocol.js';

const columns: ImportColumn[] = ['EMAIL', 'CITY', 'COMPANY'];
/** `count` rows: unique emails, six cities, a company every other row. */
const table = (count: number): RowTable => {
  const cells: (string | undefined)[] = [];
  for (let i = 0; i < count; i++) cells.push(`user${i}@exemple.fr`, ['Paris', 'Lyon', 'Nantes', 'Lille', 'Bordeaux', 'Saint-Étienne'][i % 6], i % 2 ? undefined : 'ACME');
  return { columns, rows: Array.from({ length: count }, (_, i) => i + 2), cells };
};

test('packed rows unpack to the table`s rows, empty cells left out', () => {
  const rows = table(1000);
  assert.deepEqual(unpackRows(structuredClone(packRows(rows))), tableRows(rows));
});

test('a batch holds each repeated value once; a column of distinct values goes in without lookups', () => {
  const { values } = packRows(table(1000));
  assert.equal(values.filter((value) => value === 'Paris').length, 1);
  assert.equal(values.filter((value) => value === 'ACME').length, 1);
  assert.equal(values.length, 1000 + 6 + 1);
  // A column that repeats only after its first values have all differed still packs right.
  const late = table(300);
  for (let i = 200; i < 300; i++) late.cells[i * 3] = 'same@exemple.fr';
  assert.deepEqual(unpackRows(packRows(late)), tableRows(late));
});
