// The label of a figure (rule 5): start here when figures are mis-labelled.

import { isChineseNumeralChar } from '../numerals';
import { CHANGE_VERBS, GENERIC_NOUNS } from './change-words';
import { bareHeadWithSubject, modifierBeforeNumber, reachOfNamedThing, totalAfterIncrement } from './label-heads';
import { inheritedLabels, listLength, sharedHeadLabels, urbanRuralPair } from './label-lists';
import { NUMBER_LEADERS, weak } from './label-words';
import { type After, labelText, phraseAfter, phraseBefore } from './phrases';
import type { Para, Quantity } from './quantity';
import { SENTENCE_END, isHan, normalizeText } from './text';
import { PERCENT_SET } from './words';

/** Percent followed by a verb: 100%覆盖, 100%办结 (not 至, 和, 的 …). */
function percentVerb(p: Para, i: number): [number, number] | null {
  const n = p.n;
  if (!isHan(n[i]) || '的至到和及与或并且为是在以较比同占'.includes(n[i]!) || isChineseNumeralChar(n[i])) return null;
  // 从75.6%提升至76.5%: a change verb after the value leads to the next value; it says nothing of this one.
  if ((CHANGE_VERBS.startingAt(n, i)?.length ?? 0) >= 2 || (NUMBER_LEADERS.startingAt(n, i)?.length ?? 0) >= 2) return null;
  let e = i;
  while (e < n.length && e - i < 4 && isHan(n[e]) && n[e] !== '的' && !isChineseNumeralChar(n[e])) e++;
  return [i, e];
}

export interface Prev {
  end: number;
  /** End of the noun after its measure word (48个行政执法部门|公示…): the next label starts after it. */
  nounEnd: number;
  label: string;
  /** Labels left for the next figures of a 分别 list. */
  pending: string[];
}

/** Only connectors between two figures: 99.6%和98.7%, 3件、5件. */
function connectedTo(p: Para, prev: Prev | null, start: number): boolean {
  if (!prev || start - prev.end > 3) return false;
  for (let k = prev.end; k < start; k++) if (!'和及与、,或'.includes(p.n[k]!)) return false;
  return true;
}

/** The label of a figure (rule 5). `pending` receives labels left for the next figures. */
export function figureLabel(
  p: Para,
  q: Quantity,
  after: After,
  prev: Prev | null,
  pending: string[],
  earlier: readonly string[],
  indicator: { text: string },
): string {
  // The phrase before starts after the previous figure, and after the noun that figure counted
  // (48个行政执法部门|公示执法信息2.6万条) unless nothing is left then (任务指标的161.44%).
  const looseBound = Math.max(p.markerEnd, prev ? prev.end : 0);
  let lowerBound = Math.max(p.markerEnd, prev && prev.nounEnd <= q.textStart ? prev.nounEnd : looseBound);
  if (lowerBound > looseBound) {
    const tight = phraseBefore(p, q.textStart, lowerBound);
    if (!tight.range || weak(labelText(p, tight.range[0], tight.range[1]))) lowerBound = looseBound;
  }
  if (after.kind === 'noun' || after.kind === 'relative') {
    let l = labelText(p, after.s, after.e);
    if (after.kind === 'noun') l = modifierBeforeNumber(p, q, lowerBound, l);
    if (l) {
      // 地区生产总值连续迈上4个万亿元台阶、达14.2万亿元: what later values measure is the
      // indicator before the change verb, not the noun counted here.
      if (CHANGE_VERBS.endingAt(p.n, q.textStart, lowerBound)) {
        const b = phraseBefore(p, q.textStart, lowerBound);
        if (b.changed && b.range) indicator.text = labelText(p, b.range[0], b.range[1]);
      }
      return l;
    }
  }
  if (prev && prev.pending.length > 0 && connectedTo(p, prev, q.textStart)) {
    pending.push(...prev.pending.slice(1));
    return prev.pending[0]!;
  }
  const b = phraseBefore(p, q.textStart, lowerBound);
  const each = b.each && ((b.items && sharedHeadLabels(p, b.items, listLength(p, q, b.items.length + 1))) || b.each);
  if (each && each.length > 0) {
    pending.push(...each.slice(1));
    return each[0]!;
  }
  const before = b.range;
  let label = before ? labelText(p, before[0], before[1]) : '';
  if (weak(label)) label = '';
  // …收入增长4.6%，总量突破1900亿元: a bare 总量/规模 is the total of the indicator before it.
  const last = earlier[earlier.length - 1];
  if (last && label.length <= 3 && GENERIC_NOUNS.has(normalizeText(label))) return last + label;
  if (before) {
    const whole = bareHeadWithSubject(p, q, before, label, prev) ?? reachOfNamedThing(p, q, label);
    if (whole) return whole;
  }
  if (PERCENT_SET.has(q.unit)) {
    const v = percentVerb(p, q.textEnd);
    if (v) return label + labelText(p, v[0], v[1]);
  }
  if (label) return urbanRuralPair(p, q, label, pending);
  // 12类35件, 3256批次、8902人次: a figure right after another counts the same thing.
  if (prev && prev.label && (prev.end === q.textStart || connectedTo(p, prev, q.textStart))) return prev.label;
  if (after.kind === 'predicate') return labelText(p, after.s, after.e);
  // 为期6个月的专项整治, 90%的事项: the noun after 的.
  if (p.n[q.textEnd] === '的') {
    const of = phraseAfter(p, q.textEnd + 1);
    if (of.kind === 'noun') return labelText(p, of.s, of.e);
  }
  const inherited = inheritedLabels(p, q, earlier);
  if (inherited.length > 0) {
    const total = totalAfterIncrement(p, q, lowerBound, inherited);
    pending.push(...total.slice(1));
    return total[0]!;
  }
  // Last resort: a light verb or adverb of two characters or more (连续, 为期) rather than nothing.
  const verb = before ? labelText(p, before[0], before[1]) : '';
  return verb.length >= 2 ? verb : '';
}

export function sentenceBounds(n: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !SENTENCE_END.at(n, s - 1)) s--;
  let e = at;
  while (e < n.length && !SENTENCE_END.at(n, e)) e++;
  if (e < n.length && n[e] !== '\n' && n[e] !== '\r') e++;
  return [s, e];
}
