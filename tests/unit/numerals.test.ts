import { describe, expect, it } from 'vitest';
import { multiplierAt, parseArabic, parseChinese, parseNumber, scanNumbers } from '../../lib/core/numerals';

describe('parseArabic', () => {
  it.each([
    ['1,100', 1100],
    ['96.51', 96.51],
    ['１，１００', 1100],
    ['３．５', 3.5],
    ['１２５', 125],
    ['1,234,567', 1234567],
    ['0', 0],
    ['0.5', 0.5],
  ])('%s → %d', (text, value) => {
    expect(parseArabic(text)).toBe(value);
  });

  it.each(['', '1.1.1', '2023.06.12', '09:27', '1/3', '05070218', '12a', '1,10', '1,1000'])('%s is not a number', (text) => {
    expect(parseArabic(text)).toBeNull();
  });
});

describe('parseChinese', () => {
  it.each([
    ['一百二十', 120],
    ['十五', 15],
    ['十', 10],
    ['二十', 20],
    ['两千', 2000],
    ['兩千', 2000],
    ['三千', 3000],
    ['百', 100],
    ['千', 1000],
    ['万', 10000],
    ['一千零五', 1005],
    ['一百零五', 105],
    ['二十万零五百', 200500],
    ['一万五', 15000],
    ['三千五', 3500],
    ['两百五', 250],
    ['三亿五千万', 350000000],
    ['一万亿', 1e12],
    ['二〇二三', 2023],
    ['二○二三', 2023],
    ['九十五点五', 95.5],
    ['壹佰贰拾', 120],
    ['零', 0],
    ['萬', 10000],
  ])('%s → %d', (text, value) => {
    expect(parseChinese(text)).toBe(value);
  });

  it.each(['', '十十', '百千', '一千百', '十二三', 'abc', '一点'])('%s is not a numeral', (text) => {
    expect(parseChinese(text)).toBeNull();
  });
});

describe('parseNumber', () => {
  it.each([
    ['1.5万', 15000],
    ['2.5万', 25000],
    ['2.5萬', 25000],
    ['1,100万', 11000000],
    ['96.51万', 965100],
    ['2883.5亿', 288350000000],
    ['1.2万亿', 1.2e12],
    ['3千', 3000],
    ['1000万', 1e7],
    ['一百二十', 120],
    ['两千', 2000],
    ['百', 100],
    ['1,100', 1100],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('is null for qualifiers and text', () => {
    expect(parseNumber('近百')).toBeNull();
    expect(parseNumber('三千余')).toBeNull();
    expect(parseNumber('人')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

describe('multiplierAt', () => {
  it('reads 万, 亿, 万亿, 千万 and leaves 千瓦, 千米, 百分 alone', () => {
    expect(multiplierAt('万元', 0)).toEqual({ value: 1e4, length: 1 });
    expect(multiplierAt('亿元', 0)).toEqual({ value: 1e8, length: 1 });
    expect(multiplierAt('万亿元', 0)).toEqual({ value: 1e12, length: 2 });
    expect(multiplierAt('千万元', 0)).toEqual({ value: 1e7, length: 2 });
    expect(multiplierAt('千瓦', 0)).toBeNull();
    expect(multiplierAt('千米', 0)).toBeNull();
    expect(multiplierAt('百分点', 0)).toBeNull();
    expect(multiplierAt('千人', 0, false)).toBeNull();
  });
});

describe('scanNumbers', () => {
  it('finds tokens with spans, folding an adjacent multiplier', () => {
    const s = '共受理10500余件，涉及金额1.5万元，两千余人';
    const tokens = scanNumbers(s);
    expect(tokens.map((t) => [t.text, t.value, s.slice(t.start, t.end)])).toEqual([
      ['10500', 10500, '10500'],
      ['1.5万', 15000, '1.5万'],
      ['两千', 2000, '两千'],
    ]);
    expect(tokens[1]!.multiplier).toBe(1e4);
    expect(tokens[1]!.numberEnd - tokens[1]!.start).toBe(3);
  });

  it('marks codes: dotted numbers, times, leading zeros, slashes', () => {
    const tokens = scanNumbers('1.1.1 09:27 05070218 2023/06/12 3.5');
    expect(tokens.map((t) => [t.text, t.code])).toEqual([
      ['1.1.1', true],
      ['09:27', true],
      ['05070218', true],
      ['2023/06/12', true],
      ['3.5', false],
    ]);
  });

  it('reads Chinese runs: bare place units, digit strings', () => {
    const [a, b, c] = scanNumbers('近百人，二〇二三年，一百二十项');
    expect([a!.text, a!.bare, a!.value]).toEqual(['百', true, 100]);
    expect([b!.text, b!.digitString, b!.value]).toEqual(['二〇二三', true, 2023]);
    expect([c!.text, c!.bare, c!.value]).toEqual(['一百二十', false, 120]);
  });

  it('reads full-width digits and separators', () => {
    const [t] = scanNumbers('共１，２３４．５件');
    expect(t!.value).toBe(1234.5);
    expect(t!.text).toBe('１，２３４．５');
  });

  it('does not take a clause comma for a thousands separator', () => {
    expect(scanNumbers('解矫196人,目前在册46人').map((t) => t.value)).toEqual([196, 46]);
    expect(scanNumbers('分别为12,345').map((t) => t.value)).toEqual([12345]);
    expect(scanNumbers('共3，100件').map((t) => t.value)).toEqual([3, 100]);
  });

  it('stays linear on pathological input', () => {
    const big = '1.'.repeat(200_000) + '一'.repeat(200_000) + '1,'.repeat(100_000) + '九十'.repeat(100_000);
    const t0 = Date.now();
    const tokens = scanNumbers(big);
    expect(Date.now() - t0).toBeLessThan(5000); // a guard against hangs, not a benchmark
    expect(tokens[0]!.code).toBe(true);
    expect(tokens.length).toBeGreaterThan(100_000);
    expect(tokens.every((t) => t.end > t.start)).toBe(true);
  });
});
