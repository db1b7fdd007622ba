// Loading a saved page in Node for the command-line reader and the tests.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodePage } from '../charset';

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

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function loadPage(path: string, url?: string): LoadedPage {
  const bytes = readFileSync(path);
  const { text, charset } = decodePage(bytes);
  if (!/<html|<body|<p[\s>]|<div[\s>]/i.test(text)) throw new Error('not an HTML page');
  return { document: parsePage(text), url: url || recordedUrl(text) || pathToFileURL(path).href, charset };
}
