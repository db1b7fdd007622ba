// The report outline from Chinese official numbering (docs/report-model.md §3).

import type { Block, OutlineEntry, OutlineProblem } from './types';

/** Marker kinds from the top of the hierarchy down. */
type Kind = 'part' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled' | 'markup';

const KIND_RANK: Record<Kind, number> = {
  markup: 9,
  part: 1,
  cn: 2,
  'paren-cn': 3,
  arabic: 4,
  'paren-arabic': 5,
  circled: 6,
};

const CN = '一二三四五六七八九十';
const MARKERS: [RegExp, Kind][] = [
  [/^(第[一二三四五六七八九十]{1,3}(部分|章|篇))[\s、：:．.]?/, 'part'],
  [/^([一二三四五六七八九十]{1,3}[、．.，,])/, 'cn'],
  [/^([(（][一二三四五六七八九十]{1,3}[)）])[、．.]?/, 'paren-cn'],
  [/^(\d{1,2}\s?[.．、](?![\d０-９]))/, 'arabic'],
  [/^([０-９]{1,2}[.．、](?![\d０-９]))/, 'arabic'],
  [/^([(（]\d{1,2}[)）])/, 'paren-arabic'],
  [/^([①-⑳])/, 'circled'],
];

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The number a marker counts (一 → 1, 十二 → 12, （3） → 3, ② → 2). */
export function markerNumber(marker: string): number {
  const digits = marker.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).match(/\d+/);
  if (digits) return Number(digits[0]);
  const circled = CIRCLED.indexOf(marker[0] ?? '');
  if (circled >= 0) return circled + 1;
  const cn = marker.replace(/[^一二三四五六七八九十]/g, '');
  if (!cn) return NaN;
  const ten = cn.indexOf('十');
  if (ten < 0) return CN.indexOf(cn[0]!) + 1;
  const tens = ten === 0 ? 1 : CN.indexOf(cn[0]!) + 1;
  const ones = ten === cn.length - 1 ? 0 : CN.indexOf(cn[ten + 1]!) + 1;
  return tens * 10 + ones;
}

export interface MarkerMatch {
  marker: string;
  kind: Kind;
  rest: string;
}

export function matchMarker(text: string): MarkerMatch | null {
  const t = text.replace(/^[\s\u3000]+/, '');
  for (const [re, kind] of MARKERS) {
    const m = re.exec(t);
    if (m) {
      const marker = m[0].trim();
      const rest = t.slice(m[0].length).replace(/^[\s\u3000]+/, '');
      // A marker heads text: 「1.5万人」 or 「一、」 alone are not headings.
      if (!rest) return null;
      // 一是/二是 enumerate inside a paragraph; 一、二、三、 listed on one line is not a heading.
      if (kind === 'cn' && /^[一二三四五六七八九十]{1,3}[、]/.test(rest)) return null;
      return { marker, kind, rest };
    }
  }
  return null;
}

const STOP = /[。；：;:！？!?]/;

/** A numbered paragraph's heading is its lead phrase. */
export function headingTitle(rest: string): string {
  const stop = rest.search(STOP);
  let title = stop >= 0 ? rest.slice(0, stop) : rest;
  // 「（一）加强组织领导 区委高度重视…」: a heading run into its text with only a space between.
  const space = title.indexOf(' ');
  if (title.length > 30 && space >= 4 && space <= 30) title = title.slice(0, space);
  // Trailing commas and spaces, by a loop: /[，,、\s]+$/ rescans a long run from every position in it.
  let end = title.length;
  while (end > 0 && /[，,、\s]/.test(title[end - 1]!)) end--;
  return title.slice(0, end).trim();
}

/**
 * The heading of an unnumbered paragraph the page marks up: an h1–h4, a short
 * wholly bold paragraph, or a bold lead phrase (「<strong>社会治理不断完善。</strong>持续…」).
 * Bracketed subheads (【基本案情】) and 一是 enumerations are body text.
 */
