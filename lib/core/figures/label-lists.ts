// Lists with a shared head (城镇、农村居民人均可支配收入) and labels inherited within a sentence.

import { dropPlanLead } from './label-plan';
import { finishLabel, labelText, trimLeaders } from './phrases';
import { type Para, type Quantity, readNumberTail, readUnit } from './quantity';
import { normalizeText } from './text';
import { TRAIL_UNIT_SET, WordSet } from './words';

// --- Lists with a shared head ---------------------------------------------
// 食品、石化、医药等产业增加值分别增长…; 城镇、农村居民人均可支配收入分别…; 国家级、部级创新平台
// 分别达到…: the head noun is written once, after the last modifier, and belongs to every item.

/** Words that start the head of a list's last item (…农村|居民人均可支配收入, 普惠小微|贷款余额). */
const LIST_HEADS = new WordSet([
  '居民',
  '常住居民',
  '产业',
  '行业',
  '领域',
  '贷款',
  '增加值',
  '产值',
  '全产业链',
  '收入',
  '投资',
  '企业',
  '平台',
  '创新平台',
  '项目',
  '限上',
  '零售额',
  '营收',
  '营业收入',
  '利润',
  '总额',
  '规模',
  '总量',
  '比重',
  '占比',
  '人口',
  '人数',
  '机构',
  '产量',
  '产能',
  '销量',
  '出口',
  '进口',
  '普及率',
]);
/** Longest modifier of a list item that still shares the last item's head. */
const LIST_MODIFIER_MAX = 5;

/**
 * Labels of a 分别 list whose items are modifiers of one head written once at the end, or
 * null when the list is not of that shape. `values` is how many values follow; items split
 * at 和 inside the last one (软件和信息服务业增加值) are joined back while items outnumber values.
 */
export function sharedHeadLabels(p: Para, items: readonly [number, number][], values: number): string[] | null {
  const n = p.n;
  const ranges = items.map(([a, b]) => finishLabel(p, a, b)).filter((r): r is [number, number] => r !== null && r[1] - r[0] >= 1);
  if (ranges.length !== items.length) return null;
  const last = items[items.length - 1]!;
  let a = dropPlanLead(n, trimLeaders(n, last[0], last[1]), last[1]);
  const lastStart = a;
  const b = last[1];
  while (ranges.length > values && ranges.length > 2 && '和及与'.includes(n[ranges[ranges.length - 2]![1]] ?? '')) {
    ranges.pop();
    a = ranges.pop()![0];
    ranges.push([a, b]);
  }
  const merged = ranges.length > 0 && ranges[ranges.length - 1]![0] !== lastStart;
  if (ranges.length !== values || ranges.length < 2) return null;
  const earlier = ranges.slice(0, -1);
  // 营业总收入、利润总额分别…: items that carry a head of their own are whole indicators.
  if (earlier.some(([x, y]) => hasListHead(n, x, y))) return null;
  const longestModifier = Math.max(...earlier.map(([x, y]) => y - x));
  if (longestModifier > LIST_MODIFIER_MAX || b - a <= longestModifier) return null;
  const split = headSplit(p, earlier, a, b, merged);
  if (!split) return null;
  const head = labelText(p, split.head, b);
  const out = earlier.map(([x, y]) => labelText(p, x, y) + head);
  out.push(labelText(p, a, split.modifierEnd) + head);
  return out;
}

