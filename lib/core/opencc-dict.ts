// OpenCC dictionary strings as the converter reads them (lib/core/convert.ts): the
// small ones into flat Maps at once; the large one (STPhrases, 400,000 characters) lazily,
// the entries starting with a pair of characters found by binary search the first time
// text needs them; and the compact form of STPhrases the build writes.

export type DictLike = string | readonly (readonly [string, string])[];

export interface Dict {
  /** Keys of two or more code points. */
  words: Map<string, string>;
  /** Keys of one code point, by code point. */
  chars: Map<number, string>;
  /** headKey(first two code units of a word) → bit mask of the lengths, in code units, of the words starting with them. */
  heads: Map<number, number>;
  hasWords: boolean;
  hasChars: boolean;
  /**
   * A large dictionary is read lazily, as text needs it: the dictionary string
   * is sorted (in code point order), so the entries whose keys start with a
   * pair of code units are found by binary search (tests check the order).
   * `loaded` maps headKey(c0, c1) to flags 1 << (c0 >> 14) for the pairs read.
   */
  loaded: Map<number, number> | null;
  /** Lazy: the order (entryOrder) and offset of an entry every SAMPLE_STEP characters. */
  sampleOrder: Uint32Array | null;
  sampleStart: Uint32Array | null;
  src: string;
  /** Entries must be checked for ASCII and digits. */
  check: boolean;
  /** A compact phrase dictionary (compactPhrases): entries without a value take the key through `derive`. */
  compact: boolean;
  derive: Dict | null;
}

export const MAX_KEY_LENGTH = 30;
/** Dictionary strings longer than this are read lazily (STPhrases is 400,000 characters; the next largest 33,000). */
export const LAZY_DICT_LENGTH = 50_000;
const SAMPLE_STEP = 128;
// Characters that must come out as they went in: ASCII (controls, letters,
// digits, punctuation) and the full-width digits.

const KEEP_RE = /[\x00-\x7f\uff10-\uff19]/g;
// The same in a dictionary string, leaving out its separators ' ' and '|'.

const DICT_KEEP_RE = /[\x00-\x1f!-{}~\x7f\uff10-\uff19]/;
// A one-code-point key in a dictionary string.
const DICT_CHAR_KEY_RE = /(?:^|\|)(?:[^ |]|[\ud800-\udbff][\udc00-\udfff]) /;

function keptChars(s: string): string {
  const m = s.match(KEEP_RE);
  return m ? m.join('') : '';
}

function keepsAscii(key: string, value: string): boolean {
  if (!DICT_KEEP_RE.test(key) && !DICT_KEEP_RE.test(value)) return true;

  if (/[\x00-\x1f]/.test(key)) return false;
  return keptChars(key) === keptChars(value);
}

/**
 * A small-integer key for the first two code units of a word; c0 loses its top
 * two bits (collisions only cost a lookup).
 */
export function headKey(c0: number, c1: number): number {
  return ((c0 & 0x3fff) << 16) | c1;
}

function addEntry(d: Dict, key: string, value: string): void {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return;
  if (d.check && !keepsAscii(key, value)) return;
  const cp = key.codePointAt(0)!;
  if (key.length === 1 || (key.length === 2 && cp > 0xffff)) {
    d.chars.set(cp, value);
  } else {
    d.words.set(key, value);
    const h = headKey(key.charCodeAt(0), key.charCodeAt(1));
    d.heads.set(h, (d.heads.get(h) ?? 0) | (1 << key.length));
  }
}

/**
 * The first space in src[from, to), or -1. Entries are short: a search bounded to the
 * entry, where indexOf(' ') would run on through every key-only entry of a compact
 * dictionary to the next one with a value.
 */
function spaceIn(src: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (src.charCodeAt(k) === 0x20) return k;
  return -1;
}

/** Read the "key value|key value…" entries of d.src[from, to). */
function readEntries(d: Dict, from: number, to: number): void {
  const src = d.src;
  for (let i = from; i < to;) {
    let end = src.indexOf('|', i);
    if (end < 0 || end > to) end = to;
    const sp = spaceIn(src, i, end);
    if (sp > i) {
      // "key value" or "key value1 value2": opencc-js keeps the first value.
      let vEnd = spaceIn(src, sp + 1, end);
      if (vEnd < 0) vEnd = end;
      addEntry(d, src.slice(i, sp), src.slice(sp + 1, vEnd));
    } else if (end > i && d.derive) {
      const key = src.slice(i, end);
      addEntry(d, key, characterwise(d.derive, key));
    }
    i = end + 1;
  }
}

/** A code unit, renumbered so that code units compare in code point order (surrogates above the rest of the BMP). */
function inCodePointOrder(c: number): number {
  return c < 0xd800 ? c : c < 0xe000 ? c + 0x2000 : c - 0x800;
}

/**
 * The order of a lazy dictionary: first two code units of the entry at i (a
 * one-unit key gives the space after it), in code point order (OpenCC sorts
 * its dictionaries by UTF-8 bytes).
 */
export function entryOrder(src: string, i: number): number {
  return inCodePointOrder(src.charCodeAt(i)) * 0x10000 + inCodePointOrder(src.charCodeAt(i + 1));
}

