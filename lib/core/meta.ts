// Citation metadata (docs/report-model.md §2): issuing body, dates, index and document
// numbers, source — the article's own, as a reader finds them: its metadata table and
// labelled lines, its `<meta>` tags, the date line under its title, the 文号 line at
// the top of the body and the signature at the end. Never a date or a name from a
// list of other articles, the navigation, a header clock or a statistics table.

import { isBoilerplateText } from './boilerplate';
import { pageTitle, squash } from './detect';
import { CLOCK_WORDS, DATE_ONLY_LINE, SIGNATURE_DATE, STARTS_WITH_DATE, epochDate, normalizeDate } from './meta-date';
import { aboutOtherArticles, inFiguresTable } from './meta-place';
import {
  CHROME_LINE_LABELS,
  DATE_LINE_TAIL,
  FIELD_LABELS,
  NEXT_LABEL as NEXT_LABEL_WORDS,
  OTHER_LABELS,
  PUBLISHED_META,
  SOURCE_META,
} from './portal-knowledge';
import type { Block, Meta } from './types';

export { epochDate, normalizeDate } from './meta-date';

export function emptyMeta(): Meta {
  return { publisher: '', published: '', written: '', indexNo: '', docNo: '', source: '' };
}

type Field = keyof Meta;
/** 时间：/日期： alone name the article's date only on its date line under the title. */
type Label = Field | 'bareDate';

// Labels as portals write them, whitespace removed, in both scripts (lib/core/portal-knowledge.ts).
const LABELS: [RegExp, Label][] = FIELD_LABELS.map((e) => [new RegExp(`^(?:${e.pattern.source})$`), e.field]);

/** Other labels of metadata tables and info bars: never the value of the label before them. */
const OTHER_LABEL = new RegExp(`^${OTHER_LABELS.pattern.source}$`);

function labelOf(raw: string): Label | null {
  const label = raw.replace(/[\s\u00a0\u3000:：【】\[\]]/g, '');
  if (!label || label.length > 8) return null;
  for (const [re, field] of LABELS) if (re.test(label)) return field;
  return null;
}

/** A label of any kind: 主题分类：, 主 题 词, 浏览次数： — not a value. */
function looksLikeLabel(text: string): boolean {
  const compact = text.replace(/[\s\u00a0\u3000【】\[\]]/g, '');
  return /^[\u4e00-\u9fff]{1,8}[:：]/.test(compact) || OTHER_LABEL.test(compact.replace(/[:：]$/, '')) || !!labelOf(text);
}

// A value runs until the next label on the same line (来源：X 发布时间：Y).
const NEXT_LABEL = NEXT_LABEL_WORDS.pattern;
/** A unit in brackets or a bare measure word (（单位：万元）, 件): a table's caption, not a name. */
const UNIT = /^[（(]?\s*(计量|計量)?(单位|單位)|^[万萬亿億千百]?(元|件|人|人次|个|個|户|戶|项|項|次|吨|噸|亩|畝|平方米|%|％)[)）]?$/;
const DOC_NUMBER = /[〔［\[(（]\s*(?:19|20)\d\d\s*[〕］\])）]\s*第?\s*\d{1,5}\s*[号號]|\d{1,5}\s*[号號]$/;
/** A document-number line at the top of a body: X府发〔2024〕3号, 某政办函〔2025〕12号. */
const DOC_NUMBER_LINE = /^[\u4e00-\u9fffA-Za-z]{1,16}\s*[〔［\[(（]\s*(?:19|20)\d\d\s*[〕］\])）]\s*第?\s*\d{1,5}\s*[号號]$/;

function cleanValue(field: Field, raw: string): string {
  let value = squash(raw).replace(/^[:：\s]+/, '');
  const next = NEXT_LABEL.exec(value);
  if (next && next.index > 0) value = value.slice(0, next.index);
  value = value.replace(/^[—\-–\s]+$/, '').trim();
  if (!value || looksLikeLabel(value)) return '';
  if (field === 'published' || field === 'written') return CLOCK_WORDS.test(value) ? '' : normalizeDate(value);
  if (STARTS_WITH_DATE.test(value)) return '';
  if (field === 'docNo') return DOC_NUMBER.test(value) && value.length <= 40 ? value : '';
  if (field === 'indexNo') return /\d/.test(value) && !/[。，]/.test(value) ? value.slice(0, 60) : '';
  // Publisher and source: a name, never a unit, a number or a sentence.
  if (UNIT.test(value) || /^[\d\s.,:：/-]+$/.test(value) || /[。；]/.test(value)) return '';
  if (/^[^（(]*[)）]$/.test(value)) return '';
  return value.slice(0, 80);
}

function setOnce(meta: Meta, field: Field, value: string): boolean {
  if (!value || meta[field]) return false;
  meta[field] = value;
  return true;
}

