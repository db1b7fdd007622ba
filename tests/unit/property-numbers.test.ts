// Property-based tests (fast-check) of number reading: scanNumbers' tokens are the
// text they say, parseNumber reads every form reports write.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, scanNumbers } from '../../lib/core/numerals';
import { run, textOf, TIMEOUT } from '../support/arbitraries';

/** A positive integer below 10^8 in standard Chinese numerals (一万零五十, 一百一十). */
function chineseNumeral(n: number): string {
  const D = '零一二三四五六七八九';
  const section = (x: number): string => {
    let out = '';
    let zero = false;
    for (const [unit, name] of [
      [1000, '千'],
      [100, '百'],
      [10, '十'],
      [1, ''],
    ] as const) {
      const d = Math.floor(x / unit) % 10;
      if (d === 0) {
        if (out) zero = true;
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += D[d] + name;
    }
    return out;
  };
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (!high) return section(low);
  return section(high) + '万' + (low ? (low < 1000 ? '零' : '') + section(low) : '');
}

describe('scanNumbers and parseNumber', { timeout: TIMEOUT }, () => {
  it('tokens are in order, do not overlap and are the text they say', () => {
    fc.assert(
      fc.property(textOf(60), (text) => {
        let last = 0;
        // Plain checks: a long line has thousands of tokens.
        for (const t of scanNumbers(text)) {
          const where = `${JSON.stringify(t.text)} at ${t.start}`;
          if (t.start < last || t.end <= t.start) throw new Error(`token ${where} overlaps or is empty`);
          if (text.slice(t.start, t.end) !== t.text) throw new Error(`token ${where} is not the text there`);
          if (t.numberEnd <= t.start || t.numberEnd > t.end) throw new Error(`token ${where}: numberEnd ${t.numberEnd}`);
          if (Number.isNaN(t.value) !== t.code) throw new Error(`token ${where}: value ${t.value}, code ${t.code}`);
          if (!t.code && !(t.value >= 0)) throw new Error(`token ${where}: value ${t.value}`);
          last = t.end;
        }
      }),
      run(200),
    );
  });

  it('parseNumber never throws and gives null or a number ≥ 0', () => {
    fc.assert(
      fc.property(fc.oneof(textOf(6), fc.string({ maxLength: 12 })), (s) => {
        const v = parseNumber(s);
        if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
      }),
      run(500),
    );
  });

  it('reads the forms reports write', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        expect(parseNumber(String(n))).toBe(n);
        expect(parseNumber(n.toLocaleString('en-US'))).toBe(n);
        expect(parseNumber(String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))))).toBe(n);
        expect(parseNumber(`${n}万`)).toBe(n * 10_000);
        expect(parseNumber(chineseNumeral(n))).toBe(n);
      }),
      run(500),
    );
  });
});
