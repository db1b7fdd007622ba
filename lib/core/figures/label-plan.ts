// Plan and action verbs before the counted noun (力争…突破6000家, 建成老年食堂1733个).

import { arabicDigit } from '../numerals';
import { CHANGE_VERBS } from './change-words';
import { CLAUSE_PUNCT, isHan } from './text';
import { WordSet } from './words';

// --- Plan and action verbs before the counted noun -------------------------
// 力争专精特新中小企业突破6000家, 建成老年食堂1733个, 严格按照建设标准建成综治中心8个:
// what is counted is the noun phrase after the plan word or the action verb, never the clause.

/** Plan adverbs and verbs of doing that open a clause before the counted noun. */
const PLAN_LEADS = new WordSet([
  '力争',
  '确保',
  '争取',
  '努力',
  '推动',
  '推进',
  '建成',
  '新建',
  '建设提升',
  '改造提升',
  '建成投用',
  '建设完成',
  '严格',
  '全面',
  '加快',
  '大力',
  '持续',
]);
/** Verbs joined to a plan word (新建和改造, 新建扩建, 新建改造提升). */
const SECOND_VERBS = new WordSet(['改造', '扩建', '改建', '改善', '提升', '改善提升', '改造提升', '提标']);
/** Words that are nouns when the plan word is followed by these characters (建成区, 全面性, 持续性). */
const PLAN_LEAD_REJECT_AFTER = new Map<string, string>(Object.entries({ 建成: '区', 全面: '性', 持续: '性期' }));
/** Prepositions that open a phrase of manner (按照…建成X): the label starts after the verb that ends it. */
const MANNER_PREPOSITIONS = new WordSet(['按照', '根据', '依据', '对照', '参照']);
/** Verbs of review after 经 (经清理依法确认X): the label starts after the last of them. */
const REVIEW_VERBS = new WordSet(['确认', '认定', '审核', '审查', '批准', '核实', '核查', '评审', '验收']);
const PLAN_VERBS = new WordSet(['建成', '新建', '建设', '完成', '设立', '打造', '培育', '认定', '创建', '实施']);

/** Start of [s, e) after plan words, a 按照… manner phrase and a 经…确认 review phrase, keeping at least 2 characters. */
export function dropPlanLead(n: string, s: number, e: number): number {
  for (let guard = 0; guard < 6 && s < e; guard++) {
    const w = PLAN_LEADS.startingAt(n, s);
    if (w && e - (s + w.length) >= 2 && !(PLAN_LEAD_REJECT_AFTER.get(w) ?? '').includes(n[s + w.length] ?? '')) {
      s += w.length;
      // 力争为经营主体减负: the 为 that follows a plan word introduces the beneficiary.
      if (n[s] === '为' && e - s > 3) s++;
      // 新建和改造高标准农田, 新建扩建污水处理厂: a second verb joined to the first goes with it.
      const joined = '和及与、'.includes(n[s] ?? '') ? 1 : 0;
      const second = SECOND_VERBS.startingAt(n, s + joined);
      if (second && e - (s + joined + second.length) >= 2) s += joined + second.length;
      continue;
    }
    const manner = MANNER_PREPOSITIONS.startingAt(n, s);
    if (manner) {
      const k = lastWordEnd(n, PLAN_VERBS, s + manner.length, e);
      if (k > 0 && e - k >= 2) {
        s = k;
        continue;
      }
    }
    if (n[s] === '经' && e - s > 4) {
      let last = -1;
      for (let k = s + 1; k < e - 2; k++) {
        const r = REVIEW_VERBS.startingAt(n, k);
        if (r && e - (k + r.length) >= 2) last = k + r.length;
      }
      if (last > 0) {
        s = last;
        continue;
      }
    }
    break;
  }
  return s;
}

/** End of the last word of `set` in [from, e) that leaves 2 characters (按照建设标准建成X: 建成, not 建设), or -1. */
function lastWordEnd(n: string, set: WordSet, from: number, e: number): number {
  for (let k = e - 3; k >= from; k--) {
    const w = set.startingAt(n, k);
    if (w && e - (k + w.length) >= 2) return k + w.length;
  }
  return -1;
}

/** 11个重点项目投资突破2000亿元, 3920个新投产项目增加产值…: a change verb after the counted noun ends it. */
export function countedNounEndsAtChange(n: string, e: number): boolean {
  // 20处重点区域面貌显著提升；: a degree adverb before the verb ends the noun as well.
  const at = e + (DEGREE_ADVERBS.startingAt(n, e)?.length ?? 0);
  const w = CHANGE_VERBS.startingAt(n, at);
  if (!w || w.length < 2 || w === '新增' || w === '完成' || w === '实现') return false;
  // Only a change that leads to a value (突破2000亿元, 增加产值5100亿元) or ends the clause,
  // not one inside a word (稳增长方案).
  const end = at + w.length;
  // 增加值, 增长率: the verb is part of a noun.
  if ('值额量率点'.includes(n[end] ?? '')) return false;
  if (end >= n.length || CLAUSE_PUNCT.at(n, end)) return true;
  for (let k = end; k < n.length && k <= end + CHANGE_TO_VALUE_MAX; k++) {
    if (arabicDigit(n[k]) >= 0) return true;
    if (!isHan(n[k])) return false;
  }
  return false;
}
/** Degree adverbs before a change verb (显著提升, 大幅增长). */
const DEGREE_ADVERBS = new WordSet(['显著', '明显', '大幅', '稳步', '持续', '进一步', '全面']);
/** How far after such a change verb its value may start (增加|产值|5100亿元). */
const CHANGE_TO_VALUE_MAX = 3;
