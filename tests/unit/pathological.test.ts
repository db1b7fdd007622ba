// 1 MB inputs built to hurt regular expressions and loops (tests/support/adversarial.ts)
// through detect, readReport, buildOutline and extractFigures: each completes and
// gives sane output. No wall-clock assertions here (timing goals live in the
// benchmark, scripts/worst-case.ts): structural bounds, and the per-test timeout
// catches a hang or a quadratic blow-up (seconds become minutes at 1 MB).

import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../lib/core/blocks';
import { detect } from '../../lib/core/detect';
import { extractFigures } from '../../lib/core/figures';
import { readReport } from '../../lib/core/model';
import { parsePage } from '../../lib/node/page-file';
import { buildOutline, sectionPaths } from '../../lib/core/outline';
import type { Block } from '../../lib/core/types';
import { adversarialInputs, type Adversarial } from '../support/adversarial';
import { checkFigures, checkOutline, checkReading } from '../support/well-formed';

const URL = 'https://www.example.gov.cn/art/2024/3/1/art_1_1.html';
const TIMEOUT = 20_000;

const asBlocks = (lines: readonly string[]): Block[] =>
  lines.map((text) => ({ text, tag: 'p', bold: false, boldLead: 0, centered: false, heading: false }));

/** Each figure's text is at least a number and a unit (or 万/亿): two characters, not overlapping. */
function figureBound(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + Math.floor(p.length / 2), 0);
}

function readAll(input: Adversarial) {
  const doc = parsePage(input.html);
  const detection = detect(doc, URL);
  const reading = readReport(doc, URL);
  const blocks = input.lines ? asBlocks(input.lines) : doc.body ? readBlocks(doc.body).blocks : [];
  const outline = buildOutline(blocks, '');
  const paragraphs = blocks.map((b) => b.text);
  const sections = sectionPaths(blocks.length, outline.entries);
  const figures = extractFigures(paragraphs, sections);
  return { detection, reading, blocks, outline, paragraphs, sections, figures };
}

const inputs = adversarialInputs();
/** Readings the second group of tests looks into, kept from the first. */
const LOOKED_INTO = new Set([
  'cn-markers',
  'markers-10k',
  'paren-marker-open',
  'marker-commas',
  'br-50k',
  'spans-20k',
  'table-10k',
  'long-title',
  'dotted',
  'commas',
  'digits',
  'cn-ones',
  'di',
]);
const kept = new Map<string, ReturnType<typeof readAll>>();

describe('1 MB adversarial inputs', { timeout: TIMEOUT }, () => {
  it('are about 1 MB each', () => {
    for (const input of inputs) {
      const bytes = Buffer.byteLength(input.html, 'utf8');
      expect(bytes, input.name).toBeGreaterThan(input.lines ? 900_000 : 100_000);
    }
  });

  it.each(inputs.map((i) => [i.name, i] as const))('%s completes with sane output', (_name, input) => {
    const all = readAll(input);
    if (LOOKED_INTO.has(input.name)) kept.set(input.name, all);
    const { detection, reading, blocks, outline, paragraphs, sections, figures } = all;

    expect(typeof detection.isReport).toBe('boolean');
    expect(Number.isInteger(detection.score)).toBe(true);
    expect(detection.reasons.length).toBeGreaterThan(0);

    checkReading(reading);
    const { model } = reading;
    expect(model.isReport).toBe(detection.isReport);
    expect(model.title.length).toBeLessThanOrEqual(300);
    expect(model.text.length).toBeLessThanOrEqual(input.html.length);
    expect(model.outline.length).toBeLessThanOrEqual(reading.blocks.length);
    expect(model.figures.length).toBeLessThanOrEqual(figureBound(reading.blocks.map((b) => b.text)));
    expect(model.outlineProblems.length).toBeLessThanOrEqual(model.outline.length);

    checkOutline(outline.entries, blocks.length);
    expect(outline.problems.length).toBeLessThanOrEqual(outline.entries.length);
    checkFigures(figures, paragraphs, sections);
    expect(figures.length).toBeLessThanOrEqual(figureBound(paragraphs));
  });
});

describe('what the adversarial inputs read as', { timeout: TIMEOUT }, () => {
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const read = (name: string) => kept.get(name) ?? readAll(byName.get(name)!);

  it('a line of markers is one paragraph: at most one heading', () => {
    for (const name of ['cn-markers', 'markers-10k', 'paren-marker-open']) {
      const { outline, reading } = read(name);
      expect(outline.entries.length, name).toBeLessThanOrEqual(1);
      expect(reading.model.outline.length, name).toBeLessThanOrEqual(1);
    }
  });

  it('a heading followed by a 1 MB run of commas is one heading', () => {
    const { outline } = read('marker-commas');
    expect(outline.entries).toHaveLength(1);
    expect(outline.entries[0]!.marker.startsWith('（一）')).toBe(true);
  });

  it('50,000 <br> make 50,000 paragraphs, and their numbering is an outline', () => {
    const { reading } = read('br-50k');
    expect(reading.blocks.length).toBeGreaterThanOrEqual(50_000);
    expect(reading.model.outline.length).toBeGreaterThan(1000);
  });

  it('20,000 nested spans are one paragraph with all their text', () => {
    const { reading } = read('spans-20k');
    expect(reading.blocks.length).toBe(1);
    expect(reading.model.text.length).toBe(20_000 * 4);
  });

  it('a table of 10,000 cells is 10,000 paragraphs', () => {
    const { reading } = read('table-10k');
    expect(reading.blocks.length).toBeGreaterThanOrEqual(10_000);
  });

  it('a 1 MB title is not taken for a title', () => {
    const { reading } = read('long-title');
    expect(reading.model.title.length).toBeLessThanOrEqual(300);
  });

  it('digit runs and dotted numbers are not figures', () => {
    for (const name of ['dotted', 'commas', 'digits', 'cn-ones', 'di']) {
      const { figures, reading } = read(name);
      expect(figures, name).toEqual([]);
      expect(reading.model.figures, name).toEqual([]);
    }
  });
});
