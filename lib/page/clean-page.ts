// Cleaning the live page: boilerplate is hidden (never removed) by one marker
// attribute, or, for a line between <br>s that shares its element with report
// text, by a hidden wrapper around the line's own nodes (moved, not copied, so
// the reading's pointers into the text stay valid). A header with the title and
// citation metadata is put above the report body. Undo takes exactly those
// changes back: the markers off, the same nodes back in place, the header out.

import { boilerplateToHide } from '../core/boilerplate';
import { isHiddenByMarkup, readBlocks } from '../core/blocks';
import { chromeLineMask } from '../core/chrome-lines';
import { readerChange } from './reader-changes';
import type { Meta } from '../core/types';

export const HIDDEN_ATTR = 'data-portal-reader-hidden';
export const OWN_ATTR = 'data-portal-reader-skip';
/** Marks the reader's wrapper around a bare chrome line (see wrapHidden). */
export const WRAP_ATTR = 'data-portal-reader-wrap';

export interface HeaderLabels {
  publisher: string;
  written: string;
  published: string;
  indexNo: string;
  docNo: string;
  source: string;
}

const FIELDS: (keyof Meta)[] = ['publisher', 'written', 'published', 'indexNo', 'docNo', 'source'];

function headerElement(doc: Document, title: string, meta: Meta, labels: HeaderLabels): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute(OWN_ATTR, '');
  const root = host.attachShadow ? host.attachShadow({ mode: 'closed' }) : host;
  const style = doc.createElement('style');
  style.textContent = `
    :host { all: initial; display: block; margin: 0 0 1.5em; font-family: system-ui, sans-serif; }
    .box { border-bottom: 1px solid #ccc; padding: 0.8em 0; color: #222; }
    h1 { font-size: 1.5em; margin: 0 0 0.5em; line-height: 1.4; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0; font-size: 0.9em; }
    dt { color: #666; }
    dd { margin: 0; }
    @media (prefers-color-scheme: dark) { .box { color: #eee; } dt { color: #aaa; } }`;
  const box = doc.createElement('div');
  box.className = 'box';
  const h1 = doc.createElement('h1');
  h1.textContent = title;
  const dl = doc.createElement('dl');
  for (const field of FIELDS) {
    if (!meta[field]) continue;
    const dt = doc.createElement('dt');
    dt.textContent = labels[field];
    const dd = doc.createElement('dd');
    dd.textContent = meta[field];
    dl.append(dt, dd);
  }
  box.append(h1, dl);
  root.append(style, box);
  return host;
}

/** Whether every visible text node under `el` belongs to the line (`nodes`). Stops at the first that does not. */
function holdsOnly(el: Element, nodes: Set<Node>): boolean {
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (!nodes.has(node) && /\S/.test((node as Text).data.replace(/[\u00a0\u3000\u200b]/g, ' '))) return false;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child !== el && (child.hasAttribute(HIDDEN_ATTR) || isHiddenByMarkup(child))) continue;
    for (let c = child.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return true;
}

/** What hides one chrome line or run: the marker on an element, or a hidden wrapper around bare nodes. */
type Hiding = { element: Element } | { wrap: Node[] };

/** Inline elements a chrome line's wrapper may take along (a bold label, a link). */
const INLINE = /^(?:a|abbr|b|bdi|bdo|cite|code|em|font|i|img|kbd|label|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)$/;

function isBr(node: Node | null): boolean {
  return node?.nodeType === 1 && (node as Element).localName === 'br';
}

function isBlankText(node: Node): boolean {
  return node.nodeType === 8 || (node.nodeType === 3 && !/\S/.test((node as Text).data.replace(/[\u00a0\u3000\u200b]/g, ' ')));
}

/**
 * How to hide a run of consecutive chrome lines. A text node whose widest
 * ancestor holding only the run is an element: that element gets the marker. A
 * bare line between <br>s that shares its element with report text: its nodes
 * (text, inline elements holding only the run, blank nodes and <br>s between
 * them, and the <br> ending the line) go together into one hidden wrapper.
 */
