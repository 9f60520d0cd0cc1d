// The figures' CSV writer (src/views/render.ts) writes exactly what d3-dsv's would.

import { csvFormatRows as d3CsvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvFormatRows } from '../src/views/render.ts';
import { PROPERTY_SEED } from './arbitraries.ts';

describe('csvFormatRows', () => {
  it('quotes fields with quotes, commas and line breaks, and nothing else', () => {
    const rows = [['Month', 'Cost, $', 'He said "no"', 'two\nlines', 'cr\r', ' spaced ', '']];
    expect(csvFormatRows(rows)).toBe('Month,"Cost, $","He said ""no""","two\nlines","cr\r", spaced ,');
    expect(csvFormatRows(rows)).toBe(d3CsvFormatRows(rows));
  });

  it('agrees with d3-dsv on any text, and reads back as written', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '1', '\u00e9') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = csvFormatRows(rows);
        expect(text).toBe(d3CsvFormatRows(rows));
        if (!rows.some((row) => row.length === 1 && row[0] === '')) expect(csvParseRows(text)).toEqual(rows);
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });
});
