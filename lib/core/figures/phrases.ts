// Phrase scanning around a number: the phrase before it, the phrase after the unit, label trimming and cutting.

import { arabicDigit, chineseDigit, isChineseNumeralChar } from '../numerals';
import { CHANGE_ADVERBS, CHANGE_VERBS, comparisonStart } from './change-words';
import { isThreshold } from './filters';
import { countedNounEndsAtChange, dropPlanLead } from './label-plan';
import {
  BACK_STOPS,
  CONNECTOR_WORDS,
  CUT_AFTER,
  DETERMINERS,
  FUNCTION_WORD_REJECT,
  HOU_REJECT_AFTER,
  HOU_REJECT_BEFORE,
  LABEL_LEADERS,
  LABEL_MAX,
  LEADER_REJECT_AFTER,
  LEADING_CONNECTORS,
  LEADING_NOUNS,
  NUMBER_LEADERS,
  ONE_CHARACTER_NOUNS,
  PREPOSITIONS,
} from './label-words';
import { ACTION_VERBS, NOUN_END_VERBS, PREDICATES, RELATIVE_VERBS, VERB_STARTS } from './label-verbs';
import { RATIO_NOUNS, headAfterVerb, pairedNounAt, qualifierOfNextValue } from './noun-ends';
import { type Para, readQuantity } from './quantity';
import { CLAUSE_END, CLAUSE_PUNCT, CLOSE_OF, OPEN_QUOTES, QUOTE_SPAN_MAX, isHan, isLatin } from './text';
import { UNITS } from './words';

export function trimLeaders(n: string, s: number, e: number): number {
  for (let guard = 0; guard < 8 && s < e; guard++) {
    // Enumerators: 一是 二是 … 十是, 二要, 其一.
    if (chineseDigit(n[s]) > 0 || n[s] === '十') {
      let j = s;
      while (j < e && j - s < 3 && (chineseDigit(n[j]) > 0 || n[j] === '十')) j++;
      if ((n[j] === '是' || n[j] === '要') && j + 1 < e) {
        s = j + 1;
        continue;
      }
    }
    // 五年生产原煤…, 三年安排…: a span of years is when, not what.
    if (isChineseNumeralChar(n[s]) && n[s + 1] === '年' && e - s > 3) {
      s += 2;
      continue;
    }
    // …企业358户和种子独角兽企业1户: a connector that joins the previous item is not the label.
    if (e - s > 2 && LEADING_CONNECTORS.has(n[s]!) && !(CONNECTOR_WORDS.get(n[s]!) ?? '').includes(n[s + 1]!)) {
      s++;
      continue;
    }
    if ((n[s] === '的' || n[s] === '之') && e - s > 2) {
      s++;
      continue;
    }
    const w = LABEL_LEADERS.startingAt(n, s);
    const reject = w ? LEADER_REJECT_AFTER.get(w) : undefined;
    if (w && e - (s + w.length) >= 2 && !(reject && reject.includes(n[s + w.length] ?? ''))) {
      s += w.length;
      continue;
    }
    break;
  }
  return s;
}

/** Start of the head of [s, e): after the last 的 / 等 / 期间 / 后 that leaves at least 2 characters. */
function cutAfterMarkers(n: string, s: number, e: number, quotes: Uint8Array): number {
  for (let k = e - 2; k > s; k--) {
    if (quotes[k]) continue;
    const w = CUT_AFTER.endingAt(n, k, s + 1);
    if (!w) continue;
    if (w === '后' && (HOU_REJECT_AFTER.includes(n[k] ?? '') || HOU_REJECT_BEFORE.includes(n[k - 2] ?? ''))) continue;
    if (w === '等' && (n[k] === '级' || n[k - 2] === '平' || n[k - 2] === '同')) continue;
    if (w === '的' && (n[k - 2] === '目' || n[k] === '士')) continue;
    // …支出相当于生产总值的比例: a ratio alone names nothing; it keeps what it is the ratio of.
    if (w === '的' && e - k === 2 && RATIO_NOUNS.has(n.slice(k, e))) continue;
    return k;
  }
  return s;
}