function runHidings(textNodes: Text[], container: Element): Hiding[] {
  const nodes = new Set<Node>(textNodes);
  const found = new Set<Element>();
  const bare: Text[] = [];
  for (const node of textNodes) {
    let el = node.parentElement;
    if (!el || !(el === container || container.contains(el))) continue;
    if (el === container || !holdsOnly(el, nodes)) {
      bare.push(node);
      continue;
    }
    while (el.parentElement && el.parentElement !== container && holdsOnly(el.parentElement, nodes)) el = el.parentElement;
    found.add(el);
  }
  const elements = [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
  const isUnit = (n: Node) =>
    nodes.has(n) || (n.nodeType === 1 && elements.includes(n as Element) && INLINE.test((n as Element).localName));
  const wrapped = new Set<Node>();
  const hidings: Hiding[] = [];
  for (const start of [...bare, ...elements]) {
    if (wrapped.has(start) || !isUnit(start)) continue;
    // The line's siblings: units, and blank nodes or <br>s between units.
    let first: Node = start;
    let last: Node = start;
    for (let n = start.previousSibling; n && (isUnit(n) || isBlankText(n) || isBr(n)); n = n.previousSibling) if (isUnit(n)) first = n;
    for (let n = start.nextSibling; n && (isUnit(n) || isBlankText(n) || isBr(n)); n = n.nextSibling) if (isUnit(n)) last = n;
    let end: Node = last;
    for (let n = last.nextSibling; n && (isBlankText(n) || isBr(n)); n = n.nextSibling) {
      if (!isBr(n)) continue;
      end = n;
      break;
    }
    const run: Node[] = [];
    for (let n: Node | null = first; n; n = n.nextSibling) {
      run.push(n);
      if (n === end) break;
    }
    for (const n of run) wrapped.add(n);
    // An element alone with no <br> after it needs no wrapper: the marker hides it.
    if (run.length === 1 && run[0]!.nodeType === 1) hidings.push({ element: run[0] as Element });
    else hidings.push({ wrap: run });
  }
  for (const el of elements) if (!wrapped.has(el)) hidings.push({ element: el });
  return hidings;
}

/** Chrome lines inside the body (来源：…, a font-size bar split over lines), read as the model reads them. */
function chromeLineHidings(container: Element, inside: Set<Element>, title: string): Hiding[] {
  const read = readBlocks(container, { skip: (el) => inside.has(el) });
  const mask = chromeLineMask(
    read.blocks.map((b) => b.text),
    title,
  );
  const found: Hiding[] = [];
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    const run: Text[] = [];
    for (; i < mask.length && mask[i]; i++) run.push(...read.sources[i]!.nodes);
    found.push(...runHidings(run, container));
  }
  return found;
}

/**
 * Boilerplate inside the body that is a whole <br>-line of inline elements
 * (<a>打印</a> <a>关闭</a><br>): hidden with the <br> ending it, in a wrapper, so
 * no empty line is left between report lines.
 */
function wholeLineHidings(elements: Element[], container: Element): Hiding[] {
  // Only inside the body, where report lines sit between such lines; an attachment link stays.
  const set = new Set<Node>(elements.filter((el) => container.contains(el) && !holdsAttachment(el, container)));
  const isPart = (n: Node) => set.has(n) && INLINE.test((n as Element).localName);
  const done = new Set<Node>();
  const hidings: Hiding[] = [];
  for (const el of elements) {
    if (done.has(el) || !isPart(el)) continue;
    let before = el.previousSibling;
    while (before && isBlankText(before)) before = before.previousSibling;
    if (before && !isBr(before)) continue;
    const run: Node[] = [el];
    let n = el.nextSibling;
    for (; n && !isBr(n) && (isBlankText(n) || isPart(n)); n = n.nextSibling) run.push(n);
    if (!isBr(n)) continue;
    run.push(n!);
    for (const part of run) done.add(part);
    hidings.push({ wrap: run });
  }
  return hidings.concat(elements.filter((el) => !done.has(el)).map((element) => ({ element })));
}

/** Moves `nodes` (consecutive siblings) into a hidden wrapper; returns the undo, which puts the same nodes back. */
function wrapHidden(doc: Document, nodes: Node[]): () => void {
  const wrapper = doc.createElement('span');
  wrapper.setAttribute(HIDDEN_ATTR, '');
  wrapper.setAttribute(WRAP_ATTR, '');
  nodes[0]!.parentNode!.insertBefore(wrapper, nodes[0]!);
  wrapper.append(...nodes);
  return () => {
    const parent = wrapper.parentNode;
    if (!parent) return;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    wrapper.remove();
  };
}

const ATTACHMENT = 'a[href$=".pdf" i], a[href$=".doc" i], a[href$=".docx" i], a[href$=".wps" i], a[href$=".ofd" i]';

/** Attachment links can be the report itself: an element holding one stays visible. */
function holdsAttachment(el: Element, container: Element): boolean {
  return !!(el.matches(ATTACHMENT) || el.querySelector(ATTACHMENT)) && !el.contains(container) && (el.textContent ?? '').length < 400;
}

/** Hides the boilerplate around and inside `container`; returns the undo. */
export function cleanPage(doc: Document, container: Element, title: string, meta: Meta, labels: HeaderLabels): () => void {
  const hidden: Element[] = [];
  const unwraps: (() => void)[] = [];
  const toHide = boilerplateToHide(doc, container);
  const inside = new Set(toHide.filter((el) => container.contains(el)));
  const hidings = wholeLineHidings(toHide, container).concat(chromeLineHidings(container, inside, title));
  readerChange(() => {
    for (const hiding of hidings) {
      if ('wrap' in hiding) {
        if (!hiding.wrap.some((n) => n.nodeType === 1 && holdsAttachment(n as Element, container)))
          unwraps.push(wrapHidden(doc, hiding.wrap));
        continue;
      }
      const el = hiding.element;
      if (holdsAttachment(el, container)) continue;
      if (el.hasAttribute(HIDDEN_ATTR)) continue;
      el.setAttribute(HIDDEN_ATTR, '');
      hidden.push(el);
    }
  });
  const header = headerElement(doc, title, meta, labels);
  container.parentNode?.insertBefore(header, container);
  return () => {
    for (const el of hidden) el.removeAttribute(HIDDEN_ATTR);
    readerChange(() => {
      for (const unwrap of unwraps.reverse()) unwrap();
    });
    header.remove();
  };
}
