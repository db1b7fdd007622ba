// Cleaning the live page: boilerplate is hidden (never removed) by one marker
// attribute, and a header with the title and citation metadata is put above the
// report body. Undo takes exactly those changes back.

import { boilerplateToHide } from './boilerplate';
import { isHiddenByMarkup, readBlocks } from './blocks';
import { chromeLineMask } from './chrome-lines';
import type { Meta } from './types';

export const HIDDEN_ATTR = 'data-portal-reader-hidden';
export const OWN_ATTR = 'data-portal-reader-skip';

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

/**
 * The elements that hold chrome lines and nothing else: for each text node of a
 * run of consecutive chrome lines, the widest such element below the body
 * container. Text that shares its element with report lines (a bare line between
 * <br>s) has none and stays on the page: hiding it would mean moving the page's
 * own nodes into a wrapper, which the page watcher (lib/page-watch.ts) takes for
 * new content and answers with a fresh reading and cleaning, again and again.
 */
function runElements(textNodes: Text[], container: Element): Element[] {
  const nodes = new Set<Node>(textNodes);
  const found = new Set<Element>();
  for (const node of textNodes) {
    let el = node.parentElement;
    if (!el || el === container || !container.contains(el) || !holdsOnly(el, nodes)) continue;
    while (el.parentElement && el.parentElement !== container && holdsOnly(el.parentElement, nodes)) el = el.parentElement;
    found.add(el);
  }
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}

/** Chrome lines inside the body (来源：…, a font-size bar split over lines), read as the model reads them. */
function chromeLineElements(container: Element, inside: Set<Element>, title: string): Element[] {
  const read = readBlocks(container, { skip: (el) => inside.has(el) });
  const mask = chromeLineMask(
    read.blocks.map((b) => b.text),
    title,
  );
  const found: Element[] = [];
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    const run: Text[] = [];
    for (; i < mask.length && mask[i]; i++) run.push(...read.sources[i]!.nodes);
    found.push(...runElements(run, container));
  }
  return found;
}

/** Attachment links can be the report itself: an element holding one stays visible. */
function holdsAttachment(el: Element, container: Element): boolean {
  return (
    !!el.querySelector('a[href$=".pdf" i], a[href$=".doc" i], a[href$=".docx" i], a[href$=".wps" i], a[href$=".ofd" i]') &&
    !el.contains(container) &&
    (el.textContent ?? '').length < 400
  );
}

/** Hides the boilerplate around and inside `container`; returns the undo. */
export function cleanPage(doc: Document, container: Element, title: string, meta: Meta, labels: HeaderLabels): () => void {
  const hidden: Element[] = [];
  const toHide = boilerplateToHide(doc, container);
  const inside = new Set(toHide.filter((el) => container.contains(el)));
  for (const el of toHide.concat(chromeLineElements(container, inside, title))) {
    if (holdsAttachment(el, container)) continue;
    if (el.hasAttribute(HIDDEN_ATTR)) continue;
    el.setAttribute(HIDDEN_ATTR, '');
    hidden.push(el);
  }
  const header = headerElement(doc, title, meta, labels);
  container.parentNode?.insertBefore(header, container);
  return () => {
    for (const el of hidden) el.removeAttribute(HIDDEN_ATTR);
    header.remove();
  };
}