/** Cut [s, e) to at most LABEL_MAX characters at a verb or preposition, else keep the end. */
function cutLength(n: string, s: number, e: number): number {
  if (e - s <= LABEL_MAX) return s;
  for (let k = s + 1; k < e - 1; k++) {
    if (e - k > LABEL_MAX) continue;
    if (VERB_STARTS.startingAt(n, k)) return k;
    const pw = PREPOSITIONS.endingAt(n, k);
    if (pw) return k;
  }
  // No word boundary: a little over the limit rather than a cut inside a word.
  return e - s <= LABEL_MAX + 2 ? s : e - LABEL_MAX;
}

/** Text of [s, e) from the source with determiners (各类 …) dropped. */
export function labelText(p: Para, s: number, e: number): string {
  let out = '';
  let from = s;
  for (let k = s; k < e - 2; k++) {
    if (p.n.charCodeAt(k) !== GE) continue;
    const d = DETERMINERS.find((w) => p.n.startsWith(w, k));
    if (!d) continue;
    out += p.raw.slice(from, k);
    from = k + d.length;
    k = from - 1;
  }
  return withoutMarkup(out + p.raw.slice(from, e)).trim();
}
const GE = '各'.charCodeAt(0);

/** Text that looks like markup (<span>, </p>, &nbsp;) is not part of a label. */
function withoutMarkup(s: string): string {
  if (s.indexOf('<') < 0 && s.indexOf('&') < 0) return s;
  return s.replace(/<\/?[A-Za-z][^<>]{0,40}>/g, '').replace(/&#?[A-Za-z0-9]{1,8};/g, '');
}

/** Start of a tag (<…>) or an entity (&nbsp;) that ends at `i`, or -1. */
function markupStart(n: string, i: number): number {
  const last = n[i - 1];
  if (last !== '>' && last !== ';') return -1;
  const open = last === '>' ? '<' : '&';
  for (let k = i - 2; k >= 0 && i - k <= 42; k--) {
    const c = n[k]!;
    if (c === open) return last === '>' && !/[A-Za-z/]/.test(n[k + 1] ?? '') ? -1 : k;
    if (last === ';' && !/[A-Za-z0-9#]/.test(c)) return -1;
    if (c === '<' || c === '>') return -1;
  }
  return -1;
}

interface BackScan {
  start: number;
  /** The scan stopped at this separator (、), or null. */
  sep: string | null;
}

/** Scan back from `end` over the phrase in the clause, stopping at punctuation, numbers and adverbs (BACK_STOPS). */
function scanBack(p: Para, end: number, lowerBound: number): BackScan & { end: number } {
  const n = p.n;
  let e = end;
  let i = e;
  let stoppedAtDigit = false;
  let sep: string | null = null;
  while (i > lowerBound && e - i < 40) {
    // Inside a quotation (“千村引领、万村提升”, “三类500强”) nothing ends the phrase.
    if (p.quotes[i - 1] && p.quotes[i] && i < e) {
      i--;
      continue;
    }
    // <span>受理案件</span>35件: markup debris is skipped (and left out of the label).
    const tag = markupStart(n, i);
    if (tag >= lowerBound) {
      i = tag;
      continue;
    }
    if (CLAUSE_PUNCT.at(n, i - 1)) {
      if (n[i - 1] === '、') sep = '、';
      break;
    }
    const c = n[i - 1]!;
    if (c === '(' || c === '[' || c === '【') break;
    if (c === ')' || c === ']') {
      let k = i - 2;
      while (k > lowerBound && i - k < 12 && n[k] !== '(' && !CLAUSE_PUNCT.at(n, k)) k--;
      if (n[k] === '(' && k >= lowerBound) {
        i = k;
        continue;
      }
      break;
    }
    if (arabicDigit(c) >= 0) {
      // 5G基站, A4纸, PM2.5浓度: digits in a word with Latin letters are part of the phrase.
      let k = i - 1;
      while (k > lowerBound && (arabicDigit(n[k - 1]) >= 0 || (n[k - 1] === '.' && arabicDigit(n[k - 2]) >= 0))) k--;
      if (isLatin(n[i]) || isLatin(n[k - 1])) {
        i = k;
        continue;
      }
      // 承办人大代表建议12类35件: a class right before the number is not the phrase; the one before it is.
      if (n[i] === '类' && i + 1 === e) {
        i = k;
        e = k;
        continue;
      }
      stoppedAtDigit = true;
      break;
    }
    if (!p.quotes[i - 1]) {
      const stop = BACK_STOPS.endingAt(n, i, lowerBound);
      if (stop) {
        const before = n[i - stop.length - 1] ?? '';
        const reject = FUNCTION_WORD_REJECT.get(stop);
        if (!(reject && reject.includes(before))) {
          if (i < e) break;
          // Nothing collected yet: the adverb sits between the phrase and the number.
          i -= stop.length;
          e = i;
          continue;
        }
      }
    }
    i--;
  }
  if (stoppedAtDigit) {
    // Date residue after a number that is not a figure: 2023年度… 5月…
    for (const w of ['年以来', '年度', '年底', '年初', '年末', '年', '月份', '月', '日', '号']) {
      if (n.startsWith(w, i) && i + w.length < e) {
        i += w.length;
        break;
      }
    }
  }
  return { start: i, end: e, sep };
}

/** Trim leaders, cut after 的/等/后 and to length: the label range inside [i, e), or null. */
export function finishLabel(p: Para, i: number, e: number): [number, number] | null {
  const n = p.n;
  let s = trimLeaders(n, i, e);
  s = dropPlanLead(n, s, e);
  s = cutAfterMarkers(n, s, e, p.quotes);
  s = trimLeaders(n, s, e);
  s = cutLength(n, s, e);
  s = trimLeaders(n, s, e);
  s = dropPlanLead(n, s, e);
  s = wholeQuotes(p, s, e);
  if (e - s < 1) return null;
  return [s, e];
}

/**
 * A label never starts inside a quotation (建设者之家”床位): it takes the whole quotation
 * when that stays short, else starts after it.
 */
function wholeQuotes(p: Para, s: number, e: number): number {
  if (s <= 0 || !p.quotes[s] || !p.quotes[s - 1] || CLOSE_OF[p.n.charCodeAt(s)]) return s;
  let open = s - 1;
  while (open > 0 && s - open < QUOTE_SPAN_MAX && p.quotes[open - 1] && !CLOSE_OF[p.n.charCodeAt(open)]) open--;
  if (CLOSE_OF[p.n.charCodeAt(open)] && e - open <= LABEL_MAX + 8) return open;
  let k = s;
  while (k < e && p.quotes[k]) k++;
  return k < e ? k : s;
}

/** Split [s, e) at 和 / 及 / 与 (outside quotes, not in 参与, 涉及 …) into items of two characters or more. */
function splitConjunctions(p: Para, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  let from = s;
  for (let k = s + 2; k < e - 2; k++) {
    const c = p.n[k]!;
    if ((c !== '和' && c !== '及' && c !== '与') || p.quotes[k]) continue;
    const reject = FUNCTION_WORD_REJECT.get(c);
    if (reject && reject.includes(p.n[k - 1] ?? '')) continue;
    out.push([from, k]);
    from = k + 1;
  }
  out.push([from, e]);
  return out;
}

interface Before {
  range: [number, number] | null;
  /** 甲、乙分别为…: the labels of the figures in turn. */
  each?: string[];
  /** A change verb or a comparison stood between the phrase and the number (…增长5%). */
  changed?: boolean;
  /** The source ranges of the 分别 list items, for sharedHeadLabels. */
  items?: [number, number][];
}

/**
 * The phrase before the number, in its clause. With 分别 ("respectively") before the
 * number and a list before that (甲、乙分别为X和Y), each figure takes its item in turn; with
 * 均/都 ("all": 甲、乙均为X) the figure takes the whole list.
 */
/** 2020年的 / 2025年底的 right before `e`: where the date starts, else `e`. */
function dateOfStart(n: string, e: number, lowerBound: number): number {
  if (n[e - 1] !== '的') return e;
  let k = e - 1;
  if (n[k - 1] === '底' || n[k - 1] === '末' || n[k - 1] === '初') k--;
  if (n[k - 1] !== '年') return e;
  k--;
  let d = k;
  while (d > lowerBound && k - d < 4 && arabicDigit(n[d - 1]) >= 0) d--;
  return k - d === 4 ? d : e;
}

function longest(...words: (string | null)[]): string | null {
  let best: string | null = null;
  for (const w of words) if (w && (!best || w.length > best.length)) best = w;
  return best;
}

export function phraseBefore(p: Para, start: number, lowerBound: number): Before {
  const n = p.n;
  let e = start;
  if (n[e - 1] === ' ' && e - 1 > lowerBound) e--; // 受理案件 35 件
  let mode: 'each' | 'all' | null = null;
  let changed = false;
  // Leaders, change verbs, their adverbs, a comparison and a date, from the number back:
  // 城乡居民收入|分别|比上年|增长|了| 5%; 人均GDP|从|2020年的| 5.2万元.
  for (let guard = 0; guard < 10; guard++) {
    const date = dateOfStart(n, e, lowerBound);
    if (date < e) {
      e = date;
      continue;
    }
    const w = longest(
      NUMBER_LEADERS.endingAt(n, e, lowerBound),
      CHANGE_VERBS.endingAt(n, e, lowerBound),
      CHANGE_ADVERBS.endingAt(n, e, lowerBound),
    );
    if (w) {
      const reject = FUNCTION_WORD_REJECT.get(w);
      if (reject && reject.includes(n[e - w.length - 1] ?? '')) break;
      // 总量达1461.4万户: a noun that leads the number is the label when nothing precedes it.
      if (LEADING_NOUNS.has(w) && (e - w.length <= lowerBound || CLAUSE_PUNCT.at(n, e - w.length - 1))) break;
      if (w.startsWith('分别')) mode = 'each';
      else if ((w[0] === '均' || w[0] === '都') && !mode) mode = 'all';
      if (CHANGE_VERBS.words.has(w)) changed = true;
      e -= w.length;
      continue;
    }
    const cmp = comparisonStart(n, lowerBound, e);
    if (cmp < 0 || cmp === e) break;
    e = cmp;
    changed = true;
  }
  const first = scanBack(p, e, lowerBound);
  const range = finishLabel(p, first.start, first.end);
  if (!mode || !range) return { range, changed };
  // Collect the list: items separated by 、 and by 和/及/与.
  const items: [number, number][] = [];
  let scan = first;
  for (let guard = 0; guard < 8; guard++) {
    items.unshift(...splitConjunctions(p, scan.start, scan.end));
    if (scan.sep !== '、' || scan.start - 1 <= lowerBound) break;
    scan = scanBack(p, scan.start - 1, lowerBound);
    if (scan.end - scan.start < 1) break;
  }
  const labels = items
    .map(([a, b]) => finishLabel(p, a, b))
    .filter((r): r is [number, number] => r !== null)
    .map(([a, b]) => labelText(p, a, b))
    .filter((l) => l.length >= 2);
  // 一、二、三产业增加值分别…: items of one character are kept for sharedHeadLabels.
  if (labels.length < 2) return mode === 'each' && items.length >= 2 ? { range, each: [], items } : { range };
  if (mode === 'each') return { range, each: labels, items };
  // One value for several indicators: 甲和乙 (a label holds no list punctuation).
  const all = labels.join('和');
  return all.length <= LABEL_MAX + 2 ? { range, each: [all] } : { range };
}

export type After =
  | { kind: 'none' }
  | { kind: 'noun'; s: number; e: number }
  | { kind: 'relative'; s: number; e: number }
  | { kind: 'predicate'; s: number; e: number };

function clauseEndFrom(n: string, i: number, max: number): number {
  let j = i;
  while (j < n.length && j - i < max && !CLAUSE_END.at(n, j)) j++;
  return j;
}

/** What follows the unit: a noun (9个社区), a relative clause (21名具有…的“法律明白人”), or a predicate. */
export function phraseAfter(p: Para, at: number): After {
  const n = p.n;
  // 为87万名80岁以上老年人, 建成20个500千伏变电站: a number that is not a figure itself
  // (a threshold, a rating) belongs to the noun after it.
  const i = at + numberInNoun(p, at);
  if (i > at && !isHan(n[i])) return { kind: 'none' };
  const c = n[i];
  if (c === undefined || CLAUSE_PUNCT.has(c) || c === '(' || arabicDigit(c) >= 0) return { kind: 'none' };
  if (!isHan(c) && !OPEN_QUOTES.has(c)) return { kind: 'none' };
  // 从4000亿元增长到…: a change verb after the unit says what happened, not what was counted.
  if ((CHANGE_VERBS.startingAt(n, i)?.length ?? 0) >= 2 || (NUMBER_LEADERS.startingAt(n, i)?.length ?? 0) >= 2) return { kind: 'none' };
  if (PREDICATES.startingAt(n, i) || RELATIVE_VERBS.startingAt(n, i)) {
    const end = clauseEndFrom(n, i, 40);
    // A relative clause (21名具有…的“法律明白人”): the noun after its last 的 (outside quotes).
    for (let k = end - 1; k > i && RELATIVE_VERBS.startingAt(n, i); k--) {
      if (n[k] === '的' && !p.quotes[k] && end - (k + 1) >= 2) {
        let e = k + 1;
        while (e < end && n[e] !== '、' && e - (k + 1) < LABEL_MAX) e++;
        return { kind: 'relative', s: k + 1, e };
      }
    }
    let e = i;
    while (e < end && n[e] !== '、' && e - i < LABEL_MAX + 2) e++;
    let s = i;
    if (n[s] === '为' || n[s] === '是') s++;
    return e > s ? { kind: 'predicate', s, e } : { kind: 'none' };
  }
  let e = i;
  while (e < n.length && e - i < LABEL_MAX) {
    const ch = n[e]!;
    // A closing bracket ends the noun too: 1个督查组)疫情防控… names 督查组.
    if (CLAUSE_PUNCT.has(ch) || ch === '(' || ch === ')' || ch === '的' || arabicDigit(ch) >= 0) break;
    if (p.quotes[e]) {
      e++;
      continue;
    }
    if (e > i && (ch === '等' || ch === '暨')) break;
    if ((ch === '和' || ch === '与' || ch === '及' || ch === '或') && (arabicDigit(n[e + 1]) >= 0 || isChineseNumeralChar(n[e + 1]))) break;
    if (e > i) {
      const w = PREDICATES.startingAt(n, e);
      const reject = w ? FUNCTION_WORD_REJECT.get(w) : undefined;
      if (w && !(reject && reject.includes(n[e - 1] ?? '')) && !pairedNounAt(n, e)) break;
      if (qualifierOfNextValue(n, e)) break;
      if (e > i + 1 && ACTION_VERBS.startingAt(n, e)) {
        e = headAfterVerb(p, e);
        break;
      }
      if (e > i + 1 && countedNounEndsAtChange(n, e)) break;
      // 8个市下放…, 380个老旧小区引入…, 3家单位获…: the counted noun ends at its verb.
      if (NOUN_END_VERBS.startingAt(n, e) && (e > i + 1 || ONE_CHARACTER_NOUNS.includes(n[i]!))) {
        e = headAfterVerb(p, e);
        break;
      }
    }
    e++;
  }
  // Ending inside a quotation: take all of it when it closes soon, else stop before it.
  if (e > i && p.quotes[e - 1] && p.quotes[e]) {
    let close = e;
    while (close < n.length && close - e < 8 && p.quotes[close] && !(p.quotes[close + 1] === 0 || close + 1 >= n.length)) close++;
    if (p.quotes[close] && (close + 1 >= n.length || !p.quotes[close + 1])) e = close + 1;
    else {
      while (e > i && p.quotes[e - 1]) e--;
    }
  }
  return e > i ? { kind: 'noun', s: at, e } : { kind: 'none' };
}

/** Length of a number at `i` that modifies the noun after it (80岁以上老年人, 500千伏线路), or 0. */
function numberInNoun(p: Para, i: number): number {
  const token = arabicDigit(p.n[i]) >= 0 ? p.tokenAt.get(i) : undefined;
  if (!token || token.code) return 0;
  const c = readQuantity(p, token, i);
  if (!c) return isHan(p.n[token.end]) && !UNITS.startingAt(p.n, token.end) ? token.end - i : 0;
  return isThreshold(p, c.q) ? c.q.textEnd - i : 0;
}
