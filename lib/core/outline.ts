// The report outline from Chinese official numbering (docs/report-model.md §3).

import type { Block, OutlineEntry, OutlineProblem } from './types';

/** Marker kinds from the top of the hierarchy down. */
type Kind = 'lead' | 'part' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled' | 'markup';

const KIND_RANK: Record<Kind, number> = {
  markup: 9,
  lead: 0,
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

/** Run-in enumerations that open a paragraph: 一是… 二要… 第一，… 首先… (report-model §3: text, not headings). */
const RUN_IN =
  /^(?:[一二三四五六七八九十]{1,3}(?:是|要|方面|则|来)|第[一二三四五六七八九十]{1,3}[，,]|首先|其次|再次|最后|其[一二三四五六七八九十][，,、]|另一方面)/;

const SALUTATION = /^(?:各位代表|各位委员|同志们)/;

/** A date line or a short issuing-body line: a signature or a byline, never a heading. */
const DATE_LINE =
  /^[（(]?(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})\s*日[)）]?$/;
const SIGNATURE = /(?:人民政府|政府办公室|办公厅|委员会|办公室|政府|局|厅|委|院|部|中心)$/;
const BYLINE = /(?:省长|市长|区长|县长|州长|主席|书记|局长|主任)\s*[\u4e00-\u9fff·•・][\u4e00-\u9fff·•・ ]{1,11}$/;
/** A photo caption under the byline: 「…作政府工作报告。本报记者 某某 摄」. */
const CAPTION = /(?:记者|通讯员|摄影|供图)[^。；]{0,16}$|摄$/;

function isSignatureLine(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (DATE_LINE.test(t)) return true;
  // 「XX区人民政府 2024年3月5日」 on one line.
  if (t.length <= 40 && /\d{4}年\d{1,2}月\d{1,2}日[)）]?$/.test(t) && !/[。；，]/.test(t)) return true;
  return (t.length <= 20 && SIGNATURE.test(t)) || (text.length <= 24 && BYLINE.test(text.trim()));
}

