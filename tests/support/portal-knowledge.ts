// How the meta-test finds an entry of lib/core/portal-knowledge.ts on a fixture page:
// a selector matches an element, a token is a whole class or id token of an
// element, a <meta> name is present, and text patterns match the page's text
// (all of it, its lines, or its labels with spaces and colons taken out).
import { readBlocks } from '../../lib/core/blocks';
import type { MetaNameEntry, SelectorEntry, TextEntry, TokenEntry } from '../../lib/core/portal-knowledge';
import { FONT_SIZE_WORDS, TOOLBAR_WORDS, alternation, tokenPattern } from '../../lib/core/portal-knowledge';
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

/** The pattern as a whole line of the body (a column name alone on its line). */
export const hasWholeLine = (page: FixturePage, e: TextEntry) => {
  const whole = new RegExp(`^(?:${e.pattern.source})$`);
  return page.lines.some((line) => whole.test(line));
};

/** The pattern as a label: followed by its colon (来源：, 摄影：). */
export const hasLabelColon = (page: FixturePage, e: TextEntry) => new RegExp(`(?:${e.pattern.source})\\s*[:：]`).test(page.text);

const TOOL_OR_FONT = new RegExp(`${alternation(TOOLBAR_WORDS)}|${FONT_SIZE_WORDS.pattern.source}`, 'g');
const SEPARATORS = /[\s【】[\]()（）|｜/\\·•:：,，、>›»\-—]/g;

/** The pattern on a toolbar line: a line of toolbar and font-size words and separators only (下载 | 打印 | 收藏). */
export const hasToolbarLine = (page: FixturePage, e: TextEntry) =>
  page.lines.some((line) => e.pattern.test(line) && line.replace(TOOL_OR_FONT, '').replace(SEPARATORS, '') === '');

/** The pattern opening a short element's text (相关链接, 上一篇：), as a list heading stands. */
export function hasHeading(page: FixturePage, e: TextEntry): boolean {
  const start = new RegExp(`^[\\s【\\[]*${e.pattern.source}`);
  return Array.from(page.document.querySelectorAll('body *')).some((el) => {
    const text = (el.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    return text.length <= 14 && start.test(text);
  });
}
