// Paragraphs from positioned text (a PDF's text items, an OFD's text codes): the
// file knows where each run of glyphs sits, not where a paragraph ends. Lines are
// rebuilt from positions (top to bottom, then left to right); a line break inside
// a sentence is not a paragraph; running headers, footers and page numbers that
// repeat page after page are left out; `一、` at a line start opens a heading.

import type { FileParagraph } from './types';

export interface TextRun {
  page: number; // 1-based
  x: number; // left edge
  y: number; // baseline, measured down from the top of the page
  width: number;
  size: number; // font size, in the same unit as x and y
  text: string;
}

export interface Line {
  page: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
}

const ASCII_WORD = /[A-Za-z0-9]$/;
const ASCII_START = /^[A-Za-z0-9]/;

/**
 * Whitespace as a reader sees it: one space between Latin words and numbers, none
 * next to a Chinese character (pdf.js puts a space where justified text spreads out).
 */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([^\x00-\xff]) | (?=[^\x00-\xff])/g, '$1')
    .trim();
}

/** Runs on one baseline become a line; a wide gap between two Latin words keeps a space. */
export function linesOf(runs: readonly TextRun[]): Line[] {
  const byPage = new Map<number, TextRun[]>();
  for (const r of runs) {
    if (!r.text.trim()) continue;
    const list = byPage.get(r.page) ?? [];
    list.push(r);
    byPage.set(r.page, list);
  }
  const lines: Line[] = [];
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    const sorted = byPage.get(page)!.sort((a, b) => a.y - b.y || a.x - b.x);
    let current: TextRun[] = [];
    const flush = () => {
      if (!current.length) return;
      current.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const r of current) {
        const gap = r.x - end;
        if (text && gap > r.size * 0.25 && (ASCII_WORD.test(text) || ASCII_START.test(r.text))) text += ' ';
        text += r.text;
        end = Math.max(end, r.x + r.width);
      }
      const size = Math.max(...current.map((r) => r.size));
      lines.push({ page, x0: current[0]!.x, x1: end, y: current[0]!.y, size, text: tidy(text) });
      current = [];
    };
    for (const r of sorted) {
      const base = current[0];
      // Same line: baselines closer than half the smaller font size.
      if (base && Math.abs(r.y - base.y) > Math.min(r.size, base.size) * 0.5) flush();
      current.push(r);
    }
    flush();
  }
  return lines;
}

