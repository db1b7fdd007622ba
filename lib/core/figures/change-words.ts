// Word lists for indicators and their change (增长, 同比, 高于全国) and comparison phrases.

import { CLAUSE_PUNCT } from './text';
import { WordSet } from './words';

// Indicators and their change (地区生产总值增长5.1%) ---------------------------

/**
 * Verbs of change or attainment between an indicator and its value: the label is the
 * indicator before them (地区生产总值增长5.1% → 地区生产总值; 技术合同成交额突破… →
 * 技术合同成交额), never the verb.
 */
export const CHANGE_VERBS = new WordSet([
  '增长',
  '下降',
  '提高',
  '提升',
  '降低',
  '减少',
  '增加',
  '上升',
  '上涨',
  '回落',
  '回升',
  '突破',
  '超过',
  '扩大',
  '缩小',
  '缩短',
  '缩减',
  '压减',
  '压降',
  '净增',
  '净增加',
  '新增',
  '完成',
  '跨越',
  '跃升',
  '攀升',
  '跃居',
  '迈上',
  '跨上',
  '迈过',
  '跨过',
  '站上',
  '登上',
  '增',
  '降',
  '减',
  '达',
  '达到',
  '超',
  '拓展',
  '扩展',
  '延长',
  '翻番',
  '翻一番',
  '实现',
]);
/** Nouns that alone say only "the total" (总量突破…): of the indicator named before. */
export const GENERIC_NOUNS = new Set(['总量', '总数', '规模', '总额', '总值', '数量', '总规模']);
/** Adverbs and time words between an indicator and its change verb: 年均增长, 同比下降. */
export const CHANGE_ADVERBS = new WordSet([
  '同比',
  '环比',
  '年均',
  '平均',
  '分别',
  '均',
  '都',
  '累计',
  '总体',
  '持续',
  '稳步',
  '大幅',
  '明显',
  '显著',
  '实际',
  '名义',
  '预计',
  '首次',
  '再',
  '又',
  '进一步',
  '逐年',
  '整体',
  '一举',
  '共',
  '已',
  '将',
  '力争',
  '全年',
  '比上年',
  '较上年',
  '比上年末',
  '较上年末',
  '比年初',
  '较年初',
  '同口径',
  '了',
  '从',
  '由',
  '已经',
  '逆势',
  '快速',
  '较快',
  '平稳',
  '稳定',
  '恢复性',
  '强劲',
  '稳健',
  '小幅',
  '双双',
  '再次',
  '连续',
  '每月',
  '每年',
  '每人',
  '每人每月',
  '每人每年',
  '有望',
  '预期',
  '可望',
  '继续',
]);
/**
 * A comparison before the change verb (比上年, 较2020年, 比“十三五”时期, 高于全国): the
 * indicator is before it. 比/较 start words too (比重, 比例, 占比, 较大, 相比): those are not cuts.
 */
const COMPARISON_WORDS = new WordSet(['高于', '低于', '快于', '慢于', '优于', '好于', '领先', '高出', '超出', '快出']);
const BI_NOT_AFTER = '占对相排评无类';
const BI_NOT_BEFORE = '重例率值较赛拼如学肩翼';
const JIAO_NOT_AFTER = '比相计';
const JIAO_NOT_BEFORE = '大快好高低为多少强弱长短小真量劲';

/** Start of a comparison phrase that ends at `e` (在 [lo, e), at most 14 characters), or -1. */
export function comparisonStart(n: string, lo: number, e: number): number {
  for (let k = e - 1; k >= lo && e - k <= 14; k--) {
    if (CLAUSE_PUNCT.at(n, k)) return -1;
    const c = n[k]!;
    if (c === '比' && !BI_NOT_AFTER.includes(n[k - 1] ?? '') && !BI_NOT_BEFORE.includes(n[k + 1] ?? '')) return k;
    if (c === '较' && !JIAO_NOT_AFTER.includes(n[k - 1] ?? '') && !JIAO_NOT_BEFORE.includes(n[k + 1] ?? '')) return k;
    const w = COMPARISON_WORDS.startingAt(n, k);
    if (w) return k;
  }
  return -1;
}
