// Number parsing for Chinese report text: Arabic numerals (half- and full-width,
// thousands separators, decimals), Chinese numerals (一百二十, 两千, 二〇二三,
// 壹佰), and the multipliers 万/亿 (萬/億) folded into the value.
//
// Everything here is a hand-written single pass over the string: no regular
// expression with nested quantifiers, so pathological inputs ("1.1.1.1…",
// "一一一…") stay linear.

/** A number found in running text. Offsets are UTF-16 indices into the scanned string. */
export interface NumberToken {
  start: number;
  end: number; // exclusive
  /** Exact source text, start..end. */
  text: string;
  /** Value with any multiplier folded in ("1.5万" → 15000). NaN for codes (see `code`). */
  value: number;
  script: 'arabic' | 'chinese';
  /** The multiplier folded in (万 → 1e4), 1 when none. */
  multiplier: number;
  /** Offset where the multiplier starts (== end when there is none). */
  numberEnd: number;
  /**
   * Chinese only: the numeral starts with a place unit and states no digit
   * (百, 千, 万 as in 近百人 / 上千人次 — "一" implied).
   */
  bare: boolean;
  /** Chinese only: digits without place units (二〇二三, 一一): read digit by digit. */
  digitString: boolean;
  /** Arabic only: the digits of the integer part (for year checks, leading zeros). */
  intDigits: string;
  /** Arabic only: has a decimal part. */
  decimal: boolean;
  /**
   * Not a quantity: a dotted code (1.2.3, 2023.06.12), a time (09:27), a slash
   * form (2023/06/12, 1/3), an integer with a leading zero (05070218), or one of
   * more than 15 digits (an ID or case number).
   */
  code: boolean;
}

// ---------------------------------------------------------------------------
// Characters

// Per-character work goes through char codes and typed tables: indexing a string
// of CJK text (s[i]) allocates a one-character string each time.

/** Code of s[i], or -1 past either end. */
function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

