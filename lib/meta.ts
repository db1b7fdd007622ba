// Citation metadata (docs/report-model.md §2): issuing body, dates, index and document
// numbers, source. Read from `<meta>` tags, metadata tables and lists, date and
// source lines, and the signature block at the end of the report.

import type { Block, Meta } from './types';
import { squash } from './detect';

export function emptyMeta(): Meta {
  return { publisher: '', published: '', written: '', indexNo: '', docNo: '', source: '' };
}

type Field = keyof Meta;

// Labels as portals write them, whitespace removed, in both scripts.
const LABELS: [RegExp, Field][] = [
  [/^(信息)?索引[号號]$/, 'indexNo'],
  [/^(发布|發佈|發布|公开|公開|生成|制发|製發)?(机构|機構|单位|單位|主体|主體)$|^发文机关$|^發文機關$|^发文单位$|^發文單位$/, 'publisher'],
  [/^(成文|生成|印发|印發|发文|發文)(日期|时间|時間)$/, 'written'],
  [/^(发布|發佈|發布|公开|公開)(日期|时间|時間)$/, 'published'],
  [/^(发文字号|發文字號|文号|文號|发文号|發文號)$/, 'docNo'],
  [/^(信息)?(来源|來源)$|^稿源$/, 'source'],
];

function fieldOfLabel(raw: string): Field | null {
  const label = raw.replace(/[\s\u00a0\u3000:：【】\[\]]/g, '');
  if (!label || label.length > 8) return null;
  for (const [re, field] of LABELS) if (re.test(label)) return field;
  return null;
}

const CN_DIGITS = '〇一二三四五六七八九十';

function cnDigit(c: string): number {
  if (c === '○' || c === '零') return 0;
  const i = CN_DIGITS.indexOf(c);
  return i < 0 ? NaN : i;
}

function cnSmall(s: string): number {
  // 1–31 and digit-by-digit years (二〇二四).
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4) return Number([...s].map((c) => cnDigit(c)).join(''));
  const i = s.indexOf('十');
  if (i < 0) return cnDigit(s);
  const tens = i === 0 ? 1 : cnDigit(s[0]!);
  const ones = i === s.length - 1 ? 0 : cnDigit(s[i + 1]!);
  return tens * 10 + ones;
}

const pad = (n: number) => String(n).padStart(2, '0');

