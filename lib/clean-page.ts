// Cleaning the live page: boilerplate is hidden (never removed) by one marker
// attribute, and a header with the title and citation metadata is put above the
// report body. Undo takes exactly those changes back.

import { boilerplateToHide } from './boilerplate';
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

/** Hides the boilerplate around and inside `container`; returns the undo. */
export function cleanPage(doc: Document, container: Element, title: string, meta: Meta, labels: HeaderLabels): () => void {
  const hidden: Element[] = [];
  for (const el of boilerplateToHide(doc, container)) {
    // Keep attachment links: they can be the report itself.
    if (
      el.querySelector('a[href$=".pdf" i], a[href$=".doc" i], a[href$=".docx" i], a[href$=".wps" i], a[href$=".ofd" i]') &&
      !el.contains(container)
    ) {
      const text = el.textContent ?? '';
      if (text.length < 400) continue;
    }
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