function fromMetaTags(doc: Document, meta: Meta) {
  // One pass over the <meta> elements, not two queries per name (each a walk of the whole page):
  // the first element with the name, failing that the first with the property.
  const byName = new Map<string, Element>();
  const byProperty = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name = el.getAttribute('name')?.toLowerCase();
    const property = el.getAttribute('property')?.toLowerCase();
    if (name !== undefined && !byName.has(name)) byName.set(name, el);
    if (property !== undefined && !byProperty.has(property)) byProperty.set(property, el);
  }
  const get = (name: string) =>
    (byName.get(name.toLowerCase()) ?? byProperty.get(name.toLowerCase()))?.getAttribute('content')?.trim() ?? '';
  setOnce(meta, 'source', cleanValue('source', get(SOURCE_META.name)));
  for (const { name } of PUBLISHED_META) setOnce(meta, 'published', normalizeDate(get(name)));
}

/** Longest text (whitespace collapsed) read as a label, a value or a date line. */
const CELL_MAX = 400;
/** Text nodes read for labels: metadata sits near the top of a page. */
const NODES_MAX = 20_000;

interface Piece {
  text: string;
  el: Element | null;
}

/**
 * The page's text pieces in document order, whitespace collapsed, empty ones left
 * out. Neighbouring text nodes of one element are one piece (索&nbsp;&nbsp;引&nbsp;&nbsp;号
 * may arrive as several nodes).
 */
function textPieces(doc: Document): Piece[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const pieces: Piece[] = [];
  let raw = '';
  let parent: Element | null = null;
  const flush = () => {
    const text = squash(raw.slice(0, CELL_MAX * 2)).slice(0, CELL_MAX);
    if (text) pieces.push({ text, el: parent });
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

const compact = (s: string) => s.replace(/[\s\u00a0\u3000\u2002\u2003]+/g, '');
/** A paragraph of the report's prose, not a heading, a chrome line or a date line. */
const PROSE = /^.{40,}$/s;

/**
 * Where the article's own date line can stand: from its title to the first paragraph
 * of its prose. Dates before the title (a header clock, a sidebar) and after the
 * opening (lists of other articles, dates in the text) are not its date line.
 */
function headSpan(pieces: readonly Piece[], title: string, blocks: readonly Block[]): { from: number; to: number } {
  const t = compact(title);
  let from = t ? pieces.findIndex((p) => compact(p.text) === t) : -1;
  if (from < 0 && t) from = pieces.findIndex((p) => p.text.length <= title.length + 12 && compact(p.text).includes(t));
  // Failing that, the first heading-like piece: what a reader takes for the title.
  if (from < 0) from = pieces.findIndex((p) => p.text.length >= 6 && !!p.el?.closest('h1, h2, h3, [class*="title" i]'));
  if (from < 0) from = 0;
  const prose = blocks.find((b) => PROSE.test(b.text) && /[。，；,;]/.test(b.text));
  const block = prose ? compact(prose.text) : '';
  let to = pieces.length;
  if (block) {
    for (let i = from + 1; i < pieces.length; i++) {
      const p = compact(pieces[i]!.text);
      if (p.length >= Math.min(4, block.length) && block.startsWith(p)) {
        to = i;
        break;
      }
    }
  }
  return { from, to };
}

// A label inside a run of text: a short Chinese word after a non-Chinese character
// (or the start), then a colon. 资金来源： in a report sentence is not one.
const LABEL_COLON = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,6})\s*[:：]/g;

/** Text that is the article's, not another article's, the navigation's or a statistics table's. */
function ownText(piece: Piece): boolean {
  return !aboutOtherArticles(piece.el) && !inFiguresTable(piece.el);
}

/**
 * Label/value pairs wherever portals write them: a label cell and the cell after
 * it (索引号 | 11500…), a bold label and the text after it (<b>发文字号：</b>…),
 * and "label：value" runs on one line (发布时间：2023-06-12 来源：XX). One pass
 * over the page's text pieces, so its cost is linear in the page. Returns the
 * pieces taken as values, not to be read again as date lines.
 */
function fromLabels(pieces: readonly Piece[], meta: Meta, head: { from: number; to: number }): Set<number> {
  const used = new Set<number>();
  const fieldOf = (label: Label, i: number): Field | null =>
    label !== 'bareDate' ? label : i >= head.from && i < head.to ? 'published' : null;
  const take = (field: Field, value: string, valueIndex: number | null) => {
    if (meta[field]) return;
    if (setOnce(meta, field, cleanValue(field, value)) && valueIndex !== null) used.add(valueIndex);
  };
  const valueAfter = (i: number) => {
    const next = pieces[i + 1]?.text ?? '';
    return looksLikeLabel(next) ? '' : next;
  };
  for (let i = 0; i < pieces.length; i++) {
    const { text } = pieces[i]!;
    if (text.length > 200) continue;
    const whole = labelOf(text);
    if (whole) {
      const field = fieldOf(whole, i);
      if (field && !meta[field] && ownText(pieces[i]!)) take(field, valueAfter(i), i + 1);
      continue;
    }
    LABEL_COLON.lastIndex = 0;
    const found: { field: Field; start: number; end: number }[] = [];
    for (let m = LABEL_COLON.exec(text); m; m = LABEL_COLON.exec(text)) {
      const label = labelOf(m[1]!);
      const field = label && fieldOf(label, i);
      if (field) found.push({ field, start: m.index, end: m.index + m[0].length });
    }
    if (!found.length || !ownText(pieces[i]!)) continue;
    found.forEach((f, k) => {
      const value = text.slice(f.end, found[k + 1]?.start ?? text.length);
      if (value.trim()) take(f.field, value, null);
      else if (k === found.length - 1) take(f.field, valueAfter(i), i + 1);
    });
  }
  return used;
}