function markupHeading(block: Block, documentTitle: string): string {
  const text = block.text.trim();
  if (!text || text === documentTitle || /^[【\[]|^[一二三四五六七八九十]+是/.test(text)) return '';
  const looksLikeHeading = (s: string) => s.length >= 2 && s.length <= 40 && /[\u4e00-\u9fff]/.test(s) && !/日$/.test(s);
  if ((block.heading && /^h[1-4]$/.test(block.tag)) || (block.bold && text.length <= 30)) {
    return looksLikeHeading(text) && !/[。；]$/.test(text) ? text : '';
  }
  if (block.boldLead >= 4 && block.boldLead < text.length) {
    const lead = headingTitle(text.slice(0, block.boldLead));
    return looksLikeHeading(lead) ? lead : '';
  }
  return '';
}

export interface Outline {
  entries: OutlineEntry[];
  problems: OutlineProblem[];
}

export function buildOutline(blocks: readonly Block[], documentTitle = ''): Outline {
  const found: { kind: Kind; marker: string; title: string; block: number }[] = [];
  blocks.forEach((block, i) => {
    const m = matchMarker(block.text);
    if (m) {
      const title = headingTitle(m.rest);
      if (title) found.push({ kind: m.kind, marker: m.marker, title, block: i });
    } else {
      const title = markupHeading(block, documentTitle);
      if (title) found.push({ kind: 'markup', marker: '', title, block: i });
    }
  });
  // Levels are relative: the numbering kinds present, in hierarchy order, become
  // 1, 2, 3 …; an unnumbered heading sits one level below the numbered one before it.
  const kinds = [...new Set(found.filter((f) => f.kind !== 'markup').map((f) => f.kind))].sort((a, b) => KIND_RANK[a] - KIND_RANK[b]);
  const level = new Map(kinds.map((k, i) => [k, i + 1]));
  let lastNumbered = 0;
  const entries = found.map((f) => {
    const l = f.kind === 'markup' ? lastNumbered + 1 : level.get(f.kind)!;
    if (f.kind !== 'markup') lastNumbered = l;
    return { level: l, marker: f.marker, title: f.title, block: f.block };
  });
  return { entries, problems: numberingProblems(found) };
}

function numberingProblems(found: readonly { kind: Kind; marker: string; block: number }[]): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  // The last number seen for each kind; a kind restarts when a higher kind appears.
  const last = new Map<Kind, number>();
  for (const f of found) {
    if (f.kind === 'markup') continue;
    for (const k of [...last.keys()]) if (KIND_RANK[k] > KIND_RANK[f.kind]) last.delete(k);
    const n = markerNumber(f.marker);
    if (!Number.isFinite(n)) continue;
    const prev = last.get(f.kind) ?? 0;
    if (n === prev) {
      problems.push({ kind: 'repeated', marker: f.marker, block: f.block, message: `${f.marker} repeats the number before it` });
    } else if (n > prev + 1) {
      problems.push({
        kind: 'skipped',
        marker: f.marker,
        block: f.block,
        message: prev ? `${f.marker} follows number ${prev}: ${n - prev - 1} skipped` : `${f.marker} starts at ${n}, not 1`,
      });
    } else if (n < prev) {
      problems.push({ kind: 'out-of-order', marker: f.marker, block: f.block, message: `${f.marker} comes after number ${prev}` });
    }
    last.set(f.kind, n);
  }
  return problems;
}

/** The outline path of every block: "一、… > (一)…" for the headings above it. */
export function sectionPaths(blockCount: number, entries: readonly OutlineEntry[]): string[] {
  const paths: string[] = new Array(blockCount).fill('');
  const stack: OutlineEntry[] = [];
  let e = 0;
  let current = '';
  for (let i = 0; i < blockCount; i++) {
    while (e < entries.length && entries[e]!.block === i) {
      const entry = entries[e]!;
      while (stack.length && stack[stack.length - 1]!.level >= entry.level) stack.pop();
      stack.push(entry);
      current = stack.map((s) => s.marker + s.title).join(' > ');
      e++;
    }
    paths[i] = current;
  }
  return paths;
}
