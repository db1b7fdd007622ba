// Non-figure filters: ordinals, codes, articles, fixed phrases, and numbers that name something.

import { arabicDigit, chineseDigit, isChineseNumeralChar } from '../numerals';
import { CHANGE_VERBS } from './change-words';
import { PREDICATES } from './label-verbs';
import type { After } from './phrases';
import type { Candidate, Para, Quantity } from './quantity';
import { CLAUSE_END, CLAUSE_PUNCT, isHan, isLatin } from './text';
import { ATTAINED, COUNT_SET, FIXED_PHRASES, PERCENT_SET, SCHEME_NOUNS, TIME_SET, WordSet } from './words';

// Exclusions

/** An ordinal: 第 before the number, also through a list (第1、2、3批, 第十二至十五条). */
function isOrdinal(p: Para, start: number): boolean {
  const n = p.n;
  let k = start - 1;
  while (k >= 0 && start - k < 16) {
    const c = n[k]!;
    if (c === '第') return true;
    if (
      arabicDigit(c) >= 0 ||
      isChineseNumeralChar(c) ||
      c === '、' ||
      c === ',' ||
      c === ' ' ||
      c === '和' ||
      c === '及' ||
      c === '至' ||
      c === '到' ||
      c === '-' ||
      c === '~' ||
      c === '与'
    ) {
      k--;
      continue;
    }
    break;
  }
  // Ranks and weekdays: 前3名, 排名3, 周一, 星期一, 初一, 礼拜一.
  const before = n[start - 1];
  if (before === '周' || before === '初' || n.startsWith('星期', start - 2) || n.startsWith('礼拜', start - 2)) return true;
  return false;
}

