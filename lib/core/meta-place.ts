// Where a piece of page text stands, for the citation metadata: a date or a 来源 in a
// list of other articles (相关文章, 上一篇/下一篇, a column list or a sidebar: links
// each with its date), in the navigation, or in a statistics table of the report is
// not the article's own.

import { LIST_HEADINGS, LIST_TOKENS, tokenPattern } from './portal-knowledge';

/** Headings of lists of other articles, in both scripts (lib/core/portal-knowledge.ts). */
const LIST_HEADING = new RegExp(`^[\\s【\\[]*${LIST_HEADINGS.pattern.source}`);
/** Class and id words of such lists and of the navigation. */
const LIST_ATTR = tokenPattern(LIST_TOKENS);
const LIST_TAGS = new Set(['nav', 'aside', 'select', 'option']);
/** Rows that hold one listed item. */
const ROW_TAGS = new Set(['li', 'dd', 'dt', 'tr', 'p']);
const HAN = /[\u4e00-\u9fff]/g;
/** Ancestors looked at: lists sit a few levels above their dates. */
const DEPTH = 8;
/** A list's heading stands just above the list, not above the whole page column. */
const HEADING_DEPTH = 5;

/** The first `max` characters of an element's text, without reading all of a large element. */
export function shortText(el: Element | null, max = 40): string {
  if (!el) return '';
  let text = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c && text.length < max; c = c.nextSibling) {
      // Whitespace collapsed as it comes, so indentation does not count towards `max`.
      if (c.nodeType === 3) text += (c as Text).data.slice(0, max * 4).replace(/[\s\u00a0\u3000]+/g, ' ');
      else if (c.nodeType === 1) {
        const tag = (c as Element).localName;
        if (tag !== 'script' && tag !== 'style') walk(c);
      }
    }
  };
  walk(el);
  return text
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim()
    .slice(0, max);
}

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

const ITEM_BOUNDARY = new Set(['li', 'tr', 'ul', 'ol', 'table', 'tbody', 'dl', 'p']);
const INLINE = new Set(['span', 'font', 'b', 'strong', 'em', 'i', 'u']);

/**
 * Whether a label stands just before `link` — in its cell (来源：<a>…</a>) or in the
 * cell before (<td>发布机构</td><td><a>…</a></td>): then the link is a value, not a title.
 */
function afterLabel(link: Element): boolean {
  let node: Node | null = link;
  for (let up = 0; node && up < 3; up++, node = node.parentNode) {
    // Up to the link's cell (<td>, <dd>, a value <div>), through inline wrappers only, and
    // never past a list item or a row: what stands before those is the list's own heading.
    const tag = (node as Element).localName;
    if (up > 0 && ITEM_BOUNDARY.has(tag)) return false;
    if (up > 1 && !INLINE.has((link.parentNode as Element | null)?.localName ?? '')) return false;
    let prev = node.previousSibling;
    while (prev && prev.nodeType !== 1 && !(prev.nodeType === 3 && (prev as Text).data.trim())) prev = prev.previousSibling;
    if (!prev) continue;
    const text = (prev.nodeType === 3 ? (prev as Text).data : shortText(prev as Element, 30)).trim().slice(-20);
    const label = /([\u4e00-\u9fff]{1,8})\s*[:：]$/.exec(text)?.[1] ?? /^([\u4e00-\u9fff\s]{2,8})$/.exec(text)?.[1];
    // 上一篇：<a>…</a> is a link to another article all the same.
    return !!label && !LIST_HEADING.test(label.replace(/\s/g, ''));
  }
  return false;
}

/** A link that reads like another article's title (not 打印, 大 中 小, 首页, nor a labelled value). */
function titleLinkIn(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < Math.min(links.length, 20); i++) {
    const link = links[i]!;
    if (hanCount(shortText(link, 60)) >= 6 && !afterLabel(link)) return true;
  }
  return false;
}

/** A short element whose whole text names a list of other articles (相关链接, 上一篇：). */
function listHeading(el: Element | null): boolean {
  const text = shortText(el, 30);
  return text.length <= 14 && LIST_HEADING.test(text);
}

/** Longest text of one listed item: a title and its date. */
const ITEM_MAX = 160;

/** A short element with another article's title link: one item of a list. */
function listItem(el: Element): boolean {
  let known = itemCache.get(el);
  if (known === undefined) {
    known = shortText(el, ITEM_MAX * 2).length < ITEM_MAX && titleLinkIn(el);
    itemCache.set(el, known);
  }
  return known;
}
const itemCache = new WeakMap<Element, boolean>();

/** Whether `item` is a list item among siblings of its kind that are list items too. */
function amongListed(item: Element): boolean {
  const parent = item.parentElement;
  if (!parent || !listItem(item)) return false;
  let items = 0;
  for (let c = parent.firstElementChild, seen = 0; c && seen < 40 && items < 2; c = c.nextElementSibling, seen++) {
    if (c.localName === item.localName && listItem(c)) items++;
  }
  return items >= 2;
}

const cache = new WeakMap<Element, boolean>();

/**
 * Whether text in `el` belongs to a list of other articles or the navigation: its row
 * (li, dd, tr, p) holds another article's title link; it is one of several sibling
 * items each with a title link; a heading above it names such a list (相关链接,
 * 上一篇…); or the markup says so (nav, aside, class "related", "sidebar").
 */
export function aboutOtherArticles(el: Element | null): boolean {
  if (!el) return false;
  const known = cache.get(el);
  if (known !== undefined) return known;
  const answer = decide(el);
  cache.set(el, answer);
  return answer;
}

function decide(start: Element): boolean {
  let child: Element | null = null;
  let el: Element | null = start;
  for (let depth = 0; el && depth < DEPTH; depth++, child = el, el = el.parentElement) {
    const tag = el.localName;
    if (tag === 'body' || tag === 'html') break;
    if (LIST_TAGS.has(tag)) return true;
    const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (LIST_ATTR.test(attrs)) return true;
    if (depth < 4 && ROW_TAGS.has(tag) && titleLinkIn(el)) return true;
    if (depth < 3 && amongListed(el)) return true;
    if (depth >= HEADING_DEPTH) continue;
    if (listHeading(el.previousElementSibling)) return true;
    const first = el.firstElementChild;
    if (first && first !== child && first !== start && listHeading(first)) return true;
  }
  return false;
}

/** How far above a piece of text its table may be (cell, a few wrappers, the row, the table's sections). */
const TABLE_DEPTH = 24;
const NUMERIC_CELL = /^[-+]?[\d,，]+(\.\d+)?\s*[%％]?$/;
const tableCache = new WeakMap<Element, boolean>();

/** Whether `el` is inside a table of figures (a report's statistics), not a metadata table. */
export function inFiguresTable(el: Element | null): boolean {
  // A bounded walk, not closest(): asked for every labelled piece, closest() on a
  // page nested thousands deep walked to the root each time (quadratic).
  let table: Element | null = el ?? null;
  for (let depth = 0; table && table.localName !== 'table'; depth++) table = depth < TABLE_DEPTH ? table.parentElement : null;
  if (!table) return false;
  const known = tableCache.get(table);
  if (known !== undefined) return known;
  const cells = table.querySelectorAll('td, th');
  let numeric = 0;
  const n = Math.min(cells.length, 200);
  for (let i = 0; i < n; i++) if (NUMERIC_CELL.test(shortText(cells[i]!, 20))) numeric++;
  const answer = numeric >= 3 && numeric >= n * 0.2;
  tableCache.set(table, answer);
  return answer;
}
