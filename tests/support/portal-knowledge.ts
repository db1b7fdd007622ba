// How the meta-test finds an entry of lib/core/portal-knowledge.ts on a fixture page:
// a selector matches an element, a token is a whole class or id token of an
// element, a <meta> name is present, and text patterns match the page's text
// (all of it, its lines, or its labels with spaces and colons taken out).
import { readBlocks } from '../../lib/core/blocks';
import type { MetaNameEntry, SelectorEntry, TextEntry, TokenEntry } from '../../lib/core/portal-knowledge';
import { tokenPattern } from '../../lib/core/portal-knowledge';
import { loadPage } from '../../lib/node/page-file';
import { FIXTURE_DIR } from './fixtures';
import { join } from 'node:path';

export interface FixturePage {
  document: Document;
  /** Every text node outside scripts and styles, in order. */
  text: string;
  /** The body read as lines (blocks), trimmed. */
  lines: string[];
}

const pages = new Map<string, FixturePage>();

/** A fixture page by name (tests/fixtures/pages/NAME.html), parsed as the other tests parse it; null when there is none. */
export function fixturePage(name: string): FixturePage | null {
  const known = pages.get(name);
  if (known) return known;
  let document: Document;
  try {
    document = loadPage(join(FIXTURE_DIR, `${name}.html`), 'https://www.example.gov.cn/').document;
  } catch {
    return null;
  }
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body ?? document.documentElement, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const tag = (node as Text).parentElement?.localName;
    if (tag !== 'script' && tag !== 'style') parts.push((node as Text).data);
  }
  const lines = document.body ? readBlocks(document.body).blocks.map((b) => b.text.trim()) : [];
  const page = { document, text: parts.join(''), lines };
  pages.set(name, page);
  return page;
}

export const hasSelector = (page: FixturePage, e: SelectorEntry) => page.document.querySelector(e.selector) !== null;

export function hasToken(page: FixturePage, e: TokenEntry): boolean {
  const re = tokenPattern([e]);
  return Array.from(page.document.querySelectorAll('[class], [id]')).some((el) =>
    re.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`),
  );
}

export const hasMetaName = (page: FixturePage, e: MetaNameEntry) =>
  page.document.querySelector(`meta[name="${e.name}" i], meta[property="${e.name}" i]`) !== null;

/** The pattern somewhere in the page's text. */
export const hasText = (page: FixturePage, e: TextEntry) => e.pattern.test(page.text);

/** The pattern on one of the body's lines (patterns anchored to a line). */
export const hasLine = (page: FixturePage, e: TextEntry) => page.lines.some((line) => e.pattern.test(line));

/** The pattern in the text with spaces, colons and brackets taken out (labels matched whole once so cleaned). */
export const hasLabel = (page: FixturePage, e: TextEntry) => e.pattern.test(page.text.replace(/[\s\u00a0\u3000:：【】[\]]/g, ''));
