// Converting the script of a live page in place, and undoing it exactly.
//
// Only text changes: the data of text nodes and four attributes (title, alt,
// placeholder, aria-label), written in place so that nodes, listeners and form
// state stay as they are. Every write is recorded as (node, original, written);
// restore() puts an original back only where the node still holds what was
// written, so text the page changed in between is kept. A MutationObserver
// converts what the page adds or rewrites later, and tells its own writes from
// the page's by comparing values with what it wrote.

/** Attributes whose text is converted. */
export const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

/** Our own UI marks itself with this attribute; nothing inside is touched. */
export const SKIP_ATTRIBUTE = 'data-portal-reader-skip';

/** Attributes that change what converts: watched so that a remembered list of targets is dropped when they change. */
const STRUCTURE_ATTRIBUTES = ['lang', 'contenteditable', SKIP_ATTRIBUTE];

/** Elements left alone with all they contain. (A <textarea> keeps its text, its default value, but its placeholder converts.) */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed']);

export interface PageConverterOptions {
  /** Attributes to convert; default CONVERTED_ATTRIBUTES. */
  attributes?: readonly string[];
  /**
   * Honor a non-Chinese `lang` on <html> (default false). Portal templates often
   * declare lang="en" on Chinese pages, and the reader asked for conversion;
   * a `lang` on any other element is always honored.
   */
  honorDocumentLang?: boolean;
  /**
   * apply() works synchronously for up to this many ms (default 30): a report
   * of a few thousand characters is converted in one pass.
   */
  firstSliceMs?: number;
  /** Then in slices of this many ms, yielding to the page in between (default 12). */
  sliceMs?: number;
  /**
   * Convert many strings in one call, joined with U+0000 (default true). The
   * convert function must leave U+0000 alone and never match across it, as
   * lib/convert's converters do.
   */
  batch?: boolean;
  /** Most characters kept in the cache of converted strings (default 4,000,000). */
  cacheLimit?: number;
  /**
   * A node rewritten by someone else more often than this within a second is
   * left to them (default 10): guards against ping-pong with a page script or
   * another extension that converts back.
   */
  maxRewritesPerSecond?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface PageConverterStats {
  /** Values written (text nodes and attributes), restores included. */
  writes: number;
  /** Calls of the convert function. */
  convertCalls: number;
  /** Mutation observer callbacks handled. */
  mutationCallbacks: number;
  /** Nodes left alone after too many rewrites by someone else. */
  givenUp: number;
  /** Passes that yielded to the page before finishing. */
  yields: number;
  /** Walks of the whole root to find what to convert (a watched toggle needs none). */
  walks: number;
}

export interface PageConverter {
  /** Whether the page is (being) converted. */
  readonly applied: boolean;
  /** Whether content added later is converted (while applied). */
  readonly observing: boolean;
  readonly stats: PageConverterStats;
  /**
   * Convert the page. Work runs synchronously until done or until sliceMs have
   * passed, then continues in slices between which the page runs: a report of a
   * few thousand characters is converted before apply() returns; a huge page
   * resolves the promise when done. Calling it again converts what is new.
   */
  apply(): Promise<void>;
  /** Convert the whole page now, without yielding. */
  applySync(): void;
  /**
   * Convert the page's text ahead of time without changing the page (in
   * slices, like apply), so that the reader's first apply() only writes.
   * For when a report is detected or the panel opens.
   */
  prepare(): Promise<void>;
  /** Undo: put back every original the page has not changed since; stop converting. */
  restore(): void;
  /** Convert content added or rewritten later, while applied. */
  observe(): void;
  disconnect(): void;
}

interface Rec {
  orig: string;
  conv: string;
  burstStart: number;
  burstCount: number;
}

/** A text node, or an element with the name of one of its attributes. */
type Target = Text | [Element, string];

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SEPARATOR = '\u0000';
/**
 * Targets, and characters to convert, handled between two looks at the clock:
 * a range takes well under 10 ms even with cold dictionaries.
 */
const RANGE_TARGETS = 64;
const RANGE_CHARS = 2_000;

const CHINESE_LANGS = new Set(['zh', 'cmn', 'yue', 'lzh', 'wuu', 'hak', 'nan', 'gan', 'hsn', 'cdo', 'cjy', 'cpx', 'czh', 'czo', 'mnp']);

/**
 * Whether a `lang` value marks Chinese (zh, zh-CN, ZH-hant, zh_TW, cmn-Hans …).
 * An empty value (language unknown) does not mark another language.
 */
export function isChineseLang(lang: string): boolean {
  const primary = lang.trim().split(/[-_]/, 1)[0]!.toLowerCase();
  return primary === '' || CHINESE_LANGS.has(primary);
}

/** Non-ASCII: only such strings can change (conversion never changes ASCII). */

const NON_ASCII = /[^\x00-\x7f]/;

function isEditableValue(v: string): boolean {
  const s = v.trim().toLowerCase();
  return s === '' || s === 'true' || s === 'plaintext-only';
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && isEditableValue(v);
}

/** An <option> without a value attribute submits its text: leave it. */
function textIsFormValue(el: Element): boolean {
  return el.localName === 'option' && !el.hasAttribute('value');
}

const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

export function createPageConverter(
  root: Element | Document,
  convert: (s: string) => string,
  options: PageConverterOptions = {},
): PageConverter {
  const attributes = options.attributes ?? CONVERTED_ATTRIBUTES;
  const attributeSet = new Set(attributes);
  const sliceMs = options.sliceMs ?? 12;
  const firstSliceMs = options.firstSliceMs ?? 30;
  const batch = options.batch ?? true;
  const cacheLimit = options.cacheLimit ?? 4_000_000;
  const maxRewrites = options.maxRewritesPerSecond ?? 10;
  const now = options.now ?? (() => performance.now());
  const doc: Document = (root as Node).nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const htmlElement = doc.documentElement;
  const rootIsDocument = root === doc;
  const honorDocumentLang = options.honorDocumentLang ?? false;

  const textRecs = new Map<Text, Rec>();
  const attrRecs = new Map<Element, Map<string, Rec>>();
  let givenUp = new WeakSet<object>();
  const cache = new Map<string, string>();
  let cacheChars = 0;
  const stats: PageConverterStats = { writes: 0, convertCalls: 0, mutationCallbacks: 0, givenUp: 0, yields: 0, walks: 0 };

  let applied = false;
  let observing = false;
  let observer: MutationObserver | null = null;
  let generation = 0;
  let pending: Promise<void> | null = null;
  /**
   * The targets of the last walk, with those added since, while the observer
   * has watched the page without a break: a toggle back on then converts them
   * without walking the page again.
   */
  let snapshot: Target[] | null = null;
  let inSnapshot = new WeakMap<object, true | Set<string>>();

  // ---- where conversion applies

  /** Language of an element's contents: true Chinese or unmarked, false another language, null not marked here. */
  function langOf(el: Element): boolean | null {
    const lang = el.getAttribute('lang');
    if (lang === null) return null;
    if (el === htmlElement && !honorDocumentLang) return null;
    return isChineseLang(lang);
  }

  /** An element whose whole subtree, attributes included, is left alone. */
  function skipsAll(el: Element): boolean {
    return SKIP_TAGS.has(el.localName) || el.hasAttribute(SKIP_ATTRIBUTE) || isEditable(el);
  }

  /** An element whose text children are left alone. */
  function skipsText(el: Element): boolean {
    return el.localName === 'textarea' || textIsFormValue(el);
  }

  /**
   * Whether the contents of `el` convert: its attributes, and its text
   * children unless skipsText(el). 'skip' when el or an ancestor is left alone
   * altogether, or el is not inside the root; else whether the nearest `lang`
   * (from el up) is Chinese or absent.
   */
  function contentsOf(el: Element): boolean | 'skip' {
    if (doc.designMode === 'on') return 'skip';
    let lang: boolean | null = null;
    let inRoot = false;
    for (let node: Node | null = el; node; node = node.parentNode) {
      if (node === root || (node === htmlElement && rootIsDocument)) inRoot = true;
      if (node.nodeType === ELEMENT_NODE) {
        const e = node as Element;
        if (skipsAll(e)) return 'skip';
        if (lang === null) lang = langOf(e);
      }
    }
    return inRoot ? (lang ?? true) : 'skip';
  }

  function addAttributes(el: Element, out: Target[]): void {
    for (let k = 0; k < attributes.length; k++) {
      const name = attributes[k]!;
      const v = el.getAttribute(name);
      if (v !== null && NON_ASCII.test(v)) out.push([el, name]);
    }
  }

  /** Collect the targets under `parent`, whose contents convert when `convertible`. */
  function collect(parent: Node, convertible: boolean, textAllowed: boolean, out: Target[]): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === TEXT_NODE) {
        if (convertible && textAllowed && NON_ASCII.test((child as Text).data)) out.push(child as Text);
      } else if (type === ELEMENT_NODE) {
        const el = child as Element;
        if (SKIP_TAGS.has(el.localName)) continue;
        let conv = convertible;
        if (el.hasAttributes()) {
          // One pass over the attributes (most elements have none, or only class/style).
          const attrs = el.attributes;
          let lang: string | null = null;
          let skip = false;
          let convertibleAttrs = false;
          for (let k = 0; k < attrs.length; k++) {
            const attr = attrs[k]!;
            const name = attr.name;
            if (name === 'lang') lang = attr.value;
            else if (name === SKIP_ATTRIBUTE) skip = true;
            else if (name === 'contenteditable') skip ||= isEditableValue(attr.value);
            else if (attributeSet.has(name)) convertibleAttrs = true;
          }
          if (skip) continue;
          if (lang !== null && (el !== htmlElement || honorDocumentLang)) conv = isChineseLang(lang);
          if (conv && convertibleAttrs) addAttributes(el, out);
        }
        if (el.firstChild) collect(el, conv, !skipsText(el), out);
      }
    }
  }

  /** Collect the targets in el and under it. */
  function collectFrom(el: Element, out: Target[]): void {
    const conv = contentsOf(el);
    if (conv === 'skip') return;
    if (conv) addAttributes(el, out);
    collect(el, conv, !skipsText(el), out);
  }

  function collectAll(): Target[] {
    stats.walks++;
    const out: Target[] = [];
    // A document's text is all under its <html> (linkedom does not link the doctype to it).
    const from = rootIsDocument ? htmlElement : (root as Element);
    if (from) collectFrom(from, out);
    return out;
  }

  // ---- converting

  function cached(s: string): string | undefined {
    return cache.get(s);
  }

  function remember(s: string, c: string): void {
    cache.set(s, c);
    cacheChars += s.length + c.length;
  }

  /** Empty a full cache, before a range (never within one: its results are read after). */
  function trimCache(): void {
    if (cacheChars > cacheLimit) {
      cache.clear();
      cacheChars = 0;
    }
  }

  /** Convert the strings not in the cache, in few calls. */
  function convertMisses(misses: string[]): void {
    if (misses.length === 0) return;
    if (!batch || misses.length === 1) {
      for (const s of misses) {
        stats.convertCalls++;
        remember(s, convert(s));
      }
      return;
    }
    let group: string[] = [];
    const flush = (): void => {
      if (group.length === 0) return;
      stats.convertCalls++;
      const out = convert(group.join(SEPARATOR)).split(SEPARATOR);
      if (out.length === group.length) {
        for (let k = 0; k < group.length; k++) remember(group[k]!, out[k]!);
      } else {
        for (const s of group) {
          stats.convertCalls++;
          remember(s, convert(s));
        }
      }
      group = [];
    };
    for (const s of misses) {
      if (s.includes(SEPARATOR)) {
        stats.convertCalls++;
        remember(s, convert(s));
        continue;
      }
      group.push(s);
    }
    flush();
  }

  function currentValue(t: Target): string | null {
    return Array.isArray(t) ? t[0].getAttribute(t[1]) : t.data;
  }

  function recOf(t: Target): Rec | undefined {
    return Array.isArray(t) ? attrRecs.get(t[0])?.get(t[1]) : textRecs.get(t);
  }

  function setRec(t: Target, rec: Rec | undefined): void {
    if (Array.isArray(t)) {
      let m = attrRecs.get(t[0]);
      if (rec) {
        if (!m) attrRecs.set(t[0], (m = new Map()));
        m.set(t[1], rec);
      } else if (m) {
        m.delete(t[1]);
        if (m.size === 0) attrRecs.delete(t[0]);
      }
    } else if (rec) {
      textRecs.set(t, rec);
    } else {
      textRecs.delete(t);
    }
  }

  function write(t: Target, value: string): void {
    stats.writes++;
    if (Array.isArray(t)) t[0].setAttribute(t[1], value);
    else setText(t, value);
  }

  /**
   * Replacing a text node's data collapses a selection inside it (DOM "replace
   * data"): the reader's selection is put back at the same offsets.
   */
  function setText(node: Text, value: string): void {
    const selection = doc.getSelection?.();
    const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
    if (!range || (range.startContainer !== node && range.endContainer !== node)) {
      node.data = value;
      return;
    }
    const { startContainer, startOffset, endContainer, endOffset } = range;
    node.data = value;
    const kept = doc.createRange();
    kept.setStart(startContainer, startContainer === node ? Math.min(startOffset, value.length) : startOffset);
    kept.setEnd(endContainer, endContainer === node ? Math.min(endOffset, value.length) : endOffset);
    selection!.removeAllRanges();
    selection!.addRange(kept);
  }

  /**
   * Convert targets from `from` on, as many as RANGE_TARGETS or RANGE_CHARS
   * allow: read, convert what is new, write what changes. Returns where it stopped.
   */
  function convertRange(targets: Target[], from: number): number {
    trimCache();
    const values: (string | null)[] = [];
    const misses: string[] = [];
    let to = from;
    let chars = 0;
    while (to < targets.length && to - from < RANGE_TARGETS && chars < RANGE_CHARS) {
      const t = targets[to++]!;
      const key: object = Array.isArray(t) ? t[0] : t;
      let v = givenUp.has(key) ? null : currentValue(t);
      if (v !== null) {
        const rec = recOf(t);
        // Already converted by us (or the page wrote back our own output): nothing to do.
        if (rec && v === rec.conv) v = null;
      }
      values.push(v);
      if (v !== null && !cache.has(v)) {
        misses.push(v);
        chars += v.length;
      }
    }
    convertMisses(misses);
    const time = now();
    for (let k = from; k < to; k++) {
      const v = values[k - from];
      if (v === null || v === undefined) continue;
      const t = targets[k]!;
      const c = cached(v) ?? v;
      const rec = recOf(t);
      if (rec) {
        // The page rewrote a node we had converted: convert its new text, and
        // remember the page's text as the original to restore.
        if (time - rec.burstStart > 1000) {
          rec.burstStart = time;
          rec.burstCount = 0;
        }
        if (++rec.burstCount > maxRewrites) {
          givenUp.add(Array.isArray(t) ? t[0] : t);
          stats.givenUp++;
          setRec(t, undefined);
          continue;
        }
        if (c === v) {
          setRec(t, undefined);
          continue;
        }
        rec.orig = v;
        rec.conv = c;
        write(t, c);
      } else if (c !== v) {
        setRec(t, { orig: v, conv: c, burstStart: time, burstCount: 0 });
        write(t, c);
      }
    }
    return to;
  }

  /**
   * Convert the targets, synchronously until done or sliceMs have passed, then
   * in slices. Returns null when all was done synchronously.
   */
  function run(targets: Target[], sync: boolean): Promise<void> | null {
    const gen = generation;
    const start = now();
    let i = 0;
    const step = (deadline: number): boolean => {
      while (i < targets.length) {
        i = convertRange(targets, i);
        if (!sync && i < targets.length && now() > deadline) return false;
      }
      return true;
    };
    if (step(start + firstSliceMs)) return null;
    stats.yields++;
    return (async () => {
      for (;;) {
        await yieldToPage();
        if (gen !== generation) return;
        if (step(now() + sliceMs)) return;
        stats.yields++;
      }
    })();
  }

  // ---- watching

  function onMutations(records: MutationRecord[]): void {
    if (!applied) return;
    stats.mutationCallbacks++;
    const targets: Target[] = [];
    const seenText = new Set<Node>();
    for (const r of records) {
      if (r.type === 'characterData') {
        const node = r.target;
        if (node.nodeType !== TEXT_NODE || seenText.has(node)) continue;
        seenText.add(node);
        const text = node as Text;
        const rec = textRecs.get(text);
        if (rec && text.data === rec.conv) continue; // our own write, or our output put back
        const parent = text.parentElement;
        if (!parent || skipsText(parent) || contentsOf(parent) !== true) continue;
        if (NON_ASCII.test(text.data)) targets.push(text);
        else if (rec) setRec(text, undefined); // the page's new text needs nothing; keep it on restore
      } else if (r.type === 'attributes') {
        const el = r.target as Element;
        const name = r.attributeName;
        if (!name) continue;
        if (!attributeSet.has(name)) {
          // lang, contenteditable or our skip mark changed: convert what now converts there.
          snapshot = null;
          collectFrom(el, targets);
          continue;
        }
        const v = el.getAttribute(name);
        const rec = attrRecs.get(el)?.get(name);
        if (v === null || (rec && v === rec.conv)) continue;
        if (contentsOf(el) !== true) continue;
        if (NON_ASCII.test(v)) targets.push([el, name]);
        else if (rec) setRec([el, name], undefined);
      } else {
        for (let k = 0; k < r.addedNodes.length; k++) {
          const node = r.addedNodes[k]!;
          if (seenText.has(node)) continue;
          seenText.add(node);
          if (node.nodeType === TEXT_NODE) {
            const parent = node.parentElement;
            if (parent && !skipsText(parent) && contentsOf(parent) === true && NON_ASCII.test((node as Text).data)) {
              targets.push(node as Text);
            }
          } else if (node.nodeType === ELEMENT_NODE) {
            collectFrom(node as Element, targets);
          }
        }
      }
    }
    if (targets.length === 0) return;
    const list = unique(targets);
    addToSnapshot(list);
    run(list, false);
  }

  /** The targets without repeats (a text node added, and its parent added too). */
  function unique(targets: Target[]): Target[] {
    const seen = new Set<Text>();
    const seenAttrs = new Map<Element, Set<string>>();
    return targets.filter((t) => {
      if (!Array.isArray(t)) {
        if (seen.has(t)) return false;
        seen.add(t);
        return true;
      }
      let names = seenAttrs.get(t[0]);
      if (!names) seenAttrs.set(t[0], (names = new Set()));
      if (names.has(t[1])) return false;
      names.add(t[1]);
      return true;
    });
  }

  function takeSnapshot(targets: Target[]): void {
    snapshot = targets;
    inSnapshot = new WeakMap();
    for (const t of targets) markInSnapshot(t);
  }

  /** Mark t as in the snapshot; false if it was already. */
  function markInSnapshot(t: Target): boolean {
    if (!Array.isArray(t)) {
      if (inSnapshot.has(t)) return false;
      inSnapshot.set(t, true);
      return true;
    }
    let names = inSnapshot.get(t[0]);
    if (names === true) return false;
    if (!names) inSnapshot.set(t[0], (names = new Set()));
    if (names.has(t[1])) return false;
    names.add(t[1]);
    return true;
  }

  function addToSnapshot(targets: Target[]): void {
    if (snapshot) for (const t of targets) if (markInSnapshot(t)) snapshot.push(t);
  }

  /** While restored, the observer only watches whether the snapshot still holds. */
  function onRecords(records: MutationRecord[]): void {
    if (applied) {
      onMutations(records);
      return;
    }
    for (const r of records) {
      if (r.type === 'attributes' || (r.type === 'childList' && r.addedNodes.length > 0)) {
        snapshot = null;
        break;
      }
    }
    if (!snapshot) disconnectObserver();
  }

  function connect(): void {
    if (observer || !observing || !(applied || snapshot)) return;
    const MO = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    if (!MO) return;
    observer = new MO(onRecords);
    observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...attributes, ...STRUCTURE_ATTRIBUTES],
    });
  }

  function disconnectObserver(): void {
    if (!observer) return;
    // Records queued before now are the page's or ours; handle them while applied.
    const records = observer.takeRecords();
    if (applied && records.length) onMutations(records);
    observer.disconnect();
    observer = null;
    snapshot = null; // unwatched from now on
  }

  /** Fill the cache with the conversions of the targets' current values, in slices; stop once applied. */
  async function prepareTargets(targets: Target[]): Promise<void> {
    let i = 0;
    while (i < targets.length && !applied) {
      const deadline = now() + sliceMs;
      while (i < targets.length && now() <= deadline) {
        trimCache();
        const misses: string[] = [];
        let chars = 0;
        for (const to = Math.min(targets.length, i + RANGE_TARGETS); i < to && chars < RANGE_CHARS; i++) {
          const v = currentValue(targets[i]!);
          if (v !== null && !cache.has(v)) {
            misses.push(v);
            chars += v.length;
          }
        }
        convertMisses(misses);
      }
      if (i < targets.length) await yieldToPage();
    }
  }

  // ---- the API

  function start(sync: boolean): Promise<void> {
    applied = true;
    // A snapshot watched since it was taken still lists every target: no walk.
    const targets = snapshot && observer ? snapshot : collectAll();
    connect();
    if (observer && targets !== snapshot) takeSnapshot(targets);
    const p = run(targets, sync);
    if (!p) {
      pending = null;
      return Promise.resolve();
    }
    const done = p.finally(() => {
      if (pending === done) pending = null;
    });
    pending = done;
    return done;
  }

  return {
    get applied() {
      return applied;
    },
    get observing() {
      return observing;
    },
    stats,
    apply() {
      if (pending) return pending;
      return start(false);
    },
    applySync() {
      generation++;
      pending = null;
      void start(true);
    },
    prepare() {
      return applied ? Promise.resolve() : prepareTargets(collectAll());
    },
    restore() {
      if (observer && applied) {
        // The page's changes not yet handled: record them (the targets they add
        // belong in the snapshot), then all is undone below.
        const records = observer.takeRecords();
        if (records.length) onMutations(records);
      }
      generation++;
      pending = null;
      applied = false;
      for (const [node, rec] of textRecs) {
        if (node.data === rec.conv) {
          stats.writes++;
          setText(node, rec.orig);
        }
      }
      for (const [el, m] of attrRecs) {
        for (const [name, rec] of m) {
          if (el.getAttribute(name) === rec.conv) {
            stats.writes++;
            el.setAttribute(name, rec.orig);
          }
        }
      }
      textRecs.clear();
      attrRecs.clear();
      givenUp = new WeakSet();
      if (observer) {
        observer.takeRecords(); // our own writes
        if (!snapshot) disconnectObserver();
      }
    },
    observe() {
      observing = true;
      connect();
    },
    disconnect() {
      observing = false;
      disconnectObserver();
    },
  };
}