const ORG_END =
  /(政府|人民政府|办事处|辦事處|委员会|委員會|管委会|管委會|局|街道|镇|鎮|乡|鄉|区|區|县|縣|市|厅|廳|部|署|办公室|辦公室|中心|院|所|司法所)$/;
/** Blocks at the end of a body read for the signature. */
const SIGNATURE_BLOCKS = 4;
/** An appendix heading after the sign-off: 附件1, 附件：, 附表. */
const APPENDIX = /^(附件|附表)\s*[\d一二三四五六七八九十]*\s*[:：]?/;

/** Body lines that are portal chrome (来源：…, 分享到, 扫一扫…), not the report's end. */
function chromeLine(text: string): boolean {
  return isBoilerplateText(text) || CHROME_LINE_LABELS.pattern.test(text);
}

/** The signature at the end of the report (before any appendix): issuing body and date. */
export function signatureOf(blocks: readonly Block[]): { publisher: string; date: string; blocks: number[] } {
  const found = signatureBefore(blocks, blocks.length);
  if (found.date) return found;
  // The sign-off comes before the appendices (附件1 …), which run to the end.
  for (let i = Math.floor(blocks.length / 3); i < blocks.length; i++) {
    const text = blocks[i]!.text.trim();
    if (text.length <= 30 && APPENDIX.test(text)) {
      const before = signatureBefore(blocks, i);
      if (before.date) return before;
    }
  }
  return found;
}

function signatureBefore(blocks: readonly Block[], end: number): { publisher: string; date: string; blocks: number[] } {
  const result = { publisher: '', date: '', blocks: [] as number[] };
  for (let i = end - 1, seen = 0; i >= 0 && seen < SIGNATURE_BLOCKS; i--) {
    const text = blocks[i]!.text.trim();
    if (chromeLine(text)) continue;
    seen++;
    if (text.length > 40) continue;
    if (SIGNATURE_DATE.test(text)) {
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

/** Blocks at the top of a body read for a 文号 line. */
const DOC_NUMBER_BLOCKS = 6;

/** The 文号 line at the top of a body (X府发〔2024〕3号), or ''. */
export function docNumberLine(blocks: readonly Block[]): string {
  // Chrome lines a scraper or portal leaves above the text (下载, 打印, 来源：…) do not count.
  for (let i = 0, seen = 0; i < blocks.length && seen < DOC_NUMBER_BLOCKS; i++) {
    const text = squash(blocks[i]!.text);
    if (DOC_NUMBER_LINE.test(text)) return text.replace(/\s+/g, '');
    if (text.length > 6 && !chromeLine(text)) seen++;
  }
  return '';
}

/** Hidden inputs a portal's script reads the date from (pubTs, fbsj): named for a time. */
const TIME_NAME = /time|date|pub|ts$|fbsj|fbrq|rq$/i;

export function readMeta(doc: Document, blocks: readonly Block[], title: string = pageTitle(doc)): Meta {
  const meta = emptyMeta();
  const pieces = textPieces(doc);
  const head = headSpan(pieces, title, blocks);
  const used = fromLabels(pieces, meta, head);
  fromMetaTags(doc, meta);
  const signature = signatureOf(blocks);
  setOnce(meta, 'written', signature.date);
  setOnce(meta, 'publisher', signature.publisher);
  setOnce(meta, 'docNo', docNumberLine(blocks));
  // The date line under the title (2023-06-12 09:27) when no label names it.
  const signed = new Set(signature.blocks.map((i) => compact(blocks[i]!.text)));
  for (let i = head.from; i < head.to && !meta.published; i++) {
    const piece = pieces[i]!;
    if (piece.text.length > 60 || used.has(i) || CLOCK_WORDS.test(piece.text) || signed.has(compact(piece.text))) continue;
    const line = piece.text.replace(DATE_LINE_TAIL.pattern, '');
    if (DATE_ONLY_LINE.test(line) && ownText(piece)) meta.published = normalizeDate(line);
  }
  // Some portals fill the date in by script from a hidden epoch timestamp.
  if (!meta.published) {
    for (const input of Array.from(doc.querySelectorAll('input[type="hidden" i]'))) {
      if (!TIME_NAME.test(`${input.getAttribute('name') ?? ''} ${input.getAttribute('id') ?? ''}`.trim())) continue;
      const date = epochDate(input.getAttribute('value') ?? '');
      if (date) {
        meta.published = date;
        break;
      }
    }
  }
  return meta;
}