/** Whether a read quantity is a figure (rules 2 and 3 above). */
export function isFigure(p: Para, c: Candidate, after: After): boolean {
  const { q, token } = c;
  const n = p.n;
  if (Number.isNaN(q.value) || (q.unit === '' && q.unitEnd === q.unitStart && q.fraction)) return false;
  const start = token.start;
  if (start < p.markerEnd) return false;
  if (p.quotes[start] || p.quotes[q.textEnd - 1]) return false;
  if (isOrdinal(p, q.textStart)) return false;
  // Codes and slogans: letters or + touching the number (5G, A4, 1+1).
  const prev = n[start - 1];
  const next = n[token.end];
  const latinUnit = isLatin(next) && q.unitStart === token.end && isLatin(q.unitText[0]);
  if (isLatin(prev) || (isLatin(next) && !latinUnit) || prev === '+' || prev === '×' || next === '+' || next === '×' || prev === '.')
    return false;
  if ((prev === '-' || prev === '~') && arabicDigit(n[start - 2]) >= 0) return false; // 2023-06-12, 023-1234

  const hasQualifier = q.qualifiers.length > 0;
  const unit = q.unit;

  // Years and time frames.
  if (unit === '年') {
    if (token.script === 'arabic' && token.intDigits.length === 4 && !token.decimal && /^(19|20)/.test(token.intDigits)) return false;
    if (q.valueMax !== undefined) {
      const second = q.tokensUsed[1];
      if (second && second.intDigits.length === 4 && /^(19|20)/.test(second.intDigits)) return false;
    }
    const after1 = n[q.unitEnd] ?? '';
    if ('来度底初末中级'.includes(after1) || n.startsWith('以来', q.unitEnd)) return false;
    const b = n.slice(Math.max(0, q.textStart - 2), q.textStart);
    if (
      b.endsWith('近') ||
      b.endsWith('每') ||
      b === '过去' ||
      b === '未来' ||
      b === '今后' ||
      b.endsWith('前') ||
      b.endsWith('后') ||
      b === '近几' ||
      q.qualifiers.some((x) => x.word === '近')
    ) {
      return false;
    }
    if (token.script === 'chinese' && !n.startsWith('连续', q.textStart - 2)) return false;
  }
  if (TIME_SET.has(unit) && unit !== '年' && (n[q.textEnd] === '来' || n.startsWith('以来', q.textEnd))) return false;
  // 9时30分, 10点15分: a clock time, not points.
  if (unit === '分' && (n[q.textStart - 1] === '时' || n[q.textStart - 1] === '点')) return false;

  // Chinese numerals (rule 3).
  if (token.script === 'chinese' && !q.fraction) {
    if (token.digitString) return false;
    if (unit === '分') return false;
    const b1 = n[q.textStart - 1] ?? '';
    if (b1 === '数' || b1 === '几' || b1 === '若' || n[token.end] === '几') return false;
    if (token.bare && !hasQualifier && !(token.multiplier >= 1e4 && ATTAINED.endingAt(n, q.textStart))) return false;
    // Idioms that alternate numerals: 三番五次, 五花八门, 接二连三.
    if (!hasQualifier && token.value < 10) {
      if (isChineseNumeralChar(n[q.textStart - 2]) && !CLAUSE_PUNCT.has(n[q.textStart - 1] ?? '')) return false;
      // 六位一体, 一人一档, 两个一百年: numeral-unit-numeral is a slogan pattern.
      if (chineseDigit(n[q.textEnd]) > 0) return false;
    }
    if (token.value === 1 && token.text.length === 1) {
      const closes = q.textEnd >= n.length || CLAUSE_END.has(n[q.textEnd]!);
      if (!closes) return false;
      // 最多跑一次, 每季度一次, 只跑一次: a limit or a rate, not a count.
      const before = n.slice(Math.max(0, q.textStart - 4), q.textStart);
      if (/最多|最少|至多|每|只|仅/.test(before)) return false;
    }
  }
  if (FIXED_PHRASES.startingAt(n, q.textStart)) return false;
  if (namesSomething(p, c, after)) return false;

  // N-unit naming a scheme: 600分评级机制, 六人小组, 8小时工作制.
  if (after.kind === 'noun' && (!COUNT_SET.has(unit) || unit === '人' || unit === '名')) {
    const head = n.slice(after.s, Math.min(after.e, after.s + 6));
    if (SCHEME_NOUNS.some((w) => head.includes(w))) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Numbers that name something rather than count it (docs/report-model.md §4)

/** Nouns that, counted, are the report's own structure: 三个部分, 八个方面工作. */
const STRUCTURE_NOUNS = new WordSet(['部分', '方面']);
/** What follows a session ordinal: 十四届人大三次会议, 十二届市委八次全会. */
const SESSION_NOUNS = new WordSet(['会议', '全会', '全体会议']);
/** Nouns after an Arabic N期 that make it a project phase: 4期工程, 3期项目. */
const PHASE_NOUNS = new WordSet(['工程', '项目', '扩建', '改造', '基金', '建设']);

/**
 * The number is part of a name (rule 2): a session ordinal (X届…X次会议/全会), a project
 * phase (二期, 三期工程), a class (一类, 7类), a round written with 二 (二轮: a count says 两),
 * a rank (前五位), the report's own structure (三个部分), an indefinite 一批, a saying that
 * repeats its measure (干一件成一件), or a threshold naming a group (亿元以上项目,
 * 3岁以下婴幼儿, 年运量150万吨以上的园区).
 */
function namesSomething(p: Para, c: Candidate, after: After): boolean {
  const { q, token } = c;
  const n = p.n;
  const unit = q.unit;
  const chinese = token.script === 'chinese';
  if (unit === '次' && (SESSION_NOUNS.startingAt(n, q.textEnd) || afterSessionNumber(n, q.textStart))) return true;
  // 三期工程, 机场四期、…: a phase, unless it closes its clause (举办培训班四期。).
  const closes = q.textEnd >= n.length || CLAUSE_END.has(n[q.textEnd]);
  if (unit === '期' && (PHASE_NOUNS.startingAt(n, q.textEnd) || (chinese && !closes))) return true;
  if (chinese && token.text === '二' && COUNT_SET.has(unit)) return true;
  // 一类地区, 1类创新药, 12类35件: a class names a kind; what is counted is in the classes.
  if (unit === '类') return true;
  if (n[q.textStart - 1] === '前' && (unit === '位' || unit === '名' || unit === '强')) return true;
  if (after.kind === 'noun' && STRUCTURE_NOUNS.startingAt(n, after.s)) return true;
  if (chinese && token.value === 1 && token.text.length === 1) {
    if (unit === '批') return true;
    const again = token.text + q.unitText;
    for (let k = Math.max(0, q.textStart - 5); k < q.textStart; k++) if (p.raw.startsWith(again, k)) return true;
  }
  // 25兆瓦级, 万吨级: a size class.
  if (n[q.textEnd] === '级') return true;
  // 24小时开放, 24小时在线: round the clock, a schedule rather than an amount.
  if (unit === '小时' && q.value === 24 && isHan(n[q.textEnd]) && !CLAUSE_END.has(n[q.textEnd])) return true;
  return isThreshold(p, q);
}

/** 十一届十次、十一次全会: a 届 before the number, through a list of session numbers. */
function afterSessionNumber(n: string, start: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= 12; k--) {
    const ch = n[k]!;
    if (ch === '届') return true;
    if (!(isChineseNumeralChar(ch) || arabicDigit(ch) >= 0 || ch === '次' || ch === '、' || ch === '和')) return false;
  }
  return false;
}

/**
 * An amount of money or a measure with 以上/以下 (or 超/超过) right before a noun names a
 * group by a threshold: 亿元以上项目, 3岁以下婴幼儿, 150万吨以上的物流园区. Counts (1200名以上
 * 科技特派员) and percentages (60%以上的机构) stay figures.
 */
export function isThreshold(p: Para, q: Quantity): boolean {
  if (COUNT_SET.has(q.unit) || PERCENT_SET.has(q.unit) || q.qualifiers.length === 0) return false;
  // 以上/以下/以内 after it, or 超/超过/逾 before it; 近2000亿元的基地 states an amount.
  if (!q.qualifiers.some((x) => (x.at >= q.unitEnd && x.rel !== 'about') || x.rel === 'more')) return false;
  let k = q.textEnd;
  if (p.n[k] === '的') k++;
  const ch = p.n[k];
  if (!isHan(ch) || p.quotes[k]) return false;
  if (PREDICATES.startingAt(p.n, k) || CHANGE_VERBS.startingAt(p.n, k) || '和及与或至到'.includes(ch!)) return false;
  return k > q.textEnd || q.qualifiers.some((x) => x.at >= q.unitEnd);
}