function digitOfCode(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** '0'-'9' or full-width '０'-'９' → 0..9, else -1. */
export function arabicDigit(ch: string | undefined): number {
  return ch === undefined ? -1 : digitOfCode(ch.charCodeAt(0));
}

/** Arabic digit at s[i] (half- or full-width), else -1. */
export function arabicDigitAt(s: string, i: number): number {
  return digitOfCode(codeAt(s, i));
}

function isFullWidthDigitAt(s: string, i: number): boolean {
  const c = codeAt(s, i);
  return c >= 0xff10 && c <= 0xff19;
}

// Maps, not object literals: lookups of arbitrary CJK keys on an object are slow.
const CN_DIGITS = new Map<string, number>(
  Object.entries({
    零: 0,
    〇: 0,
    '○': 0,
    一: 1,
    壹: 1,
    二: 2,
    贰: 2,
    貳: 2,
    两: 2,
    兩: 2,
    三: 3,
    叁: 3,
    參: 3,
    四: 4,
    肆: 4,
    五: 5,
    伍: 5,
    六: 6,
    陆: 6,
    陸: 6,
    七: 7,
    柒: 7,
    八: 8,
    捌: 8,
    九: 9,
    玖: 9,
  }),
);
/** Place units inside a section (below 万). */
const CN_SMALL_UNITS = new Map<string, number>(Object.entries({ 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }));
/** Section units. */
const CN_BIG_UNITS = new Map<string, number>(Object.entries({ 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }));

// Tables by char code: digit value (-1 none) and place unit exponent (0 none).
const DIGIT_TABLE = new Int8Array(0x10000).fill(-1);
const UNIT_TABLE = new Int8Array(0x10000);
for (const [ch, d] of CN_DIGITS) DIGIT_TABLE[ch.charCodeAt(0)] = d;
for (const [ch, u] of [...CN_SMALL_UNITS, ...CN_BIG_UNITS]) UNIT_TABLE[ch.charCodeAt(0)] = Math.round(Math.log10(u));

export function chineseDigit(ch: string | undefined): number {
  return ch === undefined ? -1 : DIGIT_TABLE[ch.charCodeAt(0)]!;
}

/** Chinese digit at s[i], else -1. */
export function chineseDigitAt(s: string, i: number): number {
  const c = codeAt(s, i);
  return c < 0 ? -1 : DIGIT_TABLE[c]!;
}

function chineseUnit(ch: string | undefined): number {
  if (ch === undefined) return 0;
  const e = UNIT_TABLE[ch.charCodeAt(0)]!;
  return e === 0 ? 0 : 10 ** e;
}

function unitExpAt(s: string, i: number): number {
  const c = codeAt(s, i);
  return c < 0 ? 0 : UNIT_TABLE[c]!;
}

/** A Chinese numeral character (digit or place unit) at s[i]. */
export function isChineseNumeralAt(s: string, i: number): boolean {
  const c = codeAt(s, i);
  return c >= 0 && (DIGIT_TABLE[c]! >= 0 || UNIT_TABLE[c]! > 0);
}

/** A character that can be part of a Chinese numeral (digit or place unit). */
export function isChineseNumeralChar(ch: string | undefined): boolean {
  return chineseDigit(ch) >= 0 || chineseUnit(ch) > 0;
}

// ---------------------------------------------------------------------------
// Exact decimal arithmetic on digit strings (96.51 × 1e4 = 965100, not 965100.0000000001)

/** `digits` (an unsigned decimal like "96.51") times 10^k, as a number. */
function shiftDecimal(digits: string, k: number): number {
  const dot = digits.indexOf('.');
  let int = dot < 0 ? digits : digits.slice(0, dot);
  let frac = dot < 0 ? '' : digits.slice(dot + 1);
  if (k > 0) {
    const take = frac.slice(0, k);
    int += take + '0'.repeat(k - take.length);
    frac = frac.slice(take.length);
  }
  return Number(frac ? `${int}.${frac}` : int);
}

function log10Exact(m: number): number {
  let k = 0;
  while (m >= 10) {
    m /= 10;
    k++;
  }
  return k;
}

/** value × multiplier, exactly for decimal input ("1.5" × 1e4 = 15000). */
function fold(digits: string, multiplier: number): number {
  return multiplier === 1 ? Number(digits) : shiftDecimal(digits, log10Exact(multiplier));
}

// ---------------------------------------------------------------------------
// Multipliers after a number

/** Units that start with 千/百 and are not multipliers: 千瓦, 千米, 千克, 百分之, 百分点. */
const KILO_UNIT_NEXT = new Set(['瓦', '米', '克', '伏', '帕', '赫', '焦', '卡', '字', '分']);

/**
 * A multiplier at `i` (after a number): 万亿 亿 万 千万 百万 (and 千/百 after
 * Arabic digits, "3千余人"), with traditional forms. Returns its value and length, or null.
 */
export function multiplierAt(s: string, i: number, allowSmall = true): { value: number; length: number } | null {
  const a = s[i];
  const b = s[i + 1];
  if (a === undefined) return null;
  const big = CN_BIG_UNITS.get(a);
  if (big !== undefined) {
    if (big === 1e4 && b !== undefined && CN_BIG_UNITS.get(b) === 1e8) return { value: 1e12, length: 2 };
    return { value: big, length: 1 };
  }
  if (!allowSmall) return null;
  const small = a === '千' || a === '仟' ? 1000 : a === '百' || a === '佰' ? 100 : 0;
  if (!small) return null;
  if (b !== undefined && CN_BIG_UNITS.get(b) !== undefined) return { value: small * CN_BIG_UNITS.get(b)!, length: 2 };
  if (b !== undefined && KILO_UNIT_NEXT.has(b)) return null;
  return { value: small, length: 1 };
}

// ---------------------------------------------------------------------------
// Arabic numerals

interface ArabicScan {
  end: number;
  digits: string; // normalised: ASCII digits, '.' decimal point, no separators
  intDigits: string;
  decimal: boolean;
  code: boolean;
}

function isArabicSep(s: string, i: number): boolean {
  // A thousands separator: ',' (or '，' between full-width digits) followed by
  // exactly three digits and then no further digit.
  const c = codeAt(s, i);
  if (c !== 0x2c && c !== 0xff0c) return false;
  if (c === 0xff0c && !(isFullWidthDigitAt(s, i - 1) && isFullWidthDigitAt(s, i + 1))) return false;
  for (let k = 1; k <= 3; k++) if (arabicDigitAt(s, i + k) < 0) return false;
  return arabicDigitAt(s, i + 4) < 0;
}

function isDotAt(s: string, i: number): boolean {
  const c = codeAt(s, i);
  return c === 0x2e || c === 0xff0e;
}

/** ':' '：' '∶' (ratio colon) '/' '／' */
function isCodeSepAt(s: string, i: number): boolean {
  const c = codeAt(s, i);
  return c === 0x3a || c === 0xff1a || c === 0x2236 || c === 0x2f || c === 0xff0f;
}

const MAX_INT_DIGITS = 15;

/** Scan an Arabic number starting at a digit at `i`. */
function scanArabic(s: string, i: number): ArabicScan {
  let j = i;
  let int = '';
  while (arabicDigitAt(s, j) >= 0) int += String(arabicDigitAt(s, j++));
  // Thousands groups: only when the leading group has at most three digits.
  if (int.length <= 3) {
    while (isArabicSep(s, j)) {
      for (let k = 1; k <= 3; k++) int += String(arabicDigitAt(s, j + k));
      j += 4;
    }
  }
  let digits = int;
  let decimal = false;
  let code = false;
  if (isDotAt(s, j) && arabicDigitAt(s, j + 1) >= 0) {
    decimal = true;
    digits += '.';
    j++;
    while (arabicDigitAt(s, j) >= 0) digits += String(arabicDigitAt(s, j++));
    // A second dot followed by a digit: a dotted code (1.1.1, 2023.06.12). Swallow it whole.
    if (isDotAt(s, j) && arabicDigitAt(s, j + 1) >= 0) {
      code = true;
      while (arabicDigitAt(s, j) >= 0 || (isDotAt(s, j) && arabicDigitAt(s, j + 1) >= 0)) j++;
    }
  }
  // Times (09:27), ratios (4.0∶37.7∶58.3: positional shares, never a figure of their
  // own) and slash forms (2023/06/12, 1/3).
  if (isCodeSepAt(s, j) && arabicDigitAt(s, j + 1) >= 0) {
    code = true;
    j++;
    while (arabicDigitAt(s, j) >= 0 || (isCodeSepAt(s, j) && arabicDigitAt(s, j + 1) >= 0)) j++;
  }
  if (!decimal && int.length > 1 && int[0] === '0') code = true;
  // More integer digits than a double holds exactly: an ID or case number, never an
  // amount (and 310 digits or more would read as Infinity).
  if (int.length > MAX_INT_DIGITS) code = true;
  return { end: j, digits, intDigits: int, decimal, code };
}

/**
 * Parse a whole string as an Arabic number: "1,100", "96.51", "１，１００", "３．５".
 * Returns null when the string is anything else.
 */
export function parseArabic(text: string): number | null {
  const s = text.trim();
  if (!s || arabicDigit(s[0]) < 0) return null;
  const r = scanArabic(s, 0);
  if (r.end !== s.length || r.code) return null;
  return Number(r.digits);
}

// ---------------------------------------------------------------------------
// Chinese numerals

/**
 * One numeral character alone that is a word character far more often than a number:
 * 零 (零部件, 零售, 零容忍 — zero is not counted in these reports) and the financial
 * capitals (陆 in 大陆/陆家嘴/陆续, 伍 in 队伍, 参 in 参加), which state amounts only
 * in runs of several (壹佰贰拾).
 */
const LONE_WORD_NUMERALS = new Set([
  '零',
  '〇',
  '○',
  '壹',
  '贰',
  '貳',
  '叁',
  '參',
  '肆',
  '伍',
  '陆',
  '陸',
  '柒',
  '捌',
  '玖',
  '拾',
  '佰',
  '仟',
]);

/** Numerals that start with a place unit of 百 or more state no digit: 近百, 上千, 逾万. */
const BARE_START = new Set(['百', '佰', '千', '仟', '万', '萬', '亿', '億']);

/** Longest run of numerals is capped: anything longer is not a quantity. */
const MAX_CN_RUN = 24;

/**
 * Parse a whole string as a Chinese numeral: 一百二十, 十五, 两千, 一万五 (= 15000),
 * 一千零五, 三亿五千万, 二〇二三 (digit by digit), 百 / 千 (一 implied),
 * 九十五点五. Returns null for malformed numerals (十十, 百千).
 */
export function parseChinese(text: string): number | null {
  const s = text.trim();
  if (!s || s.length > MAX_CN_RUN * 2) return null;
  const point = s.indexOf('点') >= 0 ? s.indexOf('点') : s.indexOf('點');
  if (point >= 0) {
    const int = parseChinese(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (int === null || !frac) return null;
    let digits = '';
    for (const ch of frac) {
      const d = chineseDigit(ch);
      if (d < 0) return null;
      digits += String(d);
    }
    return Number(`${int}.${digits}`);
  }
  let hasUnit = false;
  for (const ch of s) {
    if (chineseUnit(ch) > 0) hasUnit = true;
    else if (chineseDigit(ch) < 0) return null;
  }
  if (!hasUnit) {
    // 二〇二三 — read digit by digit (a year or a code, not a count).
    if (s.length > 16) return null;
    let digits = '';
    for (const ch of s) digits += String(chineseDigit(ch));
    return Number(digits);
  }
  let total = 0; // completed 亿 / 万 sections
  let section = 0; // value below 万 in the current section
  let digit = -1; // pending digit, -1 when none
  let zero = false; // a 零 since the last unit
  let lastSmall = 10000; // small units must decrease within a section
  let lastBig = Infinity; // big units must decrease (万亿 allowed as a compound)
  let prevUnit = 0; // the unit just before the pending digit (for 一万五)
  for (const ch of s) {
    const d = chineseDigit(ch);
    if (d >= 0) {
      if (digit >= 0) return null; // two digits in a row: 十二三
      if (d === 0) {
        zero = true;
        digit = -1;
        continue;
      }
      digit = d;
      continue;
    }
    const small = CN_SMALL_UNITS.get(ch);
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      section += (digit >= 0 ? digit : 1) * small;
      if (digit < 0 && small !== 10 && section !== small && !zero) return null; // 一千百
      lastSmall = small;
      prevUnit = small;
      digit = -1;
      zero = false;
      continue;
    }
    const big = CN_BIG_UNITS.get(ch)!;
    const here = section + (digit >= 0 ? digit : 0);
    if (big === 1e4) {
      if (lastBig <= 1e4) return null;
      total += (here || (total === 0 ? 1 : 0)) * 1e4;
    } else {
      if (lastBig <= 1e8 && !(lastBig === 1e4)) return null;
      total = (total + (here || (total === 0 ? 1 : 0))) * 1e8;
    }
    lastBig = big;
    section = 0;
    digit = -1;
    zero = false;
    lastSmall = 10000;
    prevUnit = big;
  }
  if (digit >= 0) {
    // 一万五 = 15000, 三千五 = 3500: a trailing digit right after a unit of 百 or more.
    if (!zero && prevUnit >= 100) section += (digit * prevUnit) / 10;
    else section += digit;
  }
  return total + section;
}

// ---------------------------------------------------------------------------
// Whole strings

/**
 * Parse a number written in any of the forms reports use, as a whole string:
 * "1,100", "96.51", "１，１００", "1.5万", "1,100万", "2.5萬", "一百二十", "两千",
 * "三千", "百" (100), "1.2万亿". Qualifiers (余, 近, 约) are not part of a number:
 * the figure extractor handles them. Returns null for anything else.
 */
export function parseNumber(text: string): number | null {
  const s = text.trim();
  if (!s) return null;
  if (arabicDigit(s[0]) >= 0) {
    const r = scanArabic(s, 0);
    if (r.code) return null;
    if (r.end === s.length) return Number(r.digits);
    const m = multiplierAt(s, r.end);
    if (m && r.end + m.length === s.length) return fold(r.digits, m.value);
    return null;
  }
  return parseChinese(s);
}

// ---------------------------------------------------------------------------
// Scanner

const POINT_CODES = new Set(['点'.charCodeAt(0), '點'.charCodeAt(0)]);

function chineseRunEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    if (isChineseNumeralAt(s, j)) {
      j++;
      continue;
    }
    // 九十五点五: a decimal point between numeral characters.
    if (POINT_CODES.has(s.charCodeAt(j)) && j > i && chineseDigitAt(s, j + 1) >= 0) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/**
 * Find number tokens in `text`, in order, with their spans. Arabic numbers carry
 * an adjacent multiplier ("1.5万" is one token of value 15000). Chinese numerals are
 * maximal runs of numeral characters. Tokens that are codes (dotted numbers, times,
 * leading zeros) are returned with `code: true` so a caller can skip them as a whole.
 * Linear in the length of `text`.
 */
export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  const s = text;
  let i = 0;
  while (i < s.length) {
    if (arabicDigitAt(s, i) >= 0) {
      const r = scanArabic(s, i);
      let end = r.end;
      let multiplier = 1;
      if (!r.code) {
        const m = multiplierAt(s, end);
        if (m) {
          multiplier = m.value;
          end += m.length;
        }
      }
      out.push({
        start: i,
        end,
        text: s.slice(i, end),
        value: r.code ? NaN : fold(r.digits, multiplier),
        script: 'arabic',
        multiplier,
        numberEnd: r.end,
        bare: false,
        digitString: false,
        intDigits: r.intDigits,
        decimal: r.decimal,
        code: r.code,
      });
      i = end;
      continue;
    }
    if (isChineseNumeralAt(s, i)) {
      const end = chineseRunEnd(s, i);
      const raw = s.slice(i, end);
      const tooLong = end - i > MAX_CN_RUN;
      const loneWord = end - i === 1 && LONE_WORD_NUMERALS.has(raw);
      const value = tooLong || loneWord ? null : parseChinese(raw);
      let hasUnit = false;
      let hasDigit = false;
      for (let k = i; k < end; k++) {
        if (unitExpAt(s, k) > 0) hasUnit = true;
        else if (chineseDigitAt(s, k) >= 0) hasDigit = true;
      }
      // A trailing big unit is the multiplier ("三千万" = 三千 × 万); `numberEnd` marks it.
      let numberEnd = end;
      let multiplier = 1;
      const last = s[end - 1];
      if (end - i > 1 && last !== undefined && CN_BIG_UNITS.get(last) !== undefined) {
        numberEnd = end - 1;
        multiplier = CN_BIG_UNITS.get(last)!;
        const before = s[end - 2];
        if (multiplier === 1e8 && end - i > 2 && before !== undefined && CN_BIG_UNITS.get(before) === 1e4) {
          numberEnd = end - 2;
          multiplier = 1e12;
        }
      }
      out.push({
        start: i,
        end,
        text: raw,
        value: value === null ? NaN : value,
        script: 'chinese',
        multiplier,
        numberEnd,
        bare: BARE_START.has(s[i] ?? ''),
        digitString: !hasUnit && end - i > 1,
        intDigits: '',
        decimal: raw.indexOf('点') >= 0 || raw.indexOf('點') >= 0,
        code: value === null || (!hasUnit && !hasDigit),
      });
      i = end;
      continue;
    }
    i++;
  }
  return out;
}
