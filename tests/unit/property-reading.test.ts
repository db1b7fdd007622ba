// Property-based tests (fast-check) of the whole reading: generated pages, mutated
// fixture pages and arbitrary strings never throw and give well-formed results;
// textSummaries and detect agree with what they summarise.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSummaries } from '../../lib/core/blocks';
import { decodePage } from '../../lib/core/charset';
import { detect } from '../../lib/core/detect';
import { readReport } from '../../lib/core/model';
import { parsePage } from '../../lib/node/page-file';
import { modelJSON } from '../../lib/view/export';
import { htmlNode, page, paragraph, run, TIMEOUT, URL } from '../support/arbitraries';
import { FIXTURE_DIR } from '../support/fixtures';
import { checkReading } from '../support/well-formed';

// Mutations of the fixture pages

const FIXTURES = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => decodePage(readFileSync(join(FIXTURE_DIR, f))).text);

type Mutation =
  { op: 'delete' | 'duplicate' | 'truncate' | 'drop-close'; at: number; length: number } | { op: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('delete', 'duplicate', 'truncate', 'drop-close'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 4000 }),
  }),
  fc.record({ op: fc.constant('insert'), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(paragraph, htmlNode) }),
) as fc.Arbitrary<Mutation>;

function mutate(html: string, m: Mutation): string {
  const at = Math.floor(m.at * html.length);
  switch (m.op) {
    case 'delete':
      return html.slice(0, at) + html.slice(at + m.length);
    case 'duplicate':
      return html.slice(0, at + m.length) + html.slice(at, at + m.length) + html.slice(at + m.length);
    case 'truncate':
      return html.slice(0, at);
    case 'drop-close': {
      // Closing tags in the slice are dropped.
      return html.slice(0, at) + html.slice(at, at + m.length * 4).replace(/<\/[a-z0-9]+>/gi, '') + html.slice(at + m.length * 4);
    }
    case 'insert':
      return html.slice(0, at) + m.text + html.slice(at);
  }
}

function readPage(html: string) {
  const reading = readReport(parsePage(html), URL);
  checkReading(reading);
  // The command line prints it: it must serialise.
  JSON.stringify(modelJSON(reading.model));
  return reading;
}

describe('readReport on generated pages', { timeout: TIMEOUT }, () => {
  it('never throws and returns a well-formed model', () => {
    fc.assert(
      fc.property(page, (html) => void readPage(html)),
      run(40),
    );
  });

  it('reads mutated fixture pages (deleted, duplicated, truncated slices, dropped closing tags)', () => {
    const arb = fc.tuple(fc.integer({ min: 0, max: FIXTURES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(arb, ([i, ms]) => void readPage(ms.reduce(mutate, FIXTURES[i]!))),
      run(30),
    );
  });

  it('never throws on arbitrary strings as pages', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (html) => void readPage(html)),
      run(25),
    );
  });
});

describe('textSummaries', { timeout: TIMEOUT }, () => {
  it('gives every element its textContent length, visible characters and collapsed text', () => {
    fc.assert(
      fc.property(page, fc.integer({ min: 0, max: 200 }), (html, cap) => {
        const doc = parsePage(html);
        if (!doc.documentElement) return;
        const summaries = textSummaries(doc.documentElement, cap);
        for (const el of [doc.documentElement, ...Array.from(doc.documentElement.querySelectorAll('*'))]) {
          const text = el.textContent ?? '';
          const collapsed = text.replace(/[\s\u200b]+/g, ' ').trim();
          const s = summaries.get(el)!;
          expect(s.length).toBe(text.length);
          expect(s.visible).toBe(collapsed.replace(/ /g, '').length);
          expect(s.text).toBe(collapsed.length <= cap ? collapsed : null);
        }
      }),
      run(40),
    );
  });
});

describe('detect', { timeout: TIMEOUT }, () => {
  it('gives a score and reasons for any page', () => {
    fc.assert(
      fc.property(page, fc.constantFrom(URL, 'about:blank', 'not a url', 'https://gov.cn.example.com/'), (html, url) => {
        const d = detect(parsePage(html), url);
        expect(typeof d.isReport).toBe('boolean');
        expect(Number.isInteger(d.score)).toBe(true);
        expect(d.reasons.length).toBeGreaterThan(0);
        expect(d.isReport).toBe(d.score >= 5);
      }),
      run(60),
    );
  });
});
