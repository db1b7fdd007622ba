// What a well-formed reading looks like, checked field by field: the shape of
// ReportModel (lib/core/model.ts), outline levels, figures that point back into their
// paragraphs. Throws an Error naming the first problem (fast-check shrinks on it).

import type { Reading, ReportModel } from '../../lib/core/model';
import type { Block, Figure, OutlineEntry } from '../../lib/core/types';

const RELATIONS = new Set(['exact', 'more', 'less', 'about', 'range']);
const KINDS = new Set(['money', 'percent', 'people', 'cases', 'events', 'other']);
const PROBLEMS = new Set(['skipped', 'repeated', 'out-of-order']);
const SCRIPTS = new Set(['simplified', 'traditional', 'mixed']);
const METHODS = new Set(['portal', 'readability', 'density', 'body', 'none']);
const WHERE = new Set(['part', 'subsection', 'sentence']);
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function fail(message: string): never {
  throw new Error(message);
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

function isIndex(v: unknown, length: number): boolean {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) < length;
}

/** The outline: levels are integers ≥ 1, headings point at paragraphs in order. */
export function checkOutline(entries: readonly OutlineEntry[], blockCount: number): void {
  let last = -1;
  for (const e of entries) {
    if (!Number.isInteger(e.level) || e.level < 1) fail(`outline level ${e.level}`);
    if (!isString(e.marker) || !isString(e.title)) fail('outline marker or title not a string');
    if (!e.title) fail('empty outline title');
    if (!isIndex(e.block, blockCount)) fail(`outline block ${e.block} of ${blockCount}`);
    if (e.block <= last) fail(`outline blocks out of order: ${e.block} after ${last}`);
    last = e.block;
  }
  if (entries.length > blockCount) fail('more headings than paragraphs');
}

/** Figures: each `text` occurs in its paragraph at `start`, values finite, strings strings. */
export function checkFigures(figures: readonly Figure[], paragraphs: readonly string[], sections?: readonly string[]): void {
  let lastBlock = -1;
  let lastEnd = 0;
  for (const f of figures) {
    if (!isIndex(f.block, paragraphs.length)) fail(`figure block ${f.block} of ${paragraphs.length}`);
    if (!Number.isInteger(f.start) || f.start < 0) fail(`figure start ${f.start}`);
    if (!isString(f.text) || f.text.length === 0) fail('empty figure text');
    const para = paragraphs[f.block]!;
    if (para.slice(f.start, f.start + f.text.length) !== f.text) {
      fail(`figure ${JSON.stringify(f.text)} is not at ${f.start} of paragraph ${f.block}`);
    }
    // In document order, not overlapping.
    if (f.block < lastBlock || (f.block === lastBlock && f.start < lastEnd))
      fail(`figure ${JSON.stringify(f.text)} out of order or overlapping`);
    lastBlock = f.block;
    lastEnd = f.start + f.text.length;
    if (!Number.isFinite(f.value)) fail(`figure value ${f.value} (${JSON.stringify(f.text)})`);
    if (f.valueMax !== undefined && !Number.isFinite(f.valueMax)) fail(`figure valueMax ${f.valueMax}`);
    if (f.valueMax !== undefined && f.relation !== 'range') fail('valueMax without a range');
    for (const key of ['unit', 'qualifier', 'label', 'section', 'sentence'] as const) {
      if (!isString(f[key])) fail(`figure ${key} not a string`);
    }
    if (!RELATIONS.has(f.relation)) fail(`figure relation ${f.relation}`);
    if (!KINDS.has(f.kind)) fail(`figure kind ${f.kind}`);
    if (sections && f.section !== (sections[f.block] ?? '')) fail(`figure section ${JSON.stringify(f.section)}`);
  }
}

export function checkModel(model: ReportModel, blocks: readonly Block[]): void {
  if (typeof model.isReport !== 'boolean') fail('isReport not a boolean');
  if (!Number.isFinite(model.score)) fail(`score ${model.score}`);
  if (!Array.isArray(model.reasons) || model.reasons.length === 0 || !model.reasons.every(isString)) fail('reasons');
  if (model.reasons.some((r) => r.length === 0)) fail('empty reason');
  if (!isString(model.title) || !isString(model.url) || !isString(model.text)) fail('title, url or text not a string');
  for (const [k, v] of Object.entries(model.meta)) if (!isString(v)) fail(`meta.${k} not a string`);
  if (model.meta.published && !DATE.test(model.meta.published)) fail(`published ${model.meta.published}`);
  if (model.meta.written && !DATE.test(model.meta.written)) fail(`written ${model.meta.written}`);
  if (!SCRIPTS.has(model.script)) fail(`script ${model.script}`);
  if (!METHODS.has(model.method)) fail(`method ${model.method}`);
  const paragraphs = blocks.map((b) => b.text);
  if (model.text !== paragraphs.join('\n\n')) fail('text is not the paragraphs joined');
  checkOutline(model.outline, blocks.length);
  const headings = new Set(model.outline.map((e) => e.block));
  for (const p of model.outlineProblems) {
    if (!PROBLEMS.has(p.kind) || !isString(p.message) || !p.message || !isString(p.marker)) fail('outline problem');
    if (!headings.has(p.block)) fail(`outline problem at ${p.block}, not a heading`);
  }
  checkFigures(model.figures, paragraphs);
  if (model.required.length !== 5) fail('required contents');
  model.required.forEach((r, i) => {
    if (r.content !== i + 1 || typeof r.found !== 'boolean') fail('required content');
    if (r.found ? !WHERE.has(r.where!) || !isIndex(r.block, blocks.length) : r.where !== null || r.block !== -1) fail('required where');
    if (!isString(r.section) || !isString(r.evidence)) fail('required strings');
  });
  const t = model.onTime;
  if (!(t.year === null || Number.isInteger(t.year)) || !['on-time', 'late', 'unknown'].includes(t.status)) fail('onTime');
}

export function checkReading(reading: Reading): void {
  const { model, blocks, sources, container } = reading;
  checkModel(model, blocks);
  if (sources.length !== blocks.length) fail('sources and blocks differ in number');
  sources.forEach((s, i) => {
    const n = blocks[i]!.text.length;
    if (s.nodeIndex.length !== n || s.offset.length !== n) fail(`source ${i} does not cover its text`);
  });
  if (model.method === 'none' ? container !== null : container === null) fail('container and method disagree');
  for (const b of blocks) if (b.text.length === 0 || b.text !== b.text.trim()) fail('empty or untrimmed paragraph');
}
