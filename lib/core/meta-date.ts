// Dates as portals and reports write them: 2023-06-12 09:27, 2024/1/31, 2024年1月31日,
// 二〇二四年三月二十日, 20230612, and epoch timestamps filled in by script.

const CN_DIGITS = '〇一二三四五六七八九十';

function cnDigit(c: string): number {
  if (c === '○' || c === '零') return 0;
  const i = CN_DIGITS.indexOf(c);
  return i < 0 ? NaN : i;
}

function cnSmall(s: string): number {
  // 1–31 and digit-by-digit years (二〇二四).
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4) return Number([...s].map((c) => cnDigit(c)).join(''));
  const i = s.indexOf('十');
  if (i < 0) return cnDigit(s);
  const tens = i === 0 ? 1 : cnDigit(s[0]!);
  const ones = i === s.length - 1 ? 0 : cnDigit(s[i + 1]!);
  return tens * 10 + ones;
}

const pad = (n: number) => String(n).padStart(2, '0');

const DATE_NUM = /((?:19|20)\d\d)\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})/;
const DATE_CN = /([二〇○零一三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/** YYYY-MM-DD from the date forms portals write, or ''. */
export function normalizeDate(text: string): string {
  const m = DATE_NUM.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  const c = DATE_CN.exec(text);
  if (c) return valid(cnSmall(c[1]!), cnSmall(c[2]!), cnSmall(c[3]!));
  const compact = /\b((?:19|20)\d\d)(\d\d)(\d\d)\b/.exec(text);
  if (compact) return valid(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return '';
}

function valid(y: number, m: number, d: number): string {
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return '';
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A 10- or 13-digit epoch timestamp as a date in China Standard Time, or ''. */
export function epochDate(raw: string): string {
  if (!/^\d{10}(\d{3})?$/.test(raw.trim())) return '';
  const ms = Number(raw) * (raw.trim().length === 10 ? 1000 : 1);
  const d = new Date(ms + 8 * 3600_000);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Today in China Standard Time, YYYY-MM-DD: the day the portals date their pages by. */
export function chinaToday(now: Date): string {
  const d = new Date(now.getTime() + 8 * 3600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const DAY = String.raw`(?:(?:19|20)\d\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)`;
// 09:27, 09:27:05, 07时41分, 07時41分05秒.
const CLOCK = String.raw`(?:\s*\d{1,2}\s*[:：时時]\s*\d{1,2}\s*分?(?:\s*[:：]?\s*\d{1,2}\s*秒?)?)?`;

/**
 * A line that is a date and nothing else (2023-06-12 09:27, 2024年1月26日), as portals
 * print an article's date under its title. Brackets around it are allowed.
 */
export const DATE_ONLY_LINE = new RegExp(String.raw`^[\[【(（]?\s*${DAY}${CLOCK}\s*[\]】)）]?$`);

/** The date as a signature writes it, alone on its line. */
export const SIGNATURE_DATE =
  /^[\s\u3000]*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[二〇○零一三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[\s\u3000]*$/;

/** Text that starts with a date (the neighbour of an empty label is not a name). */
export const STARTS_WITH_DATE = new RegExp(String.raw`^[\[【(（]?\s*${DAY}`);

/** A header clock or calendar: 今天是2024年5月6日 星期一. Never an article's date. */
export const CLOCK_WORDS = /星期|禮拜|礼拜|周[一二三四五六日天]|週[一二三四五六日天]|今天|今日|农历|農曆/;
