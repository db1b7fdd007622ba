// Property-based tests (fast-check) of the script reading and of dates.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../lib/core/meta';
import { detectScript, SCRIPT_CHARS } from '../../lib/core/script';
import { run, textOf, TIMEOUT } from '../support/arbitraries';

describe('detectScript', { timeout: TIMEOUT }, () => {
  it('gives one of the three scripts for any text', () => {
    fc.assert(
      fc.property(fc.oneof(textOf(40), fc.string({ unit: 'binary', maxLength: 200 })), (t) => {
        expect(['simplified', 'traditional', 'mixed']).toContain(detectScript(t));
      }),
      run(300),
    );
  });

  it('text of one script alone is read as that script', () => {
    const simplified = fc.array(fc.constantFrom(...SCRIPT_CHARS.simplified), { minLength: 1, maxLength: 40 });
    const traditional = fc.array(fc.constantFrom(...SCRIPT_CHARS.traditional), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(simplified, traditional, textOf(5), (s, t, filler) => {
        const neutral = filler.replace(/[\u4e00-\u9fff]/g, '');
        expect(detectScript(neutral + s.join(''))).toBe('simplified');
        expect(detectScript(t.join('') + neutral)).toBe('traditional');
      }),
      run(200),
    );
  });
});

/** 1–31 in Chinese numerals as dates write them (十二, 二十一, 三十). */
function cnSmall(n: number): string {
  const D = '〇一二三四五六七八九';
  if (n < 10) return D[n]!;
  return (n >= 20 ? D[Math.floor(n / 10)] : '') + '十' + (n % 10 ? D[n % 10] : '');
}

describe('normalizeDate', { timeout: TIMEOUT }, () => {
  it('gives "" or a YYYY-MM-DD date for any text', () => {
    fc.assert(
      fc.property(fc.oneof(textOf(20), fc.string({ maxLength: 40 })), (t) => {
        expect(normalizeDate(t)).toMatch(/^$|^(19|20|21)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      }),
      run(400),
    );
  });

  it('reads every form portals write', () => {
    const date = fc.record({
      y: fc.integer({ min: 1990, max: 2099 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(date, fc.constantFrom('', '发布时间：', '成文日期:', '（'), ({ y, m, d }, before) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const cnYear = [...String(y)].map((c) => '〇一二三四五六七八九'[Number(c)]).join('');
        const forms = [
          iso,
          `${y}年${m}月${d}日`,
          `${y}/${m}/${d}`,
          `${y}.${m}.${d}`,
          `${y} 年 ${m} 月 ${d} 日`,
          iso.replace(/-/g, ''),
          `${cnYear}年${cnSmall(m)}月${cnSmall(d)}日`,
        ];
        for (const f of forms) expect(normalizeDate(before + f + ' 09:30'), f).toBe(iso);
      }),
      run(300),
    );
  });
});
