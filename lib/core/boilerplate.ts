// Portal boilerplate (docs/report-model.md §2): what to hide on the live page and to
// leave out of the report text. A rule never takes an element that carries report
// text: inside the report body only short elements made almost wholly of
// boilerplate words are taken, so a report sentence that mentions 网站标识码 stays.

import { isHiddenByMarkup, tagOf, textSummaries } from './blocks';
import { METADATA_TABLE_LABELS, WIDGET_PHRASES, WIDGET_TOKENS, alternation, tokenPattern } from './portal-knowledge';

/** Boilerplate phrases, Simplified and Traditional (lib/core/portal-knowledge.ts). */
const PHRASES = WIDGET_PHRASES.map((e) => new RegExp(e.pattern.source, 'g'));

/** Class and id tokens of portal widgets. */
const WIDGET_ATTR = tokenPattern(WIDGET_TOKENS);

function visible(text: string): number {
  return text.replace(/[\s\u00a0\u3000\u2000-\u200b]+/g, '').length;
}

/** Characters of `text` left once every boilerplate phrase is taken out. */
function leftover(text: string): number {
  let rest = text;
  for (const re of PHRASES) {
    re.lastIndex = 0;
    rest = rest.replace(re, '');
  }
  // Separators, digits and punctuation around the widgets carry nothing.
  return visible(rest.replace(/[|｜>›»·•\-—_/\\()（）【】\[\]{}:：,，.。、;；!！?？'"“”‘’0-9a-zA-Z]/g, ''));
}

/** Any of the phrases, as one pattern: one scan of a text, and one pattern to compile on the page's first run. */
const ANY_PHRASE = new RegExp(WIDGET_PHRASES.map((e) => `(?:${e.pattern.source})`).join('|'));

export function matchesPhrase(text: string): boolean {
  return ANY_PHRASE.test(text);
}

/**
 * Whitespace runs cut to 9 characters. The phrases cross whitespace only by \s*
 * or by at most 6 other characters (.{0,6}), so their matches do not change,
 * and a leading \s* no longer rescans a long run from every position in it.
 */
function capSpaces(text: string): string {
  return text.replace(/[\s\u200b]{10,}/g, (run) => (run.includes('\n') ? '    \n    ' : '         '));
}

/** A short piece of text that is (almost) all boilerplate. */
export function isBoilerplateText(raw: string): boolean {
  const n = visible(raw);
  if (n === 0 || n > 160) return false;
  const text = capSpaces(raw);
  if (!matchesPhrase(text)) return false;
  const rest = leftover(text);
  // Breadcrumbs and footers carry names (首页 > 政务公开 > …; 主办单位：XX区人民政府).
  return rest <= Math.max(4, n * 0.45) || (n <= 60 && rest <= n * 0.7 && !/[。；]/.test(text));
}

const META_LABEL = new RegExp(alternation(METADATA_TABLE_LABELS), 'g');

const META_TAGS = /^(table|dl|ul|div)$/;
/** Longest text of a metadata table or list. */
const META_TEXT_MAX = 1200;

/** At least two metadata labels in a text. */
function hasMetaLabels(text: string): boolean {
  META_LABEL.lastIndex = 0;
  let labels = 0;
  while (labels < 2 && META_LABEL.exec(text)) labels++;
  return labels >= 2;
}

/** A table or list of citation metadata (lifted into the header, hidden in the body). */
export function isMetadataBlock(el: Element): boolean {
  if (!META_TAGS.test(tagOf(el))) return false;
  const text = textSummaries(el, META_TEXT_MAX).get(el)!.text;
  return text !== null && hasMetaLabels(text);
}

/** A short label with nothing after its colon. */
const EMPTY_LABEL = /^[^\s:：]{1,8}\s*[:：]$/;

function isWidget(el: Element): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  return WIDGET_ATTR.test(tokens);
}

/**
 * Boilerplate elements inside the report body: short elements that are wholly
 * boilerplate text, metadata tables, and widgets (QR, share) with little text.
 */
export function boilerplateInside(container: Element): Element[] {
  // Texts come from one pass over the body (not textContent at every level), and
  // an element that holds all of its parent's text has the parent's answers: a
  // deep nest is read once, not once per level.
  const summaries = textSummaries(container, META_TEXT_MAX);
  const found: Element[] = [];
  type Frame = { children: Element[]; next: number; visible: number; boiler?: boolean; labels?: boolean };
  const stack: Frame[] = [{ children: Array.from(container.children), next: 0, visible: -1 }];
  while (stack.length) {
    const parent = stack[stack.length - 1]!;
    const child = parent.children[parent.next++];
    if (!child) {
      stack.pop();
      continue;
    }
    const tag = tagOf(child);
    if (tag === 'script' || tag === 'style' || tag === 'br') continue;
    const { visible: n, text } = summaries.get(child)!;
    const same = n === parent.visible;
    let labels = same ? parent.labels : undefined;
    let boiler = same ? parent.boiler : undefined;
    const metadata = () => (labels ??= text !== null && hasMetaLabels(text));
    // An empty label (责任编辑：) is left to the line reading, which takes its value on the next line too.
    const boilerplate = () => (boiler ??= n <= 160 && text !== null && isBoilerplateText(text) && !EMPTY_LABEL.test(text));
    if ((META_TAGS.test(tag) && metadata()) || boilerplate() || (n <= 40 && tag !== 'p' && isWidget(child))) {
      found.push(child);
      continue;
    }
    if (n > 0) stack.push({ children: Array.from(child.children), next: 0, visible: n, boiler, labels });
  }
  return found;
}

/**
 * What to hide on the live page when cleaning: every element off the path from
 * `<body>` to the report body, and the boilerplate inside it. Elements already
 * hidden by the page, and scripts and styles, are left alone.
 */
export function boilerplateToHide(doc: Document, container: Element): Element[] {
  const hide: Element[] = [];
  const body = doc.body;
  if (!body || container === body) return boilerplateInside(container);
  let node: Element = container;
  while (node !== body && node.parentElement) {
    const parent: Element = node.parentElement;
    for (const sibling of Array.from(parent.children)) {
      if (sibling === node) continue;
      const tag = tagOf(sibling);
      if (tag === 'script' || tag === 'style' || tag === 'link' || tag === 'meta' || tag === 'noscript' || tag === 'template') continue;
      if (isHiddenByMarkup(sibling)) continue;
      hide.push(sibling);
    }
    node = parent;
  }
  return hide.concat(boilerplateInside(container));
}
