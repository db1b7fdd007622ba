// Reads an element's text as paragraphs the way a reader sees them: text runs
// across inline tags (`<span>105</span><span>00余件</span>` is one number), block
// elements and `<br>` break paragraphs, whitespace (U+3000, &nbsp;, en-spaces)
// collapses. Every character keeps a pointer back to its text node, so a heading
// or a figure found in the text can be located on the live page.

import type { Block } from './types';

export interface BlockSource {
  /** The element the paragraph sits in (for scrolling). */
  element: Element;
  /** Text nodes the paragraph's characters come from. */
  nodes: Text[];
  /** For each character of the block text: index into `nodes`. */
  nodeIndex: Int32Array;
  /** For each character of the block text: offset inside that node. */
  offset: Int32Array;
}

export interface ReadBlocks {
  blocks: Block[];
  sources: BlockSource[];
}

export interface ReadOptions {
  /** Elements (and their subtrees) to leave out, e.g. boilerplate. */
  skip?: (el: Element) => boolean;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'summary',
  'ucapcontent',
  'ucaptitle',
]);

/** Elements whose content is never report text. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'canvas',
  'svg',
  'object',
  'embed',
  'select',
  'textarea',
  'input',
  'button',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
  'map',
]);

// Any run of whitespace, including ideographic space, nbsp, en/em spaces and zero-width ones.
/**
 * Whitespace of every kind (JavaScript's \s, zero-width space included), for one
 * character (the ends of a text); runs of it are found with WS_RUN and WORD_RUN.
 */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The start of an element's inline style. Inline styles are short; the style
 * patterns below rescan the rest of the attribute from every 'font-family:' in
 * it, which on a long made-up attribute is quadratic.
 */
const STYLE_MAX = 1000;
function styleOf(el: Element): string | null {
  const style = el.getAttribute('style');
  return style && style.length > STYLE_MAX ? style.slice(0, STYLE_MAX) : style;
}

export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = styleOf(el);
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

interface Builder {
  /** The block's text so far, in runs (a run per stretch of a text node without spaces, and the single spaces between). */
  parts: string[];
  /** Code units in parts. */
  length: number;
  nodes: Text[];
  /** Per code unit of the text: its node (index into nodes) and its offset there; grown by doubling. */
  nodeIndex: Int32Array;
  offset: Int32Array;
  element: Element | null;
  bold: boolean;
  boldChars: number;
  boldLead: number;
  leadOpen: boolean;
  pendingSpace: boolean;
  tag: string;
  centered: boolean;
  heading: boolean;
}

function newBuilder(): Builder {
  return {
    parts: [],
    length: 0,
    nodes: [],
    nodeIndex: new Int32Array(64),
    offset: new Int32Array(64),
    element: null,
    bold: false,
    boldChars: 0,
    boldLead: 0,
    leadOpen: true,
    pendingSpace: false,
    tag: '',
    centered: false,
    heading: false,
  };
}

function isBoldElement(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'b' || tag === 'strong') return true;
  const style = styleOf(el);
  return !!style && /font-weight\s*:\s*(bold|[6-9]00)|font-family\s*:[^;]*黑体/i.test(style);
}

function isCentered(el: Element): boolean {
  const align = el.getAttribute('align');
  if (align && align.toLowerCase() === 'center') return true;
  const style = styleOf(el);
  return (!!style && /text-align\s*:\s*center/i.test(style)) || tagOf(el) === 'center';
}

const CELL_TAGS = new Set(['td', 'th']);
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);

/**
 * A table of data: some row has two or more cells. A table of one-cell rows only
 * lays the page out; its text is ordinary paragraphs. Reads rows, not the subtree.
 */
function isGrid(table: Element): boolean {
  const rowHasCells = (tr: Element) => {
    let cells = 0;
    for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if (CELL_TAGS.has(tagOf(c)) && ++cells >= 2) return true;
    return false;
  };
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = tagOf(child);
    if (tag === 'tr' && rowHasCells(child)) return true;
    if (ROW_GROUPS.has(tag))
      for (let tr = child.firstElementChild; tr; tr = tr.nextElementSibling) if (tagOf(tr) === 'tr' && rowHasCells(tr)) return true;
  }
  return false;
}

/**
 * Reads the paragraphs under `root`. Paragraphs with no visible characters are
 * dropped. Runs in time linear in the size of the subtree.
 */
