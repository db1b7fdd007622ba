// Where a counted noun ends: 国家和地区, a qualifier of the next value, a project stage with its head.

import { arabicDigit, isChineseNumeralChar } from '../numerals';
import type { Para } from './quantity';
import { LEAD_SET, WordSet } from './words';

/** Ratio nouns that never stand alone after 的 (…占生产总值的比重). */
export const RATIO_NOUNS = new Set(['比例', '比重', '占比']);
/** Stages of a project that name which projects are counted (新开工…等2个项目 → 新开工项目). */
export const PROJECT_STAGES = new WordSet(['新开工', '开工', '续建', '建成通车', '建成投产', '竣工投产', '建成', '竣工', '投产']);
/** 国家和地区, 国际及地区: a connector followed by 地区 joins one noun, not two clauses. */
export function pairedNounAt(n: string, e: number): boolean {
  return (n[e] === '和' || n[e] === '及' || n[e] === '与') && n.startsWith('地区', e + 1);
}

/** 116个国家和地区近4000名运动员: a qualifier of the next value (近, 超, 约) ends the counted noun. */
export function qualifierOfNextValue(n: string, e: number): boolean {
  const w = LEAD_SET.startingAt(n, e);
  if (!w) return false;
  const next = n[e + w.length];
  return arabicDigit(next) >= 0 || isChineseNumeralChar(next);
}

/** Generic heads right after a verb that ends a counted noun (285个计划新开工项目, 拟竣工投产项目). */
const HEADS_AFTER_VERB = new WordSet(['项目', '企业', '工程', '单位']);

/** End of a generic head that closes a counted noun shortly after the verb at `e` (计划新|开工项目), else `e`. */
export function headAfterVerb(p: Para, e: number): number {
  // Only a project stage (开工, 投产) makes the verb a modifier of the head right after it.
  const stage = PROJECT_STAGES.startingAt(p.n, e);
  const w = stage ? HEADS_AFTER_VERB.startingAt(p.n, e + stage.length) : null;
  return w ? e + stage!.length + w.length : e;
}
