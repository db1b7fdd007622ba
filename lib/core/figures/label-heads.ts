// Generic head nouns that take their modifier (企业, 项目, 投资) and amounts owned by a count.

import { arabicDigit } from '../numerals';
import { LABEL_MAX, weak } from './label-words';
import type { Prev } from './labels';
import { PROJECT_STAGES } from './noun-ends';
import { labelText, phraseAfter, phraseBefore } from './phrases';
import type { Para, Quantity } from './quantity';
import { CLAUSE_PUNCT, SENTENCE_END, isLatin, normalizeText } from './text';
import { UNITS, WordSet } from './words';

// --- Generic head nouns take their modifier ---------------------------------
// 投资, 产量, 企业, 项目, 举措 alone say what kind of thing is counted, not which: the
// modifier written before them in the same clause is part of the label.

/** Amounts that a preceding count's noun owns: 810个重点项目完成投资N亿元. */
const OWNED_AMOUNTS = new Set(['投资', '产值', '产量', '营收']);
/** Adverbs and verbs that, dropped from before an amount, leave it nameless (完成投资, 累计产量). */
const AMOUNT_VERBS = new WordSet(['完成', '累计', '实现', '新增']);
/** A share of the whole (占全国) is the share of the figure before it. */
const SHARE_OF_WHOLE = /^占(?:全国|全省|全市|全区|全球|世界)$/;
/** Counted nouns that alone name only a kind: the modifier before the number is theirs (带动上下游千余家企业). */
const GENERIC_COUNTED = new Set(['企业', '项目', '举措', '措施', '单位', '产品', '活动', '平台', '省份']);
/** Longest predicate that turns into a modifier of the counted noun (3家单位获某奖 → 获某奖单位). */
const COUNT_PREDICATE_MAX = 16;

/** Nothing of the clause stands before the number (…，3家单位获…). */
function clauseStartsWithCount(p: Para, q: Quantity, lowerBound: number): boolean {
  const k = q.textStart - 1;
  return k < lowerBound || k < 0 || CLAUSE_PUNCT.at(p.n, k);
}

/**
 * 3家单位获某奖, 34个项目进入某名录: a clause that opens with a count of a generic noun says
 * which ones by its predicate; the label is the predicate made a modifier (获某奖单位).
 */
function predicateOfCount(p: Para, q: Quantity, noun: string): string {
  const n = p.n;
  const from = q.textEnd + noun.length;
  let e = from;
  while (e < n.length && e - from <= COUNT_PREDICATE_MAX && !CLAUSE_PUNCT.at(n, e)) {
    // A digit is a value of its own unless it is part of a Latin word (5G).
    if (arabicDigit(n[e]) >= 0 && !isLatin(n[e + 1]) && !isLatin(n[e - 1])) return noun;
    e++;
  }
  if (e === from || e - from > COUNT_PREDICATE_MAX || !CLAUSE_PUNCT.at(n, e)) return noun;
  const predicate = p.raw.slice(from, e);
  // 5家单位获评文明单位: the predicate already ends with the noun.
  return normalizeText(predicate).endsWith(normalizeText(noun)) ? predicate : predicate + noun;
}
/** True when nothing ends the sentence between `from` and `to`. */
function sameSentence(n: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SENTENCE_END.at(n, k)) return false;
  return true;
}

/**
 * A bare amount or share whose subject was dropped: 完成投资 after 810个重点项目 (the
 * projects' investment), 累计产量, 占全国 after 棉花总产616.5万吨 (the share of that total).
 */
export function bareHeadWithSubject(p: Para, q: Quantity, before: [number, number], label: string, prev: Prev | null): string | null {
  const n = p.n;
  const head = normalizeText(label);
  const subject = prev && prev.label && sameSentence(n, prev.end, q.textStart) && !prev.label.includes('占') ? prev.label : '';
  if (SHARE_OF_WHOLE.test(head)) return subject ? subject + label + '比重' : null;
  if (!OWNED_AMOUNTS.has(head)) return null;
  const verb = AMOUNT_VERBS.endingAt(n, before[0]);
  if (!verb) return null;
  const verbText = p.raw.slice(before[0] - verb.length, before[0]);
  return verb === '完成' && subject ? subject + verbText + label : verbText + label;
}

/** How far before the number 累计 may stand (累计达到, 累计建成): a short verb phrase. */
const TOTAL_MARK_SPAN = 6;

/**
 * 新增公园127座，…累计达到1100座: a value reached 累计 after an increment is the running
 * total of the thing, not another increment: the inherited label loses its 新增.
 */
export function totalAfterIncrement(p: Para, q: Quantity, lowerBound: number, inherited: string[]): string[] {
  const from = Math.max(lowerBound, q.textStart - TOTAL_MARK_SPAN);
  if (!p.n.slice(from, q.textStart).includes('累计')) return inherited;
  return inherited.map((l) => (normalizeText(l).startsWith('新增') && l.length >= 4 ? l.slice(2) : l));
}

/** Verbs of reach: 惠及N人的X is how many X reaches. */
const REACH_VERBS = new Set(['惠及', '覆盖', '辐射', '带动', '服务']);

/** 惠及3400万人的调水工程: the label is the thing named after 的 with its verb (调水工程惠及). */
export function reachOfNamedThing(p: Para, q: Quantity, label: string): string | null {
  if (!REACH_VERBS.has(normalizeText(label)) || p.n[q.textEnd] !== '的') return null;
  const of = phraseAfter(p, q.textEnd + 1);
  if (of.kind !== 'noun') return null;
  // …的调水工程启动建设: the named thing ends where its own predicate starts.
  let e = of.s + 2;
  while (e < of.e && !PROJECT_STAGES.startingAt(p.n, e) && !p.n.startsWith('启动', e)) e++;
  return labelText(p, of.s, e) + label;
}

/** A generic counted noun (企业, 举措) with the modifier written right before the number: 稳经济30项举措. */
export function modifierBeforeNumber(p: Para, q: Quantity, lowerBound: number, noun: string): string {
  if (!GENERIC_COUNTED.has(normalizeText(noun))) return noun;
  const b = phraseBefore(p, q.textStart, lowerBound);
  if (!b.range) return clauseStartsWithCount(p, q, lowerBound) ? predicateOfCount(p, q, noun) : noun;
  if (b.changed || b.range[1] !== q.textStart) return noun;
  // 新开工晏城至表白寺等2个项目: examples before 等 are not the modifier; the project stage is.
  if (p.n[b.range[1] - 1] === '等') {
    for (const at of [b.range[0], b.range[0] - 2]) {
      const stage = at >= 0 ? PROJECT_STAGES.startingAt(p.n, at) : null;
      if (stage) return p.raw.slice(at, at + stage.length) + noun;
    }
    return noun;
  }
  // 从6个方面出台21条措施: what follows another count's measure word is not a modifier.
  if (UNITS.startingAt(p.n, b.range[0]) || arabicDigit(p.n[b.range[0] - 1]) >= 0) return noun;
  const modifier = labelText(p, b.range[0], b.range[1]);
  return modifier.length >= 2 && !weak(modifier) && modifier.length + noun.length <= LABEL_MAX ? modifier + noun : noun;
}