/** Read the entries of a lazy dictionary whose keys start with code units c0 c1 (c1 = 0x20: one-unit keys). */
export function readPair(d: Dict, c0: number, c1: number): void {
  const h = headKey(c0, c1);
  const flag = 1 << (c0 >> 14);
  const loaded = d.loaded!;
  const flags = loaded.get(h) ?? 0;
  if (flags & flag) return;
  loaded.set(h, flags | flag);
  const src = d.src;
  const n = src.length;
  const target = inCodePointOrder(c0) * 0x10000 + inCodePointOrder(c1);
  // The samples narrow the search to the entries between two of them.
  const order = d.sampleOrder!;
  const starts = d.sampleStart!;
  let a = 0;
  let b = order.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (order[mid]! < target) a = mid + 1;
    else b = mid;
  }
  // Then a binary search for the first entry ordered at or after target; lo is always an entry start.
  let lo = a > 0 ? starts[a - 1]! : 0;
  let hi = a < order.length ? starts[a]! : n;
  while (lo < hi) {
    const start = src.lastIndexOf('|', ((lo + hi) >>> 1) - 1) + 1;
    if (entryOrder(src, start) < target) {
      const next = src.indexOf('|', start);
      lo = next < 0 ? n : next + 1;
    } else {
      hi = start;
    }
  }
  let end = lo;
  while (end < n && entryOrder(src, end) === target) {
    const next = src.indexOf('|', end);
    end = next < 0 ? n : next + 1;
  }
  if (end > lo) readEntries(d, lo, end);
}

/** Each character of `key` through a character dictionary (its first value), as conversion would give it. */
function characterwise(chars: Dict, key: string): string {
  let out = '';
  for (const ch of key) out += chars.chars.get(ch.codePointAt(0)!) ?? ch;
  return out;
}

/**
 * Starts a dictionary string written by compactPhrases; the character after it says
 * whether the dictionary has one-character keys ('1') or not ('0'), which would
 * otherwise take a scan of the whole string on the first toggle.
 */
const COMPACT_MARK = '\u0001';

/**
 * A phrase dictionary made smaller at build time (injecting the converter script
 * costs about 20 ms a megabyte; it was 1.2 MB with the original): an entry whose value is its key
 * converted character by character with `characters` keeps only its key (39,450
 * of STPhrases' 49,238 entries). Read back in a conversion group that holds
 * `characters`, it converts exactly as the original (a test checks every entry);
 * the order, and so the binary search, is unchanged. Keys with ASCII or digits,
 * and one-character keys, are kept whole.
 */
export function compactPhrases(phrases: string, characters: string): string {
  const chars = parseDict(characters);
  const out: string[] = [];
  for (const entry of phrases.split('|')) {
    const sp = entry.indexOf(' ');
    if (sp <= 0) {
      out.push(entry);
      continue;
    }
    const key = entry.slice(0, sp);
    const value = entry.slice(sp + 1).split(' ', 1)[0]!;
    // An entry the reader would skip (keepsAscii) is left out here, so it reads every entry unchecked.
    if (!keepsAscii(key, value)) continue;
    const simple = [...key].length >= 2 && !DICT_KEEP_RE.test(key) && !DICT_KEEP_RE.test(value);
    out.push(simple && characterwise(chars, key) === value ? key : entry);
  }
  return COMPACT_MARK + (DICT_CHAR_KEY_RE.test(phrases) ? '1' : '0') + out.join('|');
}

const dictCache = new Map<DictLike, Dict>();

export function parseDict(source: DictLike): Dict {
  const cached = dictCache.get(source);
  if (cached) return cached;
  const compact = typeof source === 'string' && source.startsWith(COMPACT_MARK);
  const src = typeof source === 'string' ? (compact ? source.slice(2) : source) : '';
  const lazy = src.length > LAZY_DICT_LENGTH;
  const d: Dict = {
    words: new Map(),
    chars: new Map(),
    heads: new Map(),
    hasWords: true,
    hasChars: true,
    loaded: lazy ? new Map() : null,
    sampleOrder: null,
    sampleStart: null,
    src,
    // A lazy dictionary's entries are checked as they are read (a compact one was checked when built).
    check: !compact && (typeof source !== 'string' || lazy || DICT_KEEP_RE.test(src)),
    compact,
    derive: null,
  };
  if (compact && !lazy) throw new Error('a compact phrase dictionary must be large enough to be read lazily');
  if (typeof source !== 'string') for (const [key, value] of source) addEntry(d, key, value);
  else if (!lazy) readEntries(d, 0, src.length);
  if (lazy) {
    const count = Math.ceil(src.length / SAMPLE_STEP);
    d.sampleOrder = new Uint32Array(count);
    d.sampleStart = new Uint32Array(count);
    for (let j = 0; j < count; j++) {
      const start = src.lastIndexOf('|', j * SAMPLE_STEP - 1) + 1;
      d.sampleStart[j] = start;
      d.sampleOrder[j] = entryOrder(src, start);
    }
    d.hasChars = compact ? source[1] === '1' : DICT_CHAR_KEY_RE.test(src);
  } else {
    d.hasWords = d.words.size > 0;
    d.hasChars = d.chars.size > 0;
  }
  dictCache.set(source, d);
  return d;
}