export function readBlocks(root: Element, options: ReadOptions = {}): ReadBlocks {
  const steps = readBlocksInSteps(root, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * readBlocks() in slices: it yields after about every `sliceChars` characters of
 * text read, where a caller can let the page run (a 100,000-character report
 * read at once held Chromium's main thread for 60–120 ms).
 */
export function* readBlocksInSteps(root: Element, options: ReadOptions = {}, sliceChars = 20_000): Generator<void, ReadBlocks> {
  let sliceLeft = sliceChars;
  const blocks: Block[] = [];
  const sources: BlockSource[] = [];
  let b = newBuilder();
  // Block-level context: the nearest block element that encloses the current run.
  const blockStack: Element[] = [root];
  // Data tables (grids) open around the current run.
  let gridDepth = 0;

  const flush = () => {
    // A space is only added before the text that follows it: the text never ends in one.
    if (b.length) {
      const text = b.parts.join('');
      const enclosing = blockStack[blockStack.length - 1] ?? root;
      const element = b.element ?? enclosing;
      blocks.push({
        text,
        tag: b.tag || tagOf(enclosing),
        bold: b.boldChars > 0 && b.boldChars >= countVisible(text) * 0.6,
        boldLead: Math.min(b.boldLead, text.length),
        centered: b.centered || isCentered(enclosing),
        heading: b.heading || /^h[1-6]$/.test(tagOf(enclosing)),
        inTable: gridDepth > 0,
      });
      sources.push({
        element,
        nodes: b.nodes,
        nodeIndex: b.nodeIndex.slice(0, b.length),
        offset: b.offset.slice(0, b.length),
      });
    }
    b = newBuilder();
  };

  /** Room for `more` code units in the position arrays. */
  const reserve = (more: number) => {
    const need = b.length + more;
    if (need <= b.nodeIndex.length) return;
    let size = b.nodeIndex.length * 2;
    while (size < need) size *= 2;
    const nodeIndex = new Int32Array(size);
    nodeIndex.set(b.nodeIndex.subarray(0, b.length));
    const offset = new Int32Array(size);
    offset.set(b.offset.subarray(0, b.length));
    b.nodeIndex = nodeIndex;
    b.offset = offset;
  };

  // Runs, not characters: a page that is one long line (a 1 MB number) costs one
  // slice and two typed-array fills, not a million pushes.
  const addText = (node: Text, boldDepth: number) => {
    const data = node.data;
    const n = data.length;
    let nodeIdx = -1;
    // The runs between whitespace, found by a native scan (not a test per character).
    WORD_RUN.lastIndex = 0;
    let end = 0;
    for (let m = WORD_RUN.exec(data); m; m = WORD_RUN.exec(data)) {
      const i = m.index;
      if (i > end && b.length) b.pendingSpace = true;
      end = i + m[0].length;
      if (nodeIdx < 0) {
        nodeIdx = b.nodes.length;
        b.nodes.push(node);
        if (!b.element) b.element = node.parentElement;
      }
      reserve(end - i + 1);
      if (b.pendingSpace) {
        b.parts.push(' ');
        b.nodeIndex[b.length] = nodeIdx;
        b.offset[b.length] = i;
        b.length++;
        b.pendingSpace = false;
      }
      b.parts.push(i === 0 && end === n ? data : m[0]);
      for (let k = i; k < end; k++) {
        b.nodeIndex[b.length] = nodeIdx;
        b.offset[b.length] = k;
        b.length++;
      }
      if (boldDepth > 0) b.boldChars += end - i;
      if (b.leadOpen) {
        if (boldDepth > 0) b.boldLead = b.length;
        else b.leadOpen = false;
      }
    }
    if (end < n && b.length) b.pendingSpace = true;
  };

  // Iterative walk: pages can nest deeply enough to overflow recursion.
  type Frame = { el: Element; child: Node | null; bold: number; block: boolean; grid: boolean };
  const stack: Frame[] = [{ el: root, child: root.firstChild, bold: 0, block: true, grid: false }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const node = frame.child;
    if (!node) {
      stack.pop();
      if (frame.block) {
        flush();
        blockStack.pop();
      }
      if (frame.grid) gridDepth--;
      continue;
    }
    frame.child = node.nextSibling;
    if (node.nodeType === 3) {
      addText(node as Text, frame.bold);
      sliceLeft -= (node as Text).data.length;
      if (sliceLeft <= 0) {
        sliceLeft = sliceChars;
        yield;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'br') {
      flush();
      continue;
    }
    if (SKIP_TAGS.has(tag) || isHiddenByMarkup(el) || options.skip?.(el)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      blockStack.push(el);
      b.tag = tag;
    }
    const bold = frame.bold + (isBoldElement(el) ? 1 : 0);
    if (!block && b.length === 0 && isCentered(el)) b.centered = true;
    const grid = tag === 'table' && isGrid(el);
    if (grid) gridDepth++;
    stack.push({ el, child: el.firstChild, bold, block, grid });
  }
  flush();
  return { blocks, sources };
}

/** An element's text as the page renders it, without reading its subtree again. */
export interface TextSummary {
  /** Length of `textContent`. */
  length: number;
  /** Characters that are not whitespace (U+3000, nbsp, zero-width space count as whitespace). */
  visible: number;
  /**
   * The text (as `textContent`, scripts included) with every run of whitespace
   * collapsed to one space and trimmed; null when that is longer than the cap.
   */
  text: string | null;
}

const WS_RUN = /[\s\u200b]+/g;
/** Runs of anything but whitespace (isSpaceCode's set: \s and the zero-width space). */
const WORD_RUN = /[^\s\u200b]+/g;

/** Whitespace characters in a text, counted by a native replace. */
const countSpaces = (text: string): number => text.length - text.replace(WS_RUN, '').length;

/**
 * A summary of the text of every element under `root` (root included), in one
 * pass: linear in the subtree, however deep it nests, where asking each element
 * for its `textContent` would read a deep subtree once per level.
 */
export function textSummaries(root: Element, cap: number): Map<Element, TextSummary> {
  const out = new Map<Element, TextSummary>();
  // An element's text so far: trimmed pieces joined by one space where whitespace
  // separated them; `lead` and `trail`: whitespace before the first and after the last visible character.
  type Acc = { length: number; visible: number; text: string | null; lead: boolean; trail: boolean };
  const fresh = (): Acc => ({ length: 0, visible: 0, text: '', lead: false, trail: false });
  // A piece without visible characters has text '' and lead === trail (it holds whitespace or not).
  const append = (acc: Acc, length: number, visible: number, text: string | null, lead: boolean, trail: boolean) => {
    acc.length += length;
    if (visible === 0) {
      if (acc.visible === 0) acc.lead ||= lead;
      else acc.trail ||= lead;
      return;
    }
    if (acc.visible === 0) {
      acc.text = text;
      acc.lead ||= lead;
    } else if (acc.text !== null) {
      const joined = text === null ? null : acc.text + (acc.trail || lead ? ' ' : '') + text;
      acc.text = joined !== null && joined.length <= cap ? joined : null;
    }
    acc.visible += visible;
    acc.trail = trail;
  };
  type Frame = { el: Element; child: Node | null; acc: Acc };
  const stack: Frame[] = [{ el: root, child: root.firstChild, acc: fresh() }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const node = frame.child;
    if (!node) {
      stack.pop();
      const { length, visible, text, lead, trail } = frame.acc;
      out.set(frame.el, { length, visible, text });
      const parent = stack[stack.length - 1];
      if (parent) append(parent.acc, length, visible, text, lead, visible === 0 ? lead || trail : trail);
      continue;
    }
    frame.child = node.nextSibling;
    if (node.nodeType === 1) {
      stack.push({ el: node as Element, child: node.firstChild, acc: fresh() });
      continue;
    }
    if (node.nodeType !== 3 && node.nodeType !== 4) continue;
    const data = (node as Text).data;
    const visible = data.length - countSpaces(data);
    const lead = data.length > 0 && isSpaceCode(data.charCodeAt(0));
    const trail = data.length > 0 && isSpaceCode(data.charCodeAt(data.length - 1));
    // Collapsed, the text is at most twice its visible characters long.
    let text: string | null = null;
    if (visible === 0) text = '';
    else if (visible <= cap) {
      const t = data.replace(WS_RUN, ' ').trim();
      text = t.length > cap ? null : t;
    }
    append(frame.acc, data.length, visible, text, lead || (visible === 0 && data.length > 0), trail);
  }
  return out;
}

function countVisible(text: string): number {
  let n = 0;
  for (const ch of text) if (ch !== ' ') n++;
  return n;
}

/** A DOM Range over characters [start, end) of a block, for highlighting and scrolling. */
export function rangeOf(doc: Document, source: BlockSource, start: number, end: number): Range | null {
  if (start < 0 || end <= start || end > source.nodeIndex.length) return null;
  const startNode = source.nodes[source.nodeIndex[start]!];
  const endNode = source.nodes[source.nodeIndex[end - 1]!];
  if (!startNode || !endNode || !startNode.isConnected || !endNode.isConnected) return null;
  const range = doc.createRange();
  range.setStart(startNode, Math.min(source.offset[start]!, startNode.length));
  range.setEnd(endNode, Math.min(source.offset[end - 1]! + 1, endNode.length));
  return range;
}
