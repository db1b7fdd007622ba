// Simplified ⇄ Traditional conversion with the OpenCC dictionaries that ship
// in opencc-js.
//
// The dictionaries and the conversion chains (which dictionaries, in which
// order, with which segmentation) come from opencc-js's own presets, loaded by
// dynamic import() only when a conversion is asked for. The matching is done
// here rather than by opencc-js's Trie: building opencc-js's Simplified→Taiwan
// converter takes 250–450 ms (a Map per trie node for the 49,000 STPhrases,
// built twice: for segmentation and for conversion). Here the large dictionary
// is not read up front: it is sorted, so the entries starting with a given
// pair of characters are found by binary search the first time text needs
// them (a 6,000-character report reads ~1,400 of the 49,000), and the small
// ones are read into flat Maps (lib/core/opencc-dict.ts). Building a converter takes ~10 ms.
//
// The result is opencc-js's `Converter`'s (tests compare them on the seed
// reports and on random text), with two deliberate differences:
//   • dictionary entries that would change ASCII or digits are left out
//     (TWPhrases has U盤→隨身碟, B超→超音波): conversion never changes digits or
//     ASCII;
//   • an ideographic description sequence stops at a control character, so a
//     batch of strings joined with U+0000 converts exactly like each string
//     on its own.

import { headKey, MAX_KEY_LENGTH, parseDict, readPair, type Dict, type DictLike } from './opencc-dict';
import type { Script } from './types';

export { compactPhrases, entryOrder, LAZY_DICT_LENGTH } from './opencc-dict';

/** What the reader can choose: Simplified, or Traditional in OpenCC, Taiwan, Taiwan-with-phrases or Hong Kong standard. */
export type Target = 'simplified' | 'tw' | 'twp' | 'hk' | 't';

export interface ConvertOptions {
  /** Traditional targets: “” → 「」 and ‘’ → 『』 after conversion. Ignored for 'simplified'. */
  quotes?: boolean;
}

export type ConvertFn = (s: string) => string;

/** A language tag for converted text, for a `lang` attribute. */
export const TARGET_LANG: Record<Target, string> = {
  simplified: 'zh-Hans',
  t: 'zh-Hant',
  tw: 'zh-Hant-TW',
  twp: 'zh-Hant-TW',
  hk: 'zh-Hant-HK',
};

export function isTraditionalTarget(target: Target): boolean {
  return target !== 'simplified';
}

/**
 * Whether converting text in `from` script to `target` changes nothing:
 * Simplified to Simplified, and a Traditional page to any Traditional
 * standard (never double-convert).
 */
export function isNoopConversion(from: Script, target: Target): boolean {
  return target === 'simplified' ? from === 'simplified' : from === 'traditional';
}

/** The opencc-js preset configuration used for a conversion, or null for none. */
export function configName(from: Script, target: Target): string | null {
  if (isNoopConversion(from, target)) return null;
  // Traditional (or mixed) pages to Simplified: from Taiwan standard. On seed 002
  // t2s, tw2s and hk2s agree; tw2s also reads Taiwan forms that t2s leaves
  // (著手 → 着手, not 著手).
  // The phrase variant (tw2sp) is not used: mainland reports put into Traditional
  // carry no Taiwan phrases, and it would turn 資料 into 数据, 程式 into 程序.
  if (target === 'simplified') return 'tw2s';
  return `s2${target}`;
}

// ---------------------------------------------------------------------------
// The engine

/** An opencc-js preset configuration (`configs.s2tw` …); normalizationChain is untyped there. */
export interface OpenccConfig {
  normalizationChain?: readonly (readonly DictLike[])[];
  segmentation?: DictLike | readonly DictLike[];
  conversionChain: readonly (readonly DictLike[])[];
}

