// Figure labels made comparable across reports and scripts: 「行政復議案件」 in a
// Traditional report and 「全年共受理行政复议案件」 in a Simplified one are the same
// indicator to a reader comparing places.
//
// Script: OpenCC's own character table (TSCharacters, with the Taiwan variant forms
// folded first), character by character. Labels are short noun phrases; the phrase
// dictionaries (49,000 entries, ~320 ms to load in Node, ~570 ms for 60,000 labels)
// would change no label of the fixture reports beyond what the character table does,
// while the table loads in a few milliseconds (29 kB, imported only when asked for).

export type Fold = (s: string) => string;

let folding: Promise<Fold> | undefined;

function tableOf(...dicts: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const dict of dicts)
    for (const pair of dict.split('|')) {
      const [from, to] = pair.split(' ');
      // The first mapping wins (as in OpenCC); only single characters: the tables hold those.
      if (from && to && from.length <= 2 && !map.has(from)) map.set(from, to.split(' ')[0]!);
    }
  return map;
}

/** Traditional → Simplified for labels, character by character (loaded on first use). */
export function loadFold(): Promise<Fold> {
  folding ??= Promise.all([import('opencc-js/dict/TWVariantsRev'), import('opencc-js/dict/TSCharacters')]).then(([variants, chars]) => {
    const variant = tableOf(variants.default);
    const table = tableOf(chars.default);
    return (s: string) => {
      let out = '';
      for (const c of s) {
        const v = variant.get(c) ?? c;
        out += table.get(v) ?? v;
      }
      return out;
    };
  });
  return folding;
}

// Scope and sum words that open a label without changing what is counted:
// 全年共受理… = 受理…, 累计办理… = 办理…, 其中… = ….
const SCOPE_OPENING =
  /^(?:全年|年内|当年|本年度|本年|全[省市区县镇乡]|全街道|全系统|全局|我[省市区县镇乡局]|本[省市区县镇乡局]|其中|此外|另外|同时|共计|合计|总计|累计|共|计|先后|全部)+/;
const ASIDES = /[(（][^()（）]*[)）]/g;
const QUOTES = /[\s“”"‘’'「」『』《》〈〉【】·•・]/g;
// 行政复议案件数 and 行政复议案件数量 are 行政复议案件.
const COUNT_ENDING = /(?:的)?(?:数量|总数|数)$/;

/** The label as a comparison key: Simplified, without scope words, asides, quotes or 数量. */
export function labelKey(label: string, fold: Fold = (s) => s): string {
  let key = fold(label).replace(QUOTES, '').replace(ASIDES, '');
  for (let i = 0; i < 3; i++) {
    const next = key.replace(SCOPE_OPENING, '').replace(COUNT_ENDING, '');
    if (next === key || !next) break;
    key = next;
  }
  return key;
}

/** The unit as a comparison key: 件(次) is 件, ％ is %. */
export function unitKey(unit: string, fold: Fold = (s) => s): string {
  return fold(unit).replace(ASIDES, '').replace(/％/g, '%').replace(/[\s]/g, '');
}

/**
 * Whether a figure's label and unit answer a reader's indicator. The indicator is
 * a label (「办结率」, matched inside longer labels: 「行政复议案件办结率」) or a
 * pattern with … for any words (「受理…件」: a label opening with 受理 counted in 件,
 * 「政府法律顾问…」).
 */
export function indicatorMatcher(indicator: string, fold: Fold = (s) => s): (label: string, unit: string) => boolean {
  const parts = fold(indicator)
    .replace(QUOTES, '')
    .split(/…+|\.{3}|\*/)
    .map((p) => p.trim());
  if (!parts.some(Boolean)) return () => false;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(parts.map((p) => esc(labelKey(p) || p)).join('.*'));
  const pattern = parts.length > 1;
  return (label, unit) => {
    const key = labelKey(label, fold);
    return re.test(key) || (pattern && re.test(key + unitKey(unit, fold)));
  };
}
