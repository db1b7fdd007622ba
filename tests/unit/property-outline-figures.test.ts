// Property-based tests (fast-check) of the outline and the figures over generated
// paragraphs: well-formed entries and figures, the top level is 1, a stated count is found.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/core/figures';
import { buildOutline, sectionPaths } from '../../lib/core/outline';
import type { Block } from '../../lib/core/types';
import { paragraph, run, textOf, TIMEOUT } from '../support/arbitraries';
import { checkFigures, checkOutline } from '../support/well-formed';

const asBlock = (text: string, bold = false, heading = false): Block => ({
  text,
  tag: heading ? 'h2' : 'p',
  bold,
  boldLead: bold ? Math.min(6, text.length) : 0,
  centered: false,
  heading,
});

describe('buildOutline', { timeout: TIMEOUT }, () => {
  const blocks = fc.array(
    fc.tuple(paragraph, fc.boolean(), fc.boolean()).map(([t, bold, heading]) => asBlock(t, bold, heading)),
    { maxLength: 30 },
  );

  it('levels are integers ≥ 1 and headings point at their paragraphs in order', () => {
    fc.assert(
      fc.property(blocks, textOf(6), (bs, title) => {
        const { entries, problems } = buildOutline(bs, title);
        checkOutline(entries, bs.length);
        for (const e of entries) expect(bs[e.block]!.text).toContain(e.title.slice(0, 8));
        const headings = new Set(entries.map((e) => e.block));
        for (const p of problems) expect(headings.has(p.block)).toBe(true);
        const paths = sectionPaths(bs.length, entries);
        expect(paths).toHaveLength(bs.length);
        expect(paths.every((p) => typeof p === 'string')).toBe(true);
      }),
      run(200),
    );
  });

  it('the top numbering level present is level 1', () => {
    fc.assert(
      fc.property(blocks, (bs) => {
        const { entries } = buildOutline(bs);
        const numbered = entries.filter((e) => e.marker);
        if (numbered.length) expect(Math.min(...numbered.map((e) => e.level))).toBe(1);
      }),
      run(200),
    );
  });
});

describe('extractFigures', { timeout: TIMEOUT }, () => {
  it('every figure is its paragraph text at `start`, values finite, sections strings', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), (paras) => {
        const sections = paras.map((_, i) => (i % 3 === 0 ? '' : `一、第${i}节`));
        checkFigures(extractFigures(paras, sections), paras, sections);
      }),
      run(300),
    );
  });

  it('finds a stated count among other text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99_999 }), fc.constantFrom('件', '人次', '场', '万元', '个'), textOf(6), (n, unit, noise) => {
        const para = `全年共办理行政复议案件${n}${unit}。${noise}`;
        const figures = extractFigures([para], ['']);
        checkFigures(figures, [para]);
        const value = unit === '万元' ? n * 10_000 : n;
        expect(figures.some((f) => f.start === 11 && f.value === value)).toBe(true);
      }),
      run(200),
    );
  });
});
