// Reading one quantity: number, multiplier, unit, qualifiers and ranges; the kind of a figure.

import type { FigureKind, FigureRelation } from '../types';
import { arabicDigit, multiplierAt, scanNumbers, type NumberToken } from '../numerals';
import { CLAUSE_END, isLatin, listMarkerEnd, normalizeText, quoteMask } from './text';
import {
  BRACKET_UNITS,
  LEAD_QUALIFIERS,
  LEAD_REJECT_BEFORE,
  LEAD_SET,
  PER_UNITS,
  type Rel,
  TIME_SET,
  TRAIL_NUMBER,
  TRAIL_UNIT,
  TRAIL_UNIT_SET,
  UNITS,
  UNIT_REJECT,
} from './words';

// Kind

/** The kind of a figure from its unit as written (Simplified or Traditional). */
export function figureKind(unit: string): FigureKind {
  const u = normalizeText(unit).trim();
  const base = u.split('(')[0] ?? u;
  if (base === '%' || base === '‰' || base === '‱' || base.endsWith('百分点') || base === '百分之' || base === '千分之') {
    return 'percent';
  }
  if (base.endsWith('元') || base === '英镑') return 'money';
  if (base === '人' || base === '名' || base === '人次' || base === '位') return 'people';
  if (base === '件' || base === '案' || base === '起' || base === '宗' || base === '件次' || base === '例' || base === '单') {
    return 'cases';
  }
  if (
    base === '次' ||
    base === '场' ||
    base === '期' ||
    base === '场次' ||
    base === '轮' ||
    base === '批次' ||
    base === '堂' ||
    base === '期次' ||
    base === '课次' ||
    base === '班次'
  ) {
    return 'events';
  }
  return 'other';
}

// ---------------------------------------------------------------------------
// Paragraph context

export interface Para {
  raw: string;
  n: string; // normalised
  quotes: Uint8Array;
  markerEnd: number;
  tokens: NumberToken[];
  tokenAt: Map<number, NumberToken>; // by start offset
}

export function makePara(raw: string): Para {
  const n = normalizeText(raw);
  const tokens = scanNumbers(raw);
  const tokenAt = new Map<number, NumberToken>();
  for (const t of tokens) tokenAt.set(t.start, t);
  return { raw, n, quotes: quoteMask(n), markerEnd: listMarkerEnd(n), tokens, tokenAt };
}

// ---------------------------------------------------------------------------
// Reading one quantity

export interface Quantity {
  textStart: number;
  textEnd: number;
  value: number;
  valueMax?: number;
  unitStart: number;
  unitEnd: number;
  unit: string; // normalised base unit (for rules)
  unitText: string; // the unit as written
  /** 百分之X / 千分之X: the numeral before 分之 is part of the unit. */
  fraction: boolean;
  qualifiers: { at: number; word: string; rel: Rel }[];
  numberStart: number;
  /** Offset after the number (and its multiplier / 余), where the unit starts. */
  tokensUsed: NumberToken[];
}

function scaled(value: number, multiplier: number): number {
  return multiplier === 1 ? value : Number((value * multiplier).toPrecision(15));
}

/** After a number at `i`: 余/多, a multiplier, 余/多 again ("1000余万", "2万余"). */
export function readNumberTail(p: Para, i: number, token: NumberToken, q: Quantity['qualifiers']): { end: number; multiplier: number } {
  let j = i;
  let multiplier = 1;
  let trailing = false;
  const hasOwnMultiplier = token.multiplier !== 1;
  for (let round = 0; round < 2; round++) {
    const c = p.n[j];
    if (c !== undefined && TRAIL_NUMBER.has(c) && !trailing) {
      q.push({ at: j, word: c, rel: TRAIL_NUMBER.get(c)! });
      trailing = true;
      j++;
      continue;
    }
    // 1000余万元, 三千余万: the multiplier after 余.
    if (!hasOwnMultiplier && multiplier === 1 && trailing) {
      const m = multiplierAt(p.n, j, false);
      if (m) {
        multiplier = m.value;
        j += m.length;
        continue;
      }
    }
    break;
  }
  return { end: j, multiplier };
}

/** The unit at `i` (longest match), with a bracketed part: 件(次). */
export function readUnit(p: Para, i: number): { start: number; end: number; unit: string } | null {
  let k = i;
  if (p.n[k] === ' ' && p.n[k + 1] !== ' ') k++;
  const w = UNITS.startingAt(p.n, k);
  if (!w) return null;
  let end = k + w.length;
  if (isLatin(w[0]) && isLatin(p.n[end])) return null;
  const reject = UNIT_REJECT.get(w);
  if (w.length === 1 && reject && p.n[end] !== undefined && reject.includes(p.n[end]!)) return null;
  // 个 + 多 + 月: "2个多月" is read by the caller; here only 件(次).
  if (p.n[end] === '(') {
    const inner = p.n.indexOf(')', end + 1);
    if (inner > end + 1 && inner - end <= 4 && BRACKET_UNITS.has(p.n.slice(end + 1, inner))) end = inner + 1;
  }
  const per = perUnitEnd(p.n, end);
  return { start: k, end: per, unit: per > end ? p.n.slice(k, per) : w };
}