/** Where the modifier of the list's last item [a, b) ends and its shared head starts. */
function headSplit(
  p: Para,
  earlier: readonly [number, number][],
  a: number,
  b: number,
  merged: boolean,
): { modifierEnd: number; head: number } | null {
  const n = p.n;
  const fits = (k: number) => k > a && b - k >= 2;
  const longestModifier = Math.max(...earlier.map(([x, y]) => y - x));
  // 食品、石化、医药、信息等产业增加值: after 等.
  for (let k = a + 1; k < b - 2; k++) if (n[k] === '等' && !p.quotes[k]) return { modifierEnd: k, head: k + 1 };
  // 国家级、部级创新平台: short items that end as the last item's short modifier does.
  const endChar = n[earlier[0]![1] - 1];
  if (endChar && longestModifier <= SHORT_MODIFIER && earlier.every(([, y]) => n[y - 1] === endChar)) {
    for (let k = a; k < Math.min(b, a + SHORT_MODIFIER); k++)
      if (n[k] === endChar && fits(k + 1)) return { modifierEnd: k + 1, head: k + 1 };
  }
  // 制造业、普惠小微贷款余额: before the first head word, about as far in as the other items are
  // long, unless 和 joined the last item (住宿和餐饮业增加值: kept whole).
  const reach = merged ? b : a + longestModifier + 2;
  for (let k = a + 1; fits(k) && k <= reach; k++) {
    const w = LIST_HEADS.startingAt(n, k);
    // 规上制造业、工业新兴产业增加值: items that are industries already (…业) share 增加值, not 产业增加值.
    if (w && !(endChar === '业' && (w === '产业' || w === '行业'))) return { modifierEnd: k, head: k };
  }
  // 小学、初中、高中入学率: items all of one length are parallel, and so is the last one's
  // modifier. Items of mixed lengths give no such sign (工业机器人|产量 would be cut anywhere).
  const length = earlier[0]![1] - earlier[0]![0];
  if (merged || !earlier.every(([x, y]) => y - x === length)) return null;
  return fits(a + length) ? { modifierEnd: a + length, head: a + length } : null;
}

/** Modifiers this short (国家级, 省级) are matched by their last character. */
const SHORT_MODIFIER = 3;

/** True when [x, y) holds a head word after its first character (营业总收入, 利润总额). */
function hasListHead(n: string, x: number, y: number): boolean {
  for (let k = x + 1; k < y - 1; k++) if (LIST_HEADS.startingAt(n, k)) return true;
  return false;
}

/**
 * 城乡居民收入分别增长4.4%、5.6%: two values for a 城乡 indicator are the urban (城镇) and the
 * rural (农村) one, in that order.
 */
export function urbanRuralPair(p: Para, q: Quantity, label: string, pending: string[]): string {
  if (label.length < 4 || label[0] !== '城' || normalizeText(label.slice(0, 2)) !== '城乡' || listLength(p, q, 3) !== 2) return label;
  const traditional = label[1] === '鄉';
  pending.push((traditional ? '農村' : '农村') + label.slice(2));
  return (traditional ? '城鎮' : '城镇') + label.slice(2);
}

/**
 * A value with nothing of its own before it but a change verb (…达到5.67万亿元、增长5.4%;
 * 从4000亿元增长到4398.6亿元; 甲X、乙Y，分别增长a、b) measures what the figures before it
 * in the sentence measured: a list of m such values takes the labels of the m figures
 * before it, in order.
 */
export function inheritedLabels(p: Para, q: Quantity, earlier: readonly string[]): string[] {
  if (earlier.length === 0 || !earlier[earlier.length - 1]) return [];
  const m = listLength(p, q, Math.min(8, earlier.length));
  const take = earlier.slice(earlier.length - m);
  return take.every((l) => l.length > 0) ? take : [];
}

/** How many values form the list that starts with `q` (5.4%、12.1%和7.9% → 3), at most `max`. */
export function listLength(p: Para, q: Quantity, max: number): number {
  let count = 1;
  let pos = q.textEnd;
  while (count < max) {
    let k = pos;
    while (k - pos < 2 && (p.n[k] === '、' || p.n[k] === '和' || p.n[k] === '及' || p.n[k] === '与')) k++;
    if (k === pos) break;
    const token = p.tokenAt.get(k);
    if (!token || token.code) break;
    // A cheap reading (number, 余/多, unit, 以上): enough to count the values.
    pos = readNumberTail(p, token.end, token, []).end;
    const unit = readUnit(p, pos);
    if (unit) {
      pos = unit.end;
      pos += TRAIL_UNIT_SET.startingAt(p.n, pos)?.length ?? 0;
    }
    count++;
  }
  return count;
}
