// The seam between a file and the reading core: the file's paragraphs become a
// plain document (a title, one <p> per paragraph, built node by node: nothing from
// the file is ever parsed as markup) and the same reading as for a page runs on
// it. Each paragraph keeps its page, so figures and headings can name theirs.

import { readReport, type ReportModel } from '../core/model';
import type { FileText } from './types';

export interface FileReading {
  model: ReportModel;
  /** Pages the file has (0 for DOCX, which has none until it is laid out). */
  pages: number;
}

/** Fills an empty document (`document.implementation.createHTMLDocument()`, or linkedom's) with the file's text. */
export function fileDocument(doc: Document, file: FileText): Document {
  if (file.title) doc.title = file.title;
  const body = doc.body ?? doc.documentElement.appendChild(doc.createElement('body'));
  if (file.title) {
    const h1 = doc.createElement('h1');
    h1.textContent = file.title;
    body.appendChild(h1);
  }
  const article = doc.createElement('div');
  article.className = 'article-content';
  for (const p of file.paragraphs) {
    // A <p> as on a portal page: headings are found by their numbering, as there.
    const el = doc.createElement('p');
    if (p.page) el.setAttribute('data-page', String(p.page));
    if (p.centered) el.setAttribute('style', 'text-align:center');
    if (p.bold) el.appendChild(doc.createElement('strong')).textContent = p.text;
    else el.textContent = p.text;
    article.appendChild(el);
  }
  body.appendChild(article);
  return doc;
}

/** The report model of a file's text: the page reading, with each figure's and heading's page. */
export function readFileText(doc: Document, file: FileText, url: string): FileReading {
  const reading = readReport(fileDocument(doc, file), url);
  const pageOf = (block: number): number | undefined => {
    const el = reading.sources[block]?.element;
    const page = el?.closest('[data-page]')?.getAttribute('data-page');
    return page ? Number(page) : undefined;
  };
  const model: ReportModel = {
    ...reading.model,
    outline: reading.model.outline.map((e) => withPage(e, pageOf(e.block))),
    figures: reading.model.figures.map((f) => withPage(f, pageOf(f.block))),
  };
  return { model, pages: file.pages };
}

function withPage<T extends object>(item: T, page: number | undefined): T & { page?: number } {
  return page ? { ...item, page } : item;
}
