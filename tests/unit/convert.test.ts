import fc from 'fast-check';
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import * as t2cn from 'opencc-js/preset/t2cn';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  configName,
  converterFromConfig,
  compactPhrases,
  cornerQuotes,
  entryOrder,
  isNoopConversion,
  LAZY_DICT_LENGTH,
  loadConverter,
  type ConvertFn,
  type OpenccConfig,
  type Target,
} from '../../lib/core/convert';
import { allSeeds } from '../support/seeds';

const seeds = allSeeds();
const simplifiedSeeds = seeds.filter((s) => !s.name.startsWith('002'));
const traditionalSeed = seeds.find((s) => s.name.startsWith('002'))!.text;

const TRADITIONAL_TARGETS = ['t', 'tw', 'twp', 'hk'] as const;
const fromCn = ConverterBuilder(cn2t);
const toCn = ConverterBuilder(t2cn);

/** opencc-js's own converter for a conversion, built once (≈200 ms each). */
const reference = new Map<string, ConvertFn>();
function openccFor(target: Target): ConvertFn {
  let c = reference.get(target);
  if (!c) {
    c = target === 'simplified' ? toCn({ from: 'tw', to: 'cn' }) : fromCn({ from: 'cn', to: target });
    reference.set(target, c);
  }
  return c;
}

const conv = {} as Record<Target, ConvertFn>;
beforeAll(async () => {
  for (const t of TRADITIONAL_TARGETS) conv[t] = await loadConverter('simplified', t);
  conv.simplified = await loadConverter('traditional', 'simplified');
});

/** ASCII and digits, in order. */
const kept = (s: string): string => (s.match(/[\x00-\x7f\uff10-\uff19]/g) ?? []).join('');