/** The dictionaries of one group, the first one winning for the same key. */
interface Matcher {
  wordDicts: Dict[];
  charDicts: Dict[];
  lazyDicts: Dict[];
  dicts: Dict[];
  /**
   * The code units a key of the group starts with, as a character class: a text
   * with none of them has nothing to convert (undefined: not worked out yet; null:
   * a lazy dictionary, or too many to be worth a test).
   */
  starts?: RegExp | null;
}

/** Most distinct first code units for a group's `starts` test (CJK compatibility ideographs: a few hundred). */
const MAX_STARTS = 2000;

function startsOf(m: Matcher): RegExp | null {
  if (m.starts !== undefined) return m.starts;
  if (m.lazyDicts.length > 0) return (m.starts = null);
  const units = new Set<number>();
  for (const d of m.dicts) {
    for (const key of d.words.keys()) units.add(key.charCodeAt(0));
    // A key beyond the BMP starts with its high surrogate.
    for (const cp of d.chars.keys()) units.add(cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp);
  }
  if (units.size > MAX_STARTS) return (m.starts = null);
  const units16 = [...units].map((u) => `\\u${u.toString(16).padStart(4, '0')}`).join('');
  return (m.starts = units.size ? new RegExp(`[${units16}]`) : /(?!)/);
}

function matcherOf(dicts: Dict[]): Matcher {
  return {
    dicts,
    wordDicts: dicts.filter((d) => d.hasWords),
    charDicts: dicts.filter((d) => d.hasChars),
    lazyDicts: dicts.filter((d) => d.loaded),
  };
}

function makeMatcher(group: readonly DictLike[]): Matcher {
  return matcherOf(group.map(parseDict));
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** End of an ideographic description sequence at i (opencc-js leaves those unconverted), or 0. */
function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.charCodeAt(i));
  if (arity === 0) return 0;
  let end = i + 1;
  for (let k = 0; k < arity; k++) {
    if (end >= s.length || s.charCodeAt(end) < 0x20) return 0;
    const child = idsEnd(s, end);
    end = child || end + (s.codePointAt(end)! > 0xffff ? 2 : 1);
  }
  return end;
}