/** A page number as printed: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 9 页, 3/9, Page 3. */
const PAGE_NUMBER =
  /^(?:[-—–－_~·\s]*\d{1,4}[-—–－_~·\s]*|第\s*\d{1,4}\s*[页頁](?:\s*[,，]?\s*共\s*\d{1,4}\s*[页頁])?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** The lines to leave out: page numbers and what repeats at the top or foot of most pages. */
export function boilerplateLines(lines: readonly Line[]): Set<Line> {
  const out = new Set<Line>();
  const pages = new Map<number, Line[]>();
  for (const l of lines) {
    const list = pages.get(l.page) ?? [];
    list.push(l);
    pages.set(l.page, list);
  }
  // The two lines nearest each edge of a page are where running heads and feet sit.
  const edges: Line[] = [];
  for (const list of pages.values()) {
    const ends = new Set([...list.slice(0, 2), ...list.slice(-2)]);
    edges.push(...ends);
  }
  // The same words (page numbers aside) at the same height of the page.
  const key = (l: Line) => `${Math.round(l.y / l.size)}:${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const count = new Map<string, Set<number>>();
  for (const l of edges) {
    const k = key(l);
    const on = count.get(k) ?? new Set<number>();
    on.add(l.page);
    count.set(k, on);
  }
  const many = Math.max(2, Math.ceil(pages.size * 0.6));
  for (const l of edges) {
    if (PAGE_NUMBER.test(l.text.trim())) out.add(l);
    else if (pages.size >= 2 && count.get(key(l))!.size >= many && l.text.length <= 80) out.add(l);
  }
  return out;
}

/** `一、` `二、` … `十二、` , `第一章`, `第一部分`: a top-level heading opens a line. */
const HEADING_START =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、．.]|第[一二三四五六七八九十]{1,3}[章部节節]|[（(][一二三四五六七八九十]{1,3}[)）])/;
const SENTENCE_END = /[。！？!?；;：:」』”"）)]$/;

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The most common value, rounded to `step` (the body's left margin). */
function mode(values: number[], step: number): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v / step), (counts.get(Math.round(v / step)) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [k, c] of counts) if (c > bestCount || (c === bestCount && k < best)) [best, bestCount] = [k, c];
  return best * step;
}

function joinLines(a: string, b: string): string {
  return ASCII_WORD.test(a) && ASCII_START.test(b) ? `${a} ${b}` : a + b;
}

export interface Paragraphs {
  /** The title: the larger line(s) at the head of the first page; '' when there is none. */
  title: string;
  paragraphs: FileParagraph[];
}

/** Paragraphs from lines: a new one at an indent, after a short line, a wide gap or a change of size. */
export function paragraphsOf(allLines: readonly Line[]): Paragraphs {
  const skip = boilerplateLines(allLines);
  const lines = allLines.filter((l) => !skip.has(l));
  if (!lines.length) return { title: '', paragraphs: [] };
  const body = median(lines.map((l) => l.size));
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) < body * 0.15);
  const left = mode(
    bodyLines.map((l) => l.x0),
    body * 0.25,
  );
  const right = median(bodyLines.filter((l) => l.x1 - l.x0 > body * 10).map((l) => l.x1)) || Math.max(...bodyLines.map((l) => l.x1));
  const gaps: number[] = [];
  for (let i = 1; i < bodyLines.length; i++) {
    const g = bodyLines[i]!.y - bodyLines[i - 1]!.y;
    if (bodyLines[i]!.page === bodyLines[i - 1]!.page && g > 0) gaps.push(g);
  }
  const lineGap = median(gaps) || body * 1.5;
  const centre = (left + right) / 2;
  const isCentred = (l: Line) => l.x0 > left + body * 1.5 && l.x1 < right - body * 1.5 && Math.abs((l.x0 + l.x1) / 2 - centre) < body * 1.2;
  const isLarger = (l: Line) => l.size > body * 1.15;

  const paragraphs: FileParagraph[] = [];
  let title = '';
  let prev: Line | null = null;
  let open: FileParagraph | null = null;
  let titleOpen = true;
  for (const line of lines) {
    // The title: larger lines at the head of the first page, before any body line.
    if (titleOpen && line.page === lines[0]!.page && isLarger(line)) {
      title = joinLines(title, line.text);
      prev = line;
      continue;
    }
    titleOpen = false;
    const indented = line.x0 > left + body * 0.8;
    const centred = isCentred(line);
    let breaks = !open || !prev;
    if (!breaks && prev && open) {
      const samePage = prev.page === line.page;
      const gap = samePage ? line.y - prev.y : lineGap;
      breaks =
        indented ||
        centred ||
        !!open.centered ||
        isLarger(line) !== isLarger(prev) ||
        (samePage && gap > lineGap * 1.45) ||
        // The last line of a paragraph stops short of the right margin.
        prev.x1 < right - body * 1.5 ||
        (HEADING_START.test(line.text) && (SENTENCE_END.test(prev.text) || prev.x1 < right - body * 0.5));
    }
    if (breaks) {
      open = { text: line.text, page: line.page };
      if (centred) open.centered = true;
      if (isLarger(line) || HEADING_START.test(line.text)) open.heading = true;
      paragraphs.push(open);
    } else open!.text = joinLines(open!.text, line.text);
    prev = line;
  }
  return { title, paragraphs };
}