const DATE_NUM = /((?:19|20)\d\d)\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})/;
const DATE_CN = /([二〇○零一三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/** YYYY-MM-DD from the date forms portals write, or ''. */
export function normalizeDate(text: string): string {
  const m = DATE_NUM.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  const c = DATE_CN.exec(text);
  if (c) return valid(cnSmall(c[1]!), cnSmall(c[2]!), cnSmall(c[3]!));
  const compact = /\b((?:19|20)\d\d)(\d\d)(\d\d)\b/.exec(text);
  if (compact) return valid(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return '';
}

function valid(y: number, m: number, d: number): string {
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return '';
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A 10- or 13-digit epoch timestamp as a date in China Standard Time, or ''. */
export function epochDate(raw: string): string {
  if (!/^\d{10}(\d{3})?$/.test(raw.trim())) return '';
  const ms = Number(raw) * (raw.trim().length === 10 ? 1000 : 1);
  const d = new Date(ms + 8 * 3600_000);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function cleanValue(field: Field, raw: string): string {
  // A value runs until the next label on the same line (来源：X 发布时间：Y).
  let value = squash(raw).replace(/^[:：\s]+/, '');
  const next = /\s*(?:(?:发布|發佈|發布)?(?:时间|時間|日期)|来源|來源|作者|浏览次数|瀏覽次數|点击|點擊|字号|字號|【)[:：]?/.exec(value);
  if (next && next.index > 0) value = value.slice(0, next.index);
  value = value.replace(/^[—\-–\s]+$/, '').trim();
  if (field === 'published' || field === 'written') return normalizeDate(value);
  return value.slice(0, 80);
}

function setOnce(meta: Meta, field: Field, value: string) {
  if (value && !meta[field]) meta[field] = value;
}

function fromMetaTags(doc: Document, meta: Meta) {
  const get = (name: string) => doc.querySelector(`meta[name="${name}" i]`)?.getAttribute('content')?.trim() ?? '';
  setOnce(meta, 'source', get('ContentSource'));
  for (const name of ['PubDate', 'firstpublishedtime', 'publishdate', 'pubdate', 'article:published_time']) {
    setOnce(meta, 'published', normalizeDate(get(name)));
  }
}

/** Longest text (whitespace collapsed) read as a label, a value or a date line. */
const CELL_MAX = 400;
/** Text nodes read for labels: metadata sits near the top of a page. */
const NODES_MAX = 20_000;

/**
 * The page's text pieces in document order, whitespace collapsed, empty ones left
 * out. Neighbouring text nodes of one element are one piece (索&nbsp;&nbsp;引&nbsp;&nbsp;号
 * may arrive as several nodes).
 */
function textPieces(doc: Document): string[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const pieces: string[] = [];
  let raw = '';
  let parent: Element | null = null;
  const flush = () => {
    const text = squash(raw.slice(0, CELL_MAX * 2)).slice(0, CELL_MAX);
    if (text) pieces.push(text);
    raw = '';
  };
  for (let node = walker.nextNode(); node && pieces.length < NODES_MAX; node = walker.nextNode()) {
    const el = (node as Text).parentElement;
    const tag = el?.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') continue;
    if (el !== parent || node.previousSibling?.nodeType === 1) flush();
    parent = el;
    if (raw.length < CELL_MAX * 2) raw += (node as Text).data;
  }
  flush();
  return pieces;
}

// A label inside a run of text: a short Chinese word after a non-Chinese character
// (or the start), then a colon. 资金来源： in a report sentence is not one.
const LABEL_COLON = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,6})\s*[:：]/g;

/**
 * Label/value pairs wherever portals write them: a label cell and the cell after
 * it (索引号 | 11500…), a bold label and the text after it (<b>发文字号：</b>…),
 * and "label：value" runs on one line (发布时间：2023-06-12 来源：XX). One pass
 * over the page's text nodes, so its cost is linear in the page.
 */
function fromLabels(pieces: readonly string[], meta: Meta): Set<number> {
  // Pieces read as the value of a label: not to be taken again as a date line.
  const used = new Set<number>();
  const valueAfter = (i: number) => {
    const next = pieces[i + 1] ?? '';
    if (fieldOfLabel(next)) return '';
    used.add(i + 1);
    return next;
  };
  for (let i = 0; i < pieces.length; i++) {
    const text = pieces[i]!;
    if (text.length > 200) continue;
    const whole = fieldOfLabel(text);
    if (whole) {
      if (!meta[whole]) setOnce(meta, whole, cleanValue(whole, valueAfter(i)));
      continue;
    }
    LABEL_COLON.lastIndex = 0;
    const found: { field: Field; start: number; end: number }[] = [];
    for (let m = LABEL_COLON.exec(text); m; m = LABEL_COLON.exec(text)) {
      const field = fieldOfLabel(m[1]!);
      if (field) found.push({ field, start: m.index, end: m.index + m[0].length });
    }
    found.forEach((f, k) => {
      if (meta[f.field]) return;
      const value = text.slice(f.end, found[k + 1]?.start ?? text.length);
      setOnce(meta, f.field, cleanValue(f.field, value.trim() ? value : k === found.length - 1 ? valueAfter(i) : ''));
    });
  }
  return used;
}

const DATE_LINE = /^(?:(?:发布|發佈|發布)?(?:时间|時間|日期)[:：]\s*)?((?:19|20)\d\d-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/;

const ORG_END =
  /(政府|人民政府|办事处|辦事處|委员会|委員會|管委会|管委會|局|街道|镇|鎮|乡|鄉|区|區|县|縣|市|厅|廳|部|署|办公室|辦公室|中心|院|所|司法所)$/;
const DATE_ONLY =
  /^[\s\u3000]*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[二〇○零一三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[\s\u3000]*$/;

/** The signature at the end of the report: issuing body and date. */
export function signatureOf(blocks: readonly Block[]): { publisher: string; date: string; blocks: number[] } {
  const result = { publisher: '', date: '', blocks: [] as number[] };
  const last = Math.max(0, blocks.length - 4);
  for (let i = blocks.length - 1; i >= last; i--) {
    const text = blocks[i]!.text.trim();
    if (text.length > 40) continue;
    if (DATE_ONLY.test(text)) {
      result.date = normalizeDate(text);
      result.blocks.push(i);
      const prev = blocks[i - 1]?.text.trim() ?? '';
      if (prev.length <= 30 && ORG_END.test(prev)) {
        result.publisher = prev;
        result.blocks.push(i - 1);
      }
      return result;
    }
    // Body and date on one line: XX街道办事处  2024年1月31日
    const m = /^(\S.{1,28}?)\s+((?:19|20)\d\d年\d{1,2}月\d{1,2}日)$/.exec(text);
    if (m && ORG_END.test(m[1]!)) {
      result.publisher = m[1]!;
      result.date = normalizeDate(m[2]!);
      result.blocks.push(i);
      return result;
    }
  }
  return result;
}

export function readMeta(doc: Document, blocks: readonly Block[]): Meta {
  const meta = emptyMeta();
  const pieces = textPieces(doc);
  const used = fromLabels(pieces, meta);
  fromMetaTags(doc, meta);
  const signature = signatureOf(blocks);
  setOnce(meta, 'written', signature.date);
  setOnce(meta, 'publisher', signature.publisher);
  // A date line near the title (2023-06-12 09:27) when no label names it.
  if (!meta.published) {
    for (let i = 0; i < pieces.length; i++) {
      const text = pieces[i]!;
      if (text.length > 60 || used.has(i)) continue;
      const date = DATE_LINE.exec(text);
      if (date) {
        meta.published = normalizeDate(date[1]!);
        break;
      }
    }
  }
  // Some portals fill the date in by script from a hidden epoch timestamp.
  if (!meta.published) {
    for (const input of Array.from(doc.querySelectorAll('input[type="hidden" i]'))) {
      const date = epochDate(input.getAttribute('value') ?? '');
      if (date) {
        meta.published = date;
        break;
      }
    }
  }
  if (!meta.publisher && meta.source) meta.publisher = meta.source;
  return meta;
}