/**
 * A unit "per" something is one unit (万吨/年 → 吨/年, 微克/立方米, 元/人, 公里/小时,
 * 0.6人/百亿元): the end of "/denominator" at `i`, or `i` when there is none.
 */
function perUnitEnd(n: string, i: number): number {
  if (n[i] !== '/') return i;
  let k = i + 1;
  while (k - i <= 3 && (n[k] === '百' || n[k] === '千' || n[k] === '万' || n[k] === '亿' || n[k] === '十')) k++;
  const w = PER_UNITS.startingAt(n, k);
  return w ? k + w.length : i;
}

/**
 * The unit of a list whose last value alone carries it (0.5、0.8个百分点; 3.2、4.5和6.1%):
 * from `i` after a bare number, over 、/和/及/与 and bare Arabic numbers, to a number with
 * a unit. Not 年 (2024、2025年 are years) and not across anything else.
 */
function sharedUnit(p: Para, i: number): { unit: string; text: string } | null {
  const n = p.n;
  let pos = i;
  for (let guard = 0; guard < 8; guard++) {
    const sep = n[pos];
    if (sep !== '、' && sep !== '和' && sep !== '及' && sep !== '与') return null;
    const token = p.tokenAt.get(pos + 1);
    if (!token || token.code || token.script !== 'arabic' || Number.isNaN(token.value)) return null;
    const tail = readNumberTail(p, token.end, token, []);
    const unit = readUnit(p, tail.end);
    if (unit) return unit.unit === '年' || unit.unit === '' ? null : { unit: unit.unit, text: p.raw.slice(unit.start, unit.end) };
    pos = tail.end;
  }
  return null;
}

function isConnector(c: string | undefined): boolean {
  return c === '至' || c === '到' || c === '-' || c === '~';
}

// ---------------------------------------------------------------------------
// A quantity read at a number token

export interface Candidate {
  q: Quantity;
  token: NumberToken;
}

export function relationOf(q: Quantity['qualifiers'], range: boolean): FigureRelation {
  if (range) return 'range';
  if (q.length === 0) return 'exact';
  const rels = new Set(q.map((x) => x.rel));
  if (rels.size === 1) return q[0]!.rel;
  return 'about';
}

/**
 * Read the quantity that starts with `token`, or null. `consumedTo` is the end of the
 * previous figure (nothing before it may be reused).
 */
