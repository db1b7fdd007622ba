// Loading a saved page in Node for the command-line reader and the tests.
// The tree is built by parse5 (HTML5 tree construction, as a browser builds it:
// a stray </html> or </body> in a header include does not end the document,
// misnested tags are repaired, stray table content is moved before the table)
// and then copied node by node into a linkedom document, which the lib reads.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { parse, type DefaultTreeAdapterTypes as P } from 'parse5';
import { decodePage } from '../core/charset';

export interface LoadedPage {
  document: Document;
  url: string;
  charset: string;
}

/** The page's own address when the file records it (browser "save as", canonical link). */
export function recordedUrl(html: string): string {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html);
  if (saved) return saved[1]!;
  const canonical = /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(html);
  if (canonical) return canonical[1]!;
  const og = /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html);
  return og ? og[1]! : '';
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

function copyAttributes(from: P.Element, to: Element): void {
  for (const a of from.attrs) {
    try {
      to.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
    } catch {
      // A name no DOM accepts (markup debris such as `"` or `<`): browsers keep it
      // on the element, but nothing the reader looks at depends on it.
    }
  }
}

/**
 * Copies parse5's children of `from` under `to`, in document order. A loop with
 * its own stack, not recursion: pages nest tens of thousands of levels deep.
 */
function copyChildren(doc: Document, from: P.ParentNode, to: Node): void {
  const stack: [P.ChildNode, Node][] = [];
  const pushChildren = (parent: P.ParentNode, into: Node) => {
    for (let i = parent.childNodes.length - 1; i >= 0; i--) stack.push([parent.childNodes[i]!, into]);
  };
  pushChildren(from, to);
  while (stack.length) {
    const [node, into] = stack.pop()!;
    if (node.nodeName === '#text') into.appendChild(doc.createTextNode((node as P.TextNode).value));
    else if (node.nodeName === '#comment') into.appendChild(doc.createComment((node as P.CommentNode).data));
    else if (node.nodeName !== '#documentType') {
      const el = node as P.Element;
      const copy = el.namespaceURI === HTML_NS ? doc.createElement(el.tagName) : doc.createElementNS(el.namespaceURI, el.tagName);
      copyAttributes(el, copy);
      into.appendChild(copy);
      // A template's children live in its content fragment, outside the tree, as in a browser.
      if (el.tagName === 'template' && 'content' in el) pushChildren((el as P.Template).content, (copy as HTMLTemplateElement).content);
      else pushChildren(el, copy);
    }
  }
}

/** The document a browser builds from this markup, as a linkedom document. */
export function parsePage(html: string): Document {
  const tree = parse(html);
  const hasDoctype = tree.childNodes.some((n) => n.nodeName === '#documentType');
  const doc = parseHTML(`${hasDoctype ? '<!DOCTYPE html>' : ''}<html></html>`).document as unknown as Document;
  const root = doc.documentElement;
  for (const child of tree.childNodes) {
    if (child.nodeName === '#comment') doc.insertBefore(doc.createComment((child as P.CommentNode).data), root);
    else if (child.nodeName === 'html') {
      const html = child as P.Element;
      copyAttributes(html, root);
      copyChildren(doc, html, root);
    }
  }
  return doc;
}

export function loadPage(path: string, url?: string): LoadedPage {
  const bytes = readFileSync(path);
  const { text, charset } = decodePage(bytes);
  if (!/<html|<body|<p[\s>]|<div[\s>]/i.test(text)) throw new Error('not an HTML page');
  return { document: parsePage(text), url: url || recordedUrl(text) || pathToFileURL(path).href, charset };
}
