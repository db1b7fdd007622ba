// Finds the element that holds the report body on the live page: the body
// containers of the portal CMS families first (docs/portal-pages.md), then Readability
// on a clone, then plain text density. The live element is returned (not a copy),
// so headings and figures can be located and boilerplate hidden in place.

import { Readability } from '@mozilla/readability';
import { tagOf } from './blocks';
import { BODY_CONTAINERS } from './portal-knowledge';

export type ArticleMethod = 'portal' | 'readability' | 'density' | 'body';

export interface Article {
  element: Element;
  method: ArticleMethod;
  selector: string;
}

/** Body containers of the portal families, most specific first (lib/core/portal-knowledge.ts). */
export const BODY_SELECTORS = BODY_CONTAINERS.map((e) => e.selector);

const BODY_SELECTOR_LIST = BODY_SELECTORS.join(', ');
const MIN_BODY_CHARS = 150;
const MAX_BOXES_PER_SELECTOR = 8;

/**
 * Readability reads the text of every element once per level above it, and
 * parses the page again up to three times when it finds too little: on pages
 * far larger or deeper than a portal page that is far from linear, and the
 * body is found by text density instead.
 */
const READABILITY_MAX_ELEMENTS = 5000;
const READABILITY_MAX_DEPTH = 60;
/** Characters of text (a long report has some tens of thousands). */
const READABILITY_MAX_TEXT = 200_000;

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Whitespace runs in the clone's text cut to one space (HTML shows them so):
 * Readability takes microseconds per character of a long run of mixed
 * whitespace (U+3000, nbsp, line breaks), and the clone is only read.
 */
function collapseWhitespace(root: Element): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node as Text;
      if (/\s\s/.test(text.data)) text.data = text.data.replace(/\s{2,}/g, ' ');
      continue;
    }
    if (node.nodeType !== 1 || tagOf(node as Element) === 'pre' || tagOf(node as Element) === 'textarea') continue;
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
}

/** Whether the page is small and shallow enough for Readability (stops counting at the limits). */
function fitsReadability(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  let elements = 0;
  let text = 0;
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node.nodeType === 3) {
      if ((text += (node as Text).data.length) > READABILITY_MAX_TEXT) return false;
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (++elements > READABILITY_MAX_ELEMENTS || depth > READABILITY_MAX_DEPTH) return false;
    // Inline scripts and styles can be large and are not text Readability reads.
    if (NOT_TEXT.has(tagOf(node as Element))) continue;
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push([c, depth + 1]);
  }
  return true;
}

const INVISIBLE = /[\x00-\x20\u3000\u00a0]+/g;

/** Characters other than control, space, U+3000 and nbsp; a native replace, not a loop the page's first run would interpret. */
function visibleLength(el: Element): number {
  return (el.textContent ?? '').replace(INVISIBLE, '').length;
}

function portalContainer(doc: Document): Article | null {
  const candidates: { element: Element; selector: string; len: number }[] = [];
  // One pass over the page for all the selectors, then the boxes sorted by selector.
  const boxes = Array.from(doc.querySelectorAll(BODY_SELECTOR_LIST));
  const lengths = new Map<Element, number>();
  for (const selector of BODY_SELECTORS) {
    // A page has one or two boxes of a kind; a nest of thousands would be read once per box.
    let taken = 0;
    for (const element of boxes) {
      if (taken >= MAX_BOXES_PER_SELECTOR) break;
      if (!element.matches(selector)) continue;
      taken++;
      let len = lengths.get(element);
      if (len === undefined) lengths.set(element, (len = visibleLength(element) - scriptLength(element)));
      if (len >= MIN_BODY_CHARS) candidates.push({ element, selector, len });
    }
  }
  if (!candidates.length) return null;
  let best = candidates.reduce((a, b) => (b.len > a.len ? b : a));
  // A nested box with nearly all of the text is the tighter fit.
  for (const c of candidates) {
    if (c !== best && best.element.contains(c.element) && c.len >= best.len * 0.9) best = c;
  }
  return { element: best.element, method: 'portal', selector: best.selector };
}

function scriptLength(el: Element): number {
  let n = 0;
  for (const s of Array.from(el.querySelectorAll('script, style'))) n += (s.textContent ?? '').length;
  return n;
}

const MARK = 'data-pr-idx';

/**
 * Readability on a clone. Every element of the clone carries its index in the
 * live document, so the element Readability picks maps back to the live page.
 */
function readabilityContainer(doc: Document): Article | null {
  if (!fitsReadability(doc)) return null;
  // querySelectorAll, not getElementsByTagName: linkedom (command line, tests)
  // lists no elements for getElementsByTagName('*').
  const live = Array.from(doc.querySelectorAll('*'));
  if (!live.length) return null;
  const clone = doc.cloneNode(true) as Document;
  const copies = Array.from(clone.querySelectorAll('*'));
  if (copies.length !== live.length) return null;
  copies.forEach((el, i) => el.setAttribute(MARK, String(i)));
  if (clone.documentElement) collapseWhitespace(clone.documentElement);
  let picked: Element | null = null;
  try {
    const result = new Readability(clone, {
      charThreshold: 100,
      serializer: (el: Node) => el,
    } as ConstructorParameters<typeof Readability>[1]).parse();
    picked = (result?.content as unknown as Element | undefined) ?? null;
  } catch {
    return null;
  }
  if (!picked) return null;
  // Readability wraps its pick; the first marked element below is the original box.
  const marked = picked.hasAttribute?.(MARK) ? picked : picked.querySelector(`[${MARK}]`);
  const idx = Number(marked?.getAttribute(MARK));
  const element = Number.isInteger(idx) ? live[idx] : undefined;
  if (!element || visibleLength(element) < MIN_BODY_CHARS) return null;
  // Readability may pick one paragraph of a short-paragraph page: climb while the
  // parent holds mostly this kind of text.
  let box: Element = element;
  while (box.parentElement && tagOf(box.parentElement) !== 'body' && tagOf(box) === 'p') box = box.parentElement;
  return { element: box, method: 'readability', selector: '' };
}

/** The element whose own paragraphs carry the most text (Chinese pages with short paragraphs). */
function densityContainer(doc: Document): Article | null {
  const body = doc.body;
  if (!body) return null;
  const score = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p, br'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const len = tagOf(p) === 'br' ? 20 : visibleLength(p);
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best && bestScore >= MIN_BODY_CHARS ? { element: best, method: 'density', selector: '' } : null;
}

export function findArticle(doc: Document): Article | null {
  // A parsed file may have no document element (a browser always has one).
  if (!doc.documentElement) return null;
  const portal = portalContainer(doc);
  if (portal) return portal;
  // Readability is tuned for spaced languages and can take a sidebar's one long
  // paragraph over a report of short numbered ones: weigh its pick against the
  // densest box of paragraphs and keep the one that holds more of the text.
  const readability = readabilityContainer(doc);
  const density = densityContainer(doc);
  const pick = !readability ? density : !density ? readability : preferred(readability, density);
  return pick ?? (doc.body ? { element: doc.body, method: 'body', selector: 'body' } : null);
}

function preferred(a: Article, b: Article): Article {
  if (a.element === b.element) return a;
  const la = visibleLength(a.element);
  const lb = visibleLength(b.element);
  // One inside the other: the tighter box, when it holds most of the text.
  if (a.element.contains(b.element)) return lb >= la * 0.8 ? b : a;
  if (b.element.contains(a.element)) return la >= lb * 0.8 ? a : b;
  return la >= lb ? a : b;
}