export function readQuantity(p: Para, token: NumberToken, consumedTo: number): Candidate | null {
  const n = p.n;
  if (token.code || Number.isNaN(token.value)) return null;
  const qualifiers: Quantity['qualifiers'] = [];
  const used: NumberToken[] = [token];

  // Leading qualifier (近 约 超过 逾 不足 至少 …; 上 only before a bare 百/千/万).
  let textStart = token.start;
  const lead = LEAD_SET.endingAt(n, token.start, Math.max(consumedTo, p.markerEnd));
  if (lead) {
    const before = n[token.start - lead.length - 1] ?? '';
    const reject = LEAD_REJECT_BEFORE.get(lead);
    if (!(reject && reject.includes(before))) {
      qualifiers.push({ at: token.start - lead.length, word: lead, rel: LEAD_QUALIFIERS.get(lead)! });
      textStart = token.start - lead.length;
    }
  } else if (token.bare && n[token.start - 1] === '上' && token.start - 1 >= consumedTo) {
    qualifiers.push({ at: token.start - 1, word: '上', rel: 'more' });
    textStart = token.start - 1;
  }

  // 百分之X / 千分之X; other fractions (三分之一) are not figures.
  if (n.startsWith('分之', token.end)) {
    const next = p.tokenAt.get(token.end + 2);
    if (!next || next.code || Number.isNaN(next.value)) return null;
    const unit = token.value === 100 && token.text.length === 1 ? '%' : token.value === 1000 && token.text.length === 1 ? '‰' : '';
    if (!unit) return { q: fakeSkip(token, next), token };
    used.push(next);
    let end = next.end;
    const tw = TRAIL_UNIT_SET.startingAt(n, end);
    if (tw) {
      qualifiers.push({ at: end, word: tw, rel: TRAIL_UNIT.get(tw)! });
      end += tw.length;
    }
    return {
      token,
      q: {
        textStart,
        textEnd: end,
        value: next.value,
        unitStart: token.start,
        unitEnd: token.end + 2,
        unit,
        unitText: unit,
        fraction: true,
        qualifiers,
        numberStart: token.start,
        tokensUsed: used,
      },
    };
  }

  // Number, 余/多, multiplier.
  const tail = readNumberTail(p, token.end, token, qualifiers);
  let value = scaled(token.value, tail.multiplier);
  let pos = tail.end;
  let valueMax: number | undefined;

  // Range: 3至5次, 3-5次, 3到5次, 3-5万元.
  if (isConnector(n[pos]) && qualifiers.every((x) => x.at < token.start)) {
    let k = pos + 1;
    if (n[k] === '-' && n[pos] === '-') k++;
    const second = p.tokenAt.get(k);
    if (second && !second.code && !Number.isNaN(second.value) && second.script === token.script) {
      const tail2 = readNumberTail(p, second.end, second, qualifiers);
      const unit2 = readUnit(p, tail2.end);
      if (unit2 && !(n[second.end] === '-' && arabicDigit(n[second.end + 1]) >= 0)) {
        let max = scaled(second.value, tail2.multiplier);
        const m2 = second.multiplier !== 1 ? second.multiplier : tail2.multiplier;
        if (token.multiplier === 1 && tail.multiplier === 1 && m2 !== 1) value = scaled(token.value, m2);
        if (max > value) {
          valueMax = max;
          used.push(second);
          pos = tail2.end;
        } else max = NaN;
      }
    }
  }

  let unit = readUnit(p, pos);
  let shared: { unit: string; text: string } | null = null;
  if (!unit && valueMax === undefined && token.script === 'arabic') {
    // 分别提高0.5、0.8个百分点; 增长3.2%、4.5和6.1%: a unit written once for a list.
    shared = sharedUnit(p, pos);
    if (shared) unit = { start: pos, end: pos, unit: shared.unit };
  }
  if (!unit) {
    // 总投资1.2亿, 超过3万: an amount with 万/亿 and no unit closes its clause.
    const folded = token.multiplier !== 1 || tail.multiplier !== 1;
    const c = n[pos];
    if (!folded || !(c === undefined || CLAUSE_END.has(c) || c === '、' || c === ')')) return null;
    unit = { start: pos, end: pos, unit: '' };
  }
  let end = unit.end;
  let unitName = unit.unit;
  let unitText = shared ? shared.text : p.raw.slice(unit.start, unit.end);

  if (shared) {
    qualifiers.sort((a, b) => a.at - b.at);
    return {
      token,
      q: {
        textStart,
        textEnd: pos,
        value,
        unitStart: pos,
        unitEnd: pos,
        unit: unitName,
        unitText,
        fraction: false,
        qualifiers,
        numberStart: token.start,
        tokensUsed: used,
      },
    };
  }
  // Percent range written with both signs: 30%-50%.
  if (valueMax === undefined && unitName === '%' && isConnector(n[end])) {
    const second = p.tokenAt.get(end + 1);
    if (second && !second.code && n[second.end] === '%' && second.value > value) {
      valueMax = second.value;
      used.push(second);
      end = second.end + 1;
    }
  }
  // 2个多月, 1年多, 3年余: 多/余 after a time unit.
  if (TIME_SET.has(unitName) && (n[end] === '多' || n[end] === '余') && !qualifiers.some((x) => TRAIL_NUMBER.has(x.word))) {
    qualifiers.push({ at: end, word: n[end]!, rel: 'more' });
    end++;
  } else if (unitName === '个' && n[end] === '多' && n[end + 1] === '月') {
    qualifiers.push({ at: end, word: '多', rel: 'more' });
    unitText += p.raw[end + 1];
    end += 2;
    unitName = '个月';
  }
  const tw = TRAIL_UNIT_SET.startingAt(n, end);
  if (tw) {
    qualifiers.push({ at: end, word: tw, rel: TRAIL_UNIT.get(tw)! });
    end += tw.length;
  }
  qualifiers.sort((a, b) => a.at - b.at);
  return {
    token,
    q: {
      textStart,
      textEnd: end,
      value,
      valueMax,
      unitStart: unit.start,
      unitEnd: unit.end,
      unit: unitName,
      unitText,
      fraction: false,
      qualifiers,
      numberStart: token.start,
      tokensUsed: used,
    },
  };
}

/** A quantity that is read only to be skipped (三分之一). */
function fakeSkip(token: NumberToken, next: NumberToken): Quantity {
  return {
    textStart: token.start,
    textEnd: next.end,
    value: NaN,
    unitStart: token.end,
    unitEnd: token.end,
    unit: '',
    unitText: '',
    fraction: true,
    qualifiers: [],
    numberStart: token.start,
    tokensUsed: [token, next],
  };
}