/** Text with spaces, punctuation and quotes removed, for comparing a line with the title. */
function bare(s: string): string {
  return s.replace(/[\s\u3000《》〈〉“”"'‘’「」『』（）()【】\[\]—\-－·•：:，,。]/g, '');
}

/**
 * Lines of the body's front matter that a reader takes for the title, not headings:
 * the title repeated (whole, split over lines, or its year on a line of its own),
 * the subtitle (「——2024年1月…在…会议上」, 「（2024年3月）」) and the byline.
 */
function isFrontMatter(text: string, documentTitle: string): boolean {
  const t = bare(text);
  if (!t) return true;
  const title = bare(documentTitle);
  if (title && (title.includes(t) || t.includes(title))) return true;
  if (/^\d{4}年度?$/.test(t)) return true;
  if (/^[—\-－（(]/.test(text.trim())) return true;
  return /\d{4}年\d{1,2}月/.test(t) || isSignatureLine(text);
}

/**
 * The heading of an unnumbered paragraph the page marks up: an h1–h4, a short
 * wholly bold paragraph, or a bold lead phrase (「<strong>社会治理不断完善。</strong>持续…」).
 * Bracketed subheads (【基本案情】), run-in enumerations (一是, 第一，, 首先), signature
 * and date lines and salutations (各位代表：) are body text.
 */
function markupHeading(block: Block, documentTitle: string): string {
  const text = block.text.trim();
  // Only a heading element, a short bold line or a bold lead can be one: most paragraphs stop here.
  const marked = (block.heading && /^h[1-4]$/.test(block.tag)) || (block.bold && text.length <= 30);
  if (!marked && !(block.boldLead >= 4 && block.boldLead < text.length)) return '';
  if (!text || text === documentTitle || similarToTitle(text, documentTitle) || /^[【\[]/.test(text) || RUN_IN.test(text)) return '';
  // A line that ends in a colon leads into a list (重点抓好以下工作：); one that ends in >> is a link.
  if (SALUTATION.test(text) || isSignatureLine(text) || /[：:>»]$/.test(text)) return '';
  const looksLikeHeading = (s: string) => s.length >= 2 && s.length <= 40 && /[\u4e00-\u9fff]/.test(s) && !/日$/.test(s);
  if (marked) {
    return looksLikeHeading(text) && !/[。；]$/.test(text) ? text : '';
  }
  if (block.boldLead >= 4 && block.boldLead < text.length) {
    const lead = headingTitle(text.slice(0, block.boldLead));
    return looksLikeHeading(lead) ? lead : '';
  }
  return '';
}

/** A paragraph of running text: the report has begun, the front matter is over. */
function isBodyText(text: string): boolean {
  return text.length >= 40 && /[，。；]/.test(text) && !CAPTION.test(text.trim());
}

/**
 * An appendix head: 「附件1」「附件：」「附：…」「附录二」 or a notes section
 * (名词解释, 注释). `marker` is the appendix word as written; `title` what follows on the line.
 * A link to an attached file (附件：…报告.pdf) is not an appendix of the text.
 */
export function matchAppendix(text: string): { marker: string; title: string } | null {
  const t = text.trim();
  if (t.length > 40 || /[。；]/.test(t)) return null;
  const m = /^(附件\s*[0-9０-９一二三四五六七八九十]{0,3}|附录\s*[0-9０-９一二三四五六七八九十]{0,3}|附(?=\s*[:：]))\s*[:：]?/.exec(t);
  if (m) {
    const title = t.slice(m[0].length).trim();
    if (/\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|et)$/i.test(title)) return null;
    if (!title && !/[:：]$/.test(m[0]) && m[1] === '附') return null;
    return { marker: m[0].replace(/\s+/g, ''), title };
  }
  if (/^(?:名词解释|名词注释|注释|注解|附注)[:：]?$/.test(t)) return { marker: '', title: t.replace(/[:：]$/, '') };
  return null;
}

/** A closing that ends the report proper: the signature date, 特此报告, a closing exhortation (…！). */
function isSignOff(text: string): boolean {
  const t = text.trim();
  return isSignatureLine(t) || /^特此报告/.test(t) || /^各位代表/.test(t) || /[！!]$/.test(t);
}

/** Where each appendix after the sign-off begins. */
export function appendixStarts(blocks: readonly Block[]): number[] {
  const starts: number[] = [];
  blocks.forEach((block, i) => {
    if (block.inTable || !matchAppendix(block.text)) return;
    // The first appendix follows the report's sign-off; later ones follow the first.
    const signedOff = starts.length > 0 || blocks.slice(Math.max(0, i - 3), i).some((b) => isSignOff(b.text));
    if (signedOff) starts.push(i);
  });
  return starts;
}

export interface Outline {
  entries: OutlineEntry[];
  problems: OutlineProblem[];
}

type Found = { kind: Kind; marker: string; title: string; block: number };

/** Headings of blocks [from, to): numbered ones and those the page marks up. */
function findHeadings(blocks: readonly Block[], from: number, to: number, documentTitle: string, front: boolean): Found[] {
  const found: Found[] = [];
  let inFront = front && documentTitle !== '';
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    // A statistics table's rows (一、本年新收申请数量) are table rows, not the report's outline.
    if (block.inTable) continue;
    const m = matchMarker(block.text) ?? sequelMarker(block.text, found);
    if (m) {
      inFront = false;
      const title = headingTitle(m.rest);
      if (title) found.push({ kind: m.kind, marker: m.marker, title, block: i });
      continue;
    }
    const begun = !inFront || i > from;
    if (inFront && isBodyText(block.text)) inFront = false;
    // Before the report begins, a marked-up line is a heading only when the text it heads follows
    // (not the byline, the source and date lines or a toolbar's words).
    if (inFront && (isFrontMatter(block.text, documentTitle) || !isBodyText(blocks[i + 1]?.text ?? ''))) continue;
    const title = markupHeading(block, documentTitle) || (begun && standaloneHeading(blocks, i, to, documentTitle));
    if (title) found.push({ kind: 'markup', marker: '', title, block: i });
  }
  return partsAboveNumbering(found);
}

/**
 * A standalone lead line: a short line of its own, with no sentence punctuation, between
 * paragraphs of the report, which the next paragraph goes on to treat
 * (「“十四五”时期工作回顾」 then the review). Scraped or plainly typed pages lose the
 * bold that marked it; a reader still sees a heading.
 */
function standaloneHeading(blocks: readonly Block[], i: number, to: number, documentTitle: string): string {
  const text = blocks[i]!.text.trim();
  if (text.length < 4 || text.length > 30 || !/[\u4e00-\u9fff]{2}/.test(text)) return '';
  if (/[。；：:！？!?，,>》]$|[。；：:！？!?，,]/.test(text) || /^[【\[（(—\-－]/.test(text) || RUN_IN.test(text)) return '';
  if (isSignatureLine(text) || similarToTitle(text, documentTitle) || /日$/.test(text) || SALUTATION.test(text)) return '';
  const next = blocks[i + 1];
  const prev = blocks[i - 1];
  if (i + 1 >= to || !next || next.inTable || !isBodyText(next.text)) return '';
  // Between paragraphs of the report, not in a run of short chrome lines.
  return prev && !prev.inTable && (isBodyText(prev.text) || !!matchMarker(prev.text)) ? text : '';
}

/** The title with words left out or put in: 「2026年某省政府工作报告」 as 「2026年某省人民政府工作报告」. */
function similarToTitle(text: string, documentTitle: string): boolean {
  const a = bare(text);
  const b = bare(documentTitle);
  if (a.length < 6 || b.length < 6) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // A paragraph is far longer than the title: no need to walk it.
  if (short.length < long.length * 0.7) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length && short.length >= long.length * 0.7;
}

/**
 * A report that opens with an unnumbered heading, and has two or more of them that
 * come before any numbering or open a list numbered afresh from 1 (「“十四五”时期工作回顾」 …
 * 「2026年重点工作」 then （一）…), has them as its parts: the numbering restarts in each.
 * They stand at level 1 beside the highest numbering (levels are those of the numbering).
 */
function partsAboveNumbering(found: Found[]): Found[] {
  if (found[0]?.kind !== 'markup') return found;
  const firstNumbered = found.findIndex((f) => f.kind !== 'markup');
  if (firstNumbered < 0) return found;
  const top = found[firstNumbered]!.kind;
  const isPart = (f: Found, i: number) => {
    if (f.kind !== 'markup') return false;
    if (i < firstNumbered) return true;
    const next = found[i + 1];
    return !!next && next.kind === top && markerNumber(next.marker) === 1;
  };
  const parts = found.filter(isPart).length;
  return parts < 2 ? found : found.map((f, i) => (isPart(f, i) ? { ...f, kind: 'lead' } : f));
}

/**
 * 「20.2026年10件民生实事」「21.5+2就业之家」: a number, a point and digits reads as a
 * decimal unless it is the next item of a 1. 2. … list and the digits begin a year or a
 * name like 5+2 rather than a fraction.
 */
function sequelMarker(text: string, found: readonly Found[]): MarkerMatch | null {
  const m = /^(\d{1,2}[.．])(?=\d{4}年|\d{1,2}[+＋])/.exec(text.trim());
  if (!m) return null;
  const last = [...found].reverse().find((f) => f.kind !== 'markup' && KIND_RANK[f.kind] <= KIND_RANK.arabic);
  if (!last || last.kind !== 'arabic' || markerNumber(m[1]!) !== markerNumber(last.marker) + 1) return null;
  return { marker: m[1]!, kind: 'arabic', rest: text.trim().slice(m[1]!.length) };
}

/** Relative levels: the numbering kinds present, in hierarchy order, become base+1, base+2 …; an unnumbered heading sits one level below the numbered one before it. */
function levelled(found: readonly Found[], base: number, appendix: boolean): OutlineEntry[] {
  // Unnumbered parts (lead) sit at the top level beside the numbering, which keeps level 1 for its highest marker.
  const kinds = [...new Set(found.filter((f) => f.kind !== 'markup' && f.kind !== 'lead').map((f) => f.kind))].sort(
    (a, b) => KIND_RANK[a] - KIND_RANK[b],
  );
  const level = new Map<Kind, number>(kinds.map((k, i) => [k, base + i + 1]));
  level.set('lead', base + 1);
  let lastNumbered = base;
  return found.map((f) => {
    const l = f.kind === 'markup' ? lastNumbered + 1 : level.get(f.kind)!;
    if (f.kind !== 'markup') lastNumbered = l;
    return { level: l, marker: f.marker, title: f.title, block: f.block, appendix };
  });
}

/**
 * The outline of the report and, after it, one part per appendix that follows the
 * sign-off (附件1 with its own 一、…): the appendix heads at level 1 with their headings
 * below, numbering counted afresh in each part.
 */
export function buildOutline(blocks: readonly Block[], documentTitle = ''): Outline {
  const starts = appendixStarts(blocks);
  const reportEnd = starts[0] ?? blocks.length;
  const report = findHeadings(blocks, 0, reportEnd, documentTitle, true);
  const entries = levelled(report, 0, false);
  const problems = numberingProblems(report);
  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? blocks.length;
    const head = matchAppendix(blocks[start]!.text)!;
    let title = head.title;
    let from = start + 1;
    // 「附件1」 alone, its title on the next line.
    const next = blocks[from];
    if (!title && next && !next.inTable && next.text.length <= 50 && !/[。；]/.test(next.text) && !matchMarker(next.text) && from < end) {
      title = next.text.trim();
      from++;
    }
    entries.push({ level: 1, marker: head.marker, title, block: start, appendix: true });
    const inner = findHeadings(blocks, from, end, documentTitle, false);
    entries.push(...levelled(inner, 1, true));
    problems.push(...numberingProblems(inner));
  });
  return { entries, problems };
}

/** The block from which the appendices run to the end, or -1 when the report has none. */
export function appendixStart(entries: readonly OutlineEntry[]): number {
  return entries.find((e) => e.appendix)?.block ?? -1;
}

/** A heading as a reader writes it: 「一、总体情况」, 「附件1 名词解释」. */
export function headingText(entry: Pick<OutlineEntry, 'marker' | 'title'>): string {
  const gap = entry.title && /^附[^：:]*$/.test(entry.marker) ? ' ' : '';
  return entry.marker + gap + entry.title;
}

function numberingProblems(found: readonly Found[]): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  // The last number seen for each kind; a kind restarts when a higher kind appears.
  const last = new Map<Kind, number>();
  for (const f of found) {
    if (f.kind === 'markup') continue;
    for (const k of [...last.keys()]) if (KIND_RANK[k] > KIND_RANK[f.kind]) last.delete(k);
    // An unnumbered part restarts the numbering under it and has no number of its own.
    if (f.kind === 'lead') continue;
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
      current = stack.map(headingText).join(' > ');
      e++;
    }
    paths[i] = current;
  }
  return paths;
}
