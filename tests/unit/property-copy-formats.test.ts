// Property-based tests (fast-check) of the copy formats: CSV round-trips through an
// RFC 4180 reader, TSV keeps one line per figure.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../lib/core/types';
import { figuresCSV, figuresTSV, spreadsheetNumber, type CopySource } from '../../lib/view/export';
import { run, textOf, TIMEOUT } from '../support/arbitraries';

/** A small RFC 4180 reader: records end in CRLF, quoted fields double their quotes. */
function parseCSV(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let cell = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (i >= csv.length) throw new Error('unterminated quoted field');
        if (csv[i] === '"') {
          if (csv[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && !(csv[i] === '\r' && csv[i + 1] === '\n')) {
        if (csv[i] === '"' || csv[i] === '\r' || csv[i] === '\n') throw new Error(`bare ${JSON.stringify(csv[i])} in an unquoted field`);
        cell += csv[i++];
      }
    }
    row.push(cell);
    if (csv[i] === ',') {
      i++;
      continue;
    }
    if (csv[i] === '\r' && csv[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    if (i < csv.length) throw new Error(`unexpected ${JSON.stringify(csv[i])} after a field`);
  }
  if (row.length) throw new Error('last record without CRLF');
  return rows;
}

const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.array(fc.constantFrom(',', '"', '\r', '\n', '\r\n', '\t', ' ', '一', '、', 'a', '""'), { maxLength: 10 }).map((a) => a.join('')),
  textOf(6),
);
const figure: fc.Arbitrary<Figure> = fc
  .record({
    text: cellText,
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    valueMax: fc.option(fc.integer(), { nil: undefined }),
    unit: cellText,
    qualifier: cellText,
    label: cellText,
    section: cellText,
    sentence: cellText,
    relation: fc.constantFrom('exact', 'more', 'less', 'about', 'range'),
    kind: fc.constantFrom('money', 'percent', 'people', 'cases', 'events', 'other'),
  })
  .map((f) => ({ ...f, block: 0, start: 0, ...(f.valueMax === undefined ? { valueMax: undefined } : {}) }) as Figure);
const source: fc.Arbitrary<CopySource> = fc.record({ title: cellText, publisher: cellText, date: cellText, url: cellText });

function expectedRow(f: Figure, s: CopySource): string[] {
  // The number's spelling is spreadsheetNumber's (its own property: tests/unit/export.test.ts); here, the cells.
  const value = f.valueMax !== undefined ? `${spreadsheetNumber(f.value)}–${spreadsheetNumber(f.valueMax)}` : spreadsheetNumber(f.value);
  return [f.section, f.label, value, f.unit, f.qualifier, f.text, f.sentence, s.title, s.publisher, s.date, s.url];
}

describe('figuresTSV and figuresCSV', { timeout: TIMEOUT }, () => {
  it('CSV round-trips through an RFC 4180 reader: every cell comes back identical', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 6 }), source, (figures, s) => {
        const rows = parseCSV(figuresCSV(figures, s));
        expect(rows).toHaveLength(figures.length + 1);
        expect(rows[0]).toEqual([
          'section',
          'label',
          'value',
          'unit',
          'qualifier',
          'text',
          'sentence',
          'report',
          'publisher',
          'date',
          'url',
        ]);
        figures.forEach((f, i) => expect(rows[i + 1]).toEqual(expectedRow(f, s)));
      }),
      run(300),
    );
  });

  it('TSV has one line per figure and 11 cells a line, tabs and line breaks made spaces', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 6 }), source, (figures, s) => {
        const tsv = figuresTSV(figures, s);
        expect(tsv.endsWith('\n')).toBe(true);
        const lines = tsv.slice(0, -1).split('\n');
        expect(lines).toHaveLength(figures.length + 1);
        figures.forEach((f, i) => {
          expect(lines[i + 1]!.split('\t')).toEqual(expectedRow(f, s).map((c) => c.replace(/[\t\r\n]+/g, ' ')));
        });
      }),
      run(300),
    );
  });
});