function unmatchedLength(s: string, i: number, c: number): number {
  if (c >= 0x2ff0 && c <= 0x2fff) {
    const end = idsEnd(s, i);
    if (end > i) return end - i;
  }
  return c >= 0xd800 && c <= 0xdbff && s.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** The value of the last match (matchAt is synchronous: read it at once). */
let matched = '';

/**
 * The longest key of the group at s[i…] (c = s.charCodeAt(i)), as opencc-js's
 * Trie.matchPrefix: its length in code units, or 0; its value is left in `matched`.
 */
function matchAt(m: Matcher, s: string, i: number, c: number): number {
  const c1 = s.charCodeAt(i + 1); // NaN at the end
  const lazy = m.lazyDicts;
  for (let k = 0; k < lazy.length; k++) {
    const d = lazy[k]!;
    if (c1 === c1) readPair(d, c, c1);
    if (d.hasChars && c < 0xd800) readPair(d, c, 0x20);
  }
  const dicts = m.wordDicts;
  if (c1 === c1 && dicts.length > 0) {
    const h = headKey(c, c1);
    let mask = 0;
    for (let k = 0; k < dicts.length; k++) mask |= dicts[k]!.heads.get(h) ?? 0;
    const rest = s.length - i;
    if (rest < MAX_KEY_LENGTH) mask &= (1 << (rest + 1)) - 1;
    while (mask !== 0) {
      const len = 31 - Math.clz32(mask);
      const key = s.slice(i, i + len);
      for (let k = 0; k < dicts.length; k++) {
        const v = dicts[k]!.words.get(key);
        if (v !== undefined) {
          matched = v;
          return len;
        }
      }
      mask ^= 1 << len;
    }
  }
  const charDicts = m.charDicts;
  if (charDicts.length > 0) {
    const cp = c >= 0xd800 && c <= 0xdbff ? s.codePointAt(i)! : c;
    for (let k = 0; k < charDicts.length; k++) {
      const v = charDicts[k]!.chars.get(cp);
      if (v !== undefined) {
        matched = v;
        return cp > 0xffff ? 2 : 1;
      }
    }
  }
  return 0;
}

/** Convert with one dictionary group: leftmost-longest matching, as opencc-js's Trie.convert. */
function convertWith(m: Matcher, s: string): string {
  // Most pieces hold nothing a small group converts: one native scan says so.
  const starts = m.starts === undefined ? startsOf(m) : m.starts;
  if (starts && !starts.test(s)) return s;
  const n = s.length;
  let out = '';
  let last = 0;
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i);
    const len = matchAt(m, s, i, c);
    if (len > 0) {
      out += s.slice(last, i) + matched;
      i += len;
      last = i;
    } else {
      i += unmatchedLength(s, i, c);
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

/**
 * A converter for an opencc-js preset configuration, converting as opencc-js's
 * Converter does: normalize, split the text into segments with the
 * segmentation dictionaries (longest phrases, and the runs between them), then
 * convert each segment through every group of the chain.
 */
/** A compact dictionary reads its omitted values through the character dictionary of its conversion group. */
function linkCompact(group: Matcher): void {
  for (const d of group.dicts) {
    if (!d.compact || d.derive) continue;
    const chars = group.dicts.find((x) => !x.loaded && x.hasChars && !x.hasWords);
    if (!chars) throw new Error('a compact phrase dictionary needs its character dictionary in the same group');
    d.derive = chars;
  }
}

export function converterFromConfig(config: OpenccConfig): ConvertFn {
  const normalize = (config.normalizationChain ?? []).map(makeMatcher);
  const chain = config.conversionChain.map(makeMatcher);
  chain.forEach(linkCompact);
  const segDef = config.segmentation;
  const seg = !segDef
    ? null
    : makeMatcher(Array.isArray(segDef) && segDef.every((d) => typeof d === 'string') ? (segDef as DictLike[]) : [segDef as DictLike]);
  if (seg?.dicts.some((d) => d.compact && !d.derive)) throw new Error('a compact phrase dictionary is only read in a conversion group');
  const first = chain[0];
  const later = chain.slice(1);

  // When the first group is the segmentation dictionaries followed by
  // character dictionaries (s2tw, s2twp, s2hk), a phrase segment converts to
  // the phrase's own value and a run between phrases character by character:
  // one pass does both.
  let runMatcher: Matcher | undefined = first;
  let fused = false;
  if (seg && first) {
    const k = seg.dicts.length;
    const tail = first.dicts.slice(k);
    if (first.dicts.length >= k && seg.dicts.every((d, j) => d === first.dicts[j]) && tail.every((d) => !d.hasWords)) {
      fused = true;
      runMatcher = matcherOf(tail);
    }
  }

  const rest = (piece: string): string => {
    for (let k = 0; k < later.length; k++) piece = convertWith(later[k]!, piece);
    return piece;
  };

  return (input: string): string => {
    let s = input;
    for (let k = 0; k < normalize.length; k++) s = convertWith(normalize[k]!, s);
    if (!seg) {
      for (let k = 0; k < chain.length; k++) s = convertWith(chain[k]!, s);
      return s;
    }
    const n = s.length;
    let out = '';
    let run = -1; // start of the run since the last phrase
    for (let i = 0; i < n;) {
      const c = s.charCodeAt(i);
      const len = matchAt(seg, s, i, c);
      if (len === 0) {
        if (run < 0) run = i;
        i += unmatchedLength(s, i, c);
        continue;
      }
      const value = matched;
      if (run >= 0) {
        const piece = s.slice(run, i);
        out += rest(runMatcher ? convertWith(runMatcher, piece) : piece);
        run = -1;
      }
      if (fused) out += rest(value);
      else out += rest(first ? convertWith(first, s.slice(i, i + len)) : s.slice(i, i + len));
      i += len;
    }
    if (run >= 0) {
      const piece = s.slice(run);
      out += rest(runMatcher ? convertWith(runMatcher, piece) : piece);
    }
    return out;
  };
}

// ---------------------------------------------------------------------------
// Quotes

/**
 * Chinese corner brackets for curly quotes: “” → 「」, ‘’ → 『』. A ’ between
 * two Latin letters is an apostrophe (Xi’an, don’t) and stays.
 */
export function cornerQuotes(s: string): string {
  if (!/[\u2018\u2019\u201c\u201d]/.test(s)) return s;
  return s.replace(/[\u2018\u2019\u201c\u201d]/g, (q, at: number) => {
    if (q === '\u201c') return '\u300c';
    if (q === '\u201d') return '\u300d';
    if (q === '\u2018') return '\u300e';
    const before = s.charCodeAt(at - 1);
    const after = s.charCodeAt(at + 1);
    const latin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    return latin(before) && latin(after) ? q : '\u300f';
  });
}

// ---------------------------------------------------------------------------
// Loading

const identity: ConvertFn = (s) => s;

/** An opencc-js preset module (opencc-js/preset/cn2t or t2cn): its configurations by name. */
export interface PresetModule {
  configs: Record<string, unknown>;
}

/** The preset configuration a conversion needs (s2tw, tw2s …), however the dictionaries are at hand. */
export type PresetSource = (name: string) => Promise<OpenccConfig>;

/** A PresetSource over preset modules already loaded (a converter script carries one direction). */
export function presetsAtHand(...modules: PresetModule[]): PresetSource {
  return async (name) => {
    const config = modules.map((m) => m.configs[name]).find(Boolean) as OpenccConfig | undefined;
    if (!config) throw new Error(`this converter does not carry the dictionaries of ${name}`);
    return config;
  };
}

/** loadConverter's shape, over a given source of presets. */
export type ConverterLoader = (from: Script, target: Target, options?: ConvertOptions) => Promise<ConvertFn>;

/**
 * A loadConverter over `presetConfig`: each conversion's dictionaries are built on
 * its first call and cached; later calls resolve at once. A no-op conversion
 * (Traditional page to a Traditional target, Simplified to Simplified) resolves to
 * the identity. A 'mixed' page converts both ways (OpenCC leaves characters
 * already in the target script alone).
 */
export function converterLoader(presetConfig: PresetSource): ConverterLoader {
  const engines = new Map<string, Promise<ConvertFn>>();
  const converters = new Map<string, Promise<ConvertFn>>();
  const engine = (name: string): Promise<ConvertFn> => {
    let p = engines.get(name);
    if (!p) {
      p = presetConfig(name).then(converterFromConfig);
      p.catch(() => engines.delete(name));
      engines.set(name, p);
    }
    return p;
  };
  return (from, target, options = {}) => {
    const name = configName(from, target);
    if (!name) return Promise.resolve(identity);
    const quotes = Boolean(options.quotes) && isTraditionalTarget(target);
    const key = `${name}${quotes ? '+quotes' : ''}`;
    let p = converters.get(key);
    if (!p) {
      p = engine(name).then((convert) => (quotes ? (s: string) => cornerQuotes(convert(s)) : convert));
      p.catch(() => converters.delete(key));
      converters.set(key, p);
    }
    return p;
  };
}

async function importedPreset(name: string): Promise<OpenccConfig> {
  // Only the preset a conversion needs is imported: cn2t carries STPhrases (~1 MB),
  // t2cn is ~110 kB.
  const preset = name.startsWith('s2') ? await import('opencc-js/preset/cn2t') : await import('opencc-js/preset/t2cn');
  return presetsAtHand(preset as PresetModule)(name);
}

/** A function converting text written in `from` script to `target` (opencc-js's presets imported on first use). */
export const loadConverter: ConverterLoader = /* @__PURE__ */ converterLoader(importedPreset);

/** Start loading a conversion ahead of the reader's request (e.g. when a report is detected). */
export function preloadConverter(from: Script, target: Target): void {
  loadConverter(from, target).catch(() => undefined);
}