describe('loadConverter', () => {
  it('converts the seeds exactly as opencc-js does', () => {
    for (const t of TRADITIONAL_TARGETS) {
      for (const { name, text } of simplifiedSeeds) expect(conv[t](text) === openccFor(t)(text), `${t} ${name}`).toBe(true);
    }
    expect(conv.simplified(traditionalSeed) === openccFor('simplified')(traditionalSeed)).toBe(true);
  });

  it('converts a text made only of what one small group changes exactly as opencc-js does', () => {
    // A group is skipped for a text with none of the characters its keys start with.
    for (const text of ['\u{2f800}', '\u{2f81a}\u{2f800}', '\uf900', '裏', '峯', 'ab\u{2f800}12']) {
      for (const t of TRADITIONAL_TARGETS) expect(conv[t](text), `${t} ${text}`).toBe(openccFor(t)(text));
      expect(conv.simplified(text), text).toBe(openccFor('simplified')(text));
    }
    expect(conv.tw('\u{2f800}')).toBe('麗'); // normalized to 丽 U+4E3D, then converted
  });

  it('converts random text exactly as opencc-js does', () => {
    // Text made of pieces of the seeds and of dictionary phrases, cut anywhere,
    // with characters both dictionaries care about.
    const pieces: string[] = [];
    for (const { text } of simplifiedSeeds) for (let i = 0; i < text.length; i += 7) pieces.push(text.slice(i, i + 1 + (i % 9)));
    pieces.push(
      '信息',
      '数据',
      '这里',
      '着力',
      '里面',
      '软件',
      '打印机',
      '出租车',
      '⿰氵东',
      '⿱艹',
      '𠮷',
      '丰',
      '﨎',
      '着',
      '划',
      '㐷',
      '\u3000',
      // CJK compatibility ideographs, in the BMP and beyond it (the normalization group), and
      // characters the regional variant groups change.
      '\uf900',
      '\ufa0e',
      '\u{2f800}',
      '\u{2f81a}',
      '裏',
      '着',
      '峯',
      '啓',
    );
    // Dictionary keys, whole and cut, so that phrases overlap and the later groups of the chain match.
    const keys = (dict: unknown, every: number): string[] =>
      typeof dict === 'string'
        ? dict
            .split('|')
            .filter((_, i) => i % every === 0)
            .map((e) => e.split(' ')[0]!)
        : [];
    const [stPhrases] = cn2t.configs.s2tw!.segmentation as unknown as string[];
    for (const k of keys(stPhrases, 97)) pieces.push(k, k.slice(0, 1), k.slice(1));
    for (const group of [...cn2t.configs.s2hk!.conversionChain, ...t2cn.configs.tw2s!.conversionChain].slice(1)) {
      for (const d of group) for (const k of keys(d, 3)) pieces.push(k, k.slice(1));
    }
    const arb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(arb, (s) => {
        for (const t of TRADITIONAL_TARGETS) if (conv[t](s) !== openccFor(t)(s)) return false;
        const trad = conv.tw(s);
        return conv.simplified(trad) === openccFor('simplified')(trad);
      }),
      { numRuns: 300 },
    );
  });

  it('uses Taiwan phrases only for twp: 信息→資訊, 数据→資料', async () => {
    expect(conv.twp('政府信息公开的数据')).toBe('政府資訊公開的資料');
    expect(conv.tw('政府信息公开的数据')).toBe('政府信息公開的數據');
    expect(conv.t('政府信息公开的数据')).toBe('政府信息公開的數據');
  });

  it('writes Hong Kong standard where it differs from Taiwan', () => {
    // From seed 001: 着力构建 (tw 著力, hk 着力); 群众 (tw 群眾, hk 羣眾); 平台 (tw 平臺, hk 平台).
    expect(conv.tw('着力构建')).toBe('著力構建');
    expect(conv.hk('着力构建')).toBe('着力構建');
    expect(conv.tw('服务群众的平台')).toBe('服務群眾的平臺');
    expect(conv.hk('服务群众的平台')).toBe('服務羣眾的平台');
    expect(conv.tw('这里')).toBe('這裡');
    expect(conv.hk('这里')).toBe('這裏');
    expect(conv.t('这里')).toBe('這裏');
  });

  it('converts the Traditional seed to Simplified', () => {
    const s = conv.simplified(traditionalSeed);
    expect(s.startsWith('2023年,船营区坚持以习近平新时代中国特色社会主义思想为指导')).toBe(true);
    expect(kept(s)).toBe(kept(traditionalSeed));
    // From Taiwan standard: its forms read too.
    expect(conv.simplified('著手這裡的工作，為了群眾')).toBe('着手这里的工作，为了群众');
  });

  it('never double-converts: no-op conversions are the identity', async () => {
    expect(isNoopConversion('traditional', 'tw')).toBe(true);
    expect(isNoopConversion('simplified', 'simplified')).toBe(true);
    expect(isNoopConversion('mixed', 'tw')).toBe(false);
    expect(configName('traditional', 'hk')).toBeNull();
    for (const t of TRADITIONAL_TARGETS) {
      const f = await loadConverter('traditional', t, { quotes: true });
      expect(f(traditionalSeed)).toBe(traditionalSeed);
      expect(f('“这里”')).toBe('“这里”');
    }
    expect((await loadConverter('simplified', 'simplified'))('这里')).toBe('这里');
  });

  it('converts a mixed page both ways', async () => {
    const mixed = '这个國家的发展';
    expect((await loadConverter('mixed', 'tw'))(mixed)).toBe('這個國家的發展');
    expect((await loadConverter('mixed', 'simplified'))(mixed)).toBe('这个国家的发展');
  });

  it('caches converters', async () => {
    expect(await loadConverter('simplified', 'tw')).toBe(conv.tw);
    expect(await loadConverter('mixed', 'tw')).toBe(conv.tw);
    const [a, b] = await Promise.all([
      loadConverter('simplified', 'hk', { quotes: true }),
      loadConverter('simplified', 'hk', { quotes: true }),
    ]);
    expect(a).toBe(b);
  });

  it('never changes ASCII or digits', () => {
    // opencc-js's twp would write U盘 as 隨身碟 and B超 as 超音波, dropping the letter.
    expect(conv.twp('U盘和B超')).toBe('U盤和B超');
    expect(conv.twp('SQL注入')).toBe('SQL隱碼攻擊');
    const arb = fc
      .array(
        fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom('U盘', 'B超', '２０２３年', '第1号', 'A型肝炎', 'PN结', '信息', '数据')),
        { maxLength: 20 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(arb, (s) => TRADITIONAL_TARGETS.every((t) => kept(conv[t](s)) === kept(s)) && kept(conv.simplified(s)) === kept(s)),
      { numRuns: 300 },
    );
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    for (const t of [...TRADITIONAL_TARGETS, 'simplified'] as const) expect(conv[t](ascii)).toBe(ascii);
  });

  it('converts strings joined with U+0000 exactly as one by one', () => {
    for (const t of [...TRADITIONAL_TARGETS, 'simplified'] as const) {
      for (const { text } of seeds) {
        const parts = text.split(/(?<=[，。,、])/);
        expect(conv[t](parts.join('\u0000')).split('\u0000'), t).toEqual(parts.map(conv[t]));
      }
    }
    const arb = fc.array(fc.constantFrom('信', '息', '数据', '⿰', '氵', '东', '这里', '着', '力', ''), { maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(
          arb.map((a) => a.join('')),
          { minLength: 2, maxLength: 6 },
        ),
        (parts) =>
          TRADITIONAL_TARGETS.every((t) => {
            const joined = conv[t](parts.join('\u0000')).split('\u0000');
            return joined.length === parts.length && joined.every((p, k) => p === conv[t](parts[k]!));
          }),
      ),
    );
  });

  it('relies on the large dictionaries being sorted', () => {
    // The engine reads large dictionaries lazily, by binary search on entryOrder.
    const dicts = new Set<string>();
    for (const preset of [cn2t, t2cn]) {
      for (const config of Object.values(preset.configs) as OpenccConfig[]) {
        for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain])
          for (const d of group) if (typeof d === 'string') dicts.add(d);
        const seg = config.segmentation;
        for (const d of Array.isArray(seg) ? seg : [seg]) if (typeof d === 'string') dicts.add(d);
      }
    }
    const large = [...dicts].filter((d) => d.length > LAZY_DICT_LENGTH);
    expect(large.length).toBeGreaterThan(0);
    for (const d of large) {
      let prev = -1;
      for (let i = 0; i < d.length;) {
        const order = entryOrder(d, i);
        if (order < prev) expect.fail(`out of order at ${i}: ${d.slice(i, i + 20)}`);
        prev = order;
        const end = d.indexOf('|', i);
        i = end < 0 ? d.length : end + 1;
      }
    }
  });

  it('converts with the compact phrase dictionary the build writes exactly as with opencc-js’s own', () => {
    const [stPhrases, , stCharacters] = cn2t.configs.s2tw!.conversionChain[0] as unknown as string[];
    const compact = compactPhrases(stPhrases!, stCharacters!);
    expect(compact.length).toBeLessThan(stPhrases!.length * 0.75);
    const swap = (d: unknown) => (d === stPhrases ? compact : d);
    const compactConfig = (name: string): OpenccConfig => {
      const c = cn2t.configs[name] as unknown as OpenccConfig;
      const seg = c.segmentation as unknown as unknown[] | undefined;
      return {
        normalizationChain: c.normalizationChain,
        segmentation: seg?.map(swap),
        conversionChain: c.conversionChain.map((group) => group.map(swap)),
      } as unknown as OpenccConfig;
    };
    const keys = stPhrases!.split('|').map((e) => e.split(' ')[0]!);
    for (const name of ['s2t', 's2tw', 's2twp', 's2hk']) {
      const ours = converterFromConfig(compactConfig(name));
      const original = converterFromConfig(cn2t.configs[name] as OpenccConfig);
      // Every phrase alone, and with the next one after it (phrases that overlap).
      const differing = keys.filter((k, i) => ours(k) !== original(k) || ours(k + keys[i + 1]) !== original(k + keys[i + 1]));
      expect(differing, name).toEqual([]);
      for (const { text } of simplifiedSeeds) expect(ours(text), name).toBe(original(text));
    }
    // The compact form says whether it holds one-character keys, and leaves out the entries the
    // reader skips (digits that would change), converting as the original does with them in.
    expect(compact[1]).toBe('0');
    const withOddEntries = `1号 2號|㐂 丝|${stPhrases!}`; // in code point order, before 㓦划
    const oddCompact = compactPhrases(withOddEntries, stCharacters!);
    expect(oddCompact[1]).toBe('1');
    expect(oddCompact).not.toContain('1号');
    const odd = (d: string) => converterFromConfig({ conversionChain: [[d, stCharacters!]] } as unknown as OpenccConfig);
    for (const text of ['1号', '㐂', '一丝不挂', '第1号文件']) expect(odd(oddCompact)(text), text).toBe(odd(withOddEntries)(text));
    expect(odd(oddCompact)('㐂')).toBe('丝'); // the one-character key is read
    // Without its character dictionary in the group, a compact dictionary cannot be read.
    const alone = compactPhrases(stPhrases!.slice(0, stPhrases!.lastIndexOf('|')), stCharacters!);
    expect(() => converterFromConfig({ conversionChain: [[alone]] } as unknown as OpenccConfig)).toThrow(/character dictionary/);
  });

  it('builds from any opencc-js preset configuration', () => {
    const s2t = converterFromConfig(cn2t.configs.s2t as OpenccConfig);
    expect(s2t('汉字转换')).toBe('漢字轉換');
    const custom = converterFromConfig({ conversionChain: [[[['a', 'b']] as const]] } as unknown as OpenccConfig);
    expect(custom('a')).toBe('a'); // ASCII never changes
  });
});

describe('quotes', () => {
  it('writes corner brackets for Traditional targets when asked', async () => {
    const tw = await loadConverter('simplified', 'tw', { quotes: true });
    expect(tw('坚持“放管服”改革和‘最多跑一次’')).toBe('堅持「放管服」改革和『最多跑一次』');
    expect(conv.tw('坚持“放管服”改革')).toBe('堅持“放管服”改革');
    const toSimplified = await loadConverter('traditional', 'simplified', { quotes: true });
    expect(toSimplified('堅持「放管服」改革')).toBe('坚持「放管服」改革');
  });

  it('leaves apostrophes in Latin words', () => {
    expect(cornerQuotes('Xi’an 和 ‘西安’')).toBe('Xi’an 和 『西安』');
    expect(cornerQuotes('no quotes')).toBe('no quotes');
  });
});
