import { describe, expect, it } from 'vitest';
import { isSiteRule, normalizeSitePattern, parseSiteRules, ruleFor, type SiteRule } from '../../lib/extension/site-rules';

describe('normalizeSitePattern', () => {
  it('keeps host and path, lower-cased, without scheme, query or fragment', () => {
    expect(normalizeSitePattern('https://www.GOV.cn/zhengce/?a=1#x')).toBe('www.gov.cn/zhengce/');
    expect(normalizeSitePattern('  www.gov.cn  ')).toBe('www.gov.cn');
    expect(normalizeSitePattern('HTTP://WWW.CQ.GOV.CN')).toBe('www.cq.gov.cn');
    expect(normalizeSitePattern('www.gov.cn:8080/x')).toBe('www.gov.cn:8080/x');
    expect(normalizeSitePattern('www.gov.cn/路径/')).toBe('www.gov.cn/路径/');
  });

  it('gives "" for anything that is not a host', () => {
    for (const junk of [
      '',
      '   ',
      'gov',
      'localhost',
      'http://',
      'www gov.cn',
      '<script>',
      'javascript:alert(1)',
      '*.gov.cn',
      'www.gov.cn/a b',
    ])
      expect(normalizeSitePattern(junk), junk).toBe('');
  });

  it('is idempotent', () => {
    for (const s of ['https://www.GOV.cn/zhengce/?a=1', 'www.cq.gov.cn/zwgk/', 'x.gov.cn:81'])
      expect(normalizeSitePattern(normalizeSitePattern(s))).toBe(normalizeSitePattern(s));
  });
});

describe('ruleFor', () => {
  const rules: SiteRule[] = [
    { pattern: 'cq.gov.cn', view: 'simplified' },
    { pattern: 'www.cq.gov.cn/zwgk/', view: 'traditional' },
    { pattern: 'www.cq.gov.cn', view: 'original' },
  ];
  const viewAt = (url: string) => ruleFor(url, rules)?.view ?? null;

  it('takes the longest matching pattern, whatever the order of the rules', () => {
    expect(viewAt('https://www.cq.gov.cn/zwgk/2024/report.html')).toBe('traditional');
    expect(viewAt('https://www.cq.gov.cn/news/')).toBe('original');
    expect(viewAt('https://jw.cq.gov.cn/')).toBe('simplified');
    expect(ruleFor('https://www.cq.gov.cn/zwgk/a.html', [...rules].reverse())?.pattern).toBe('www.cq.gov.cn/zwgk/');
  });

  it('matches a host and its subdomains, never a host that merely ends alike', () => {
    expect(viewAt('https://cq.gov.cn/')).toBe('simplified');
    expect(viewAt('https://a.b.cq.gov.cn/')).toBe('simplified');
    expect(viewAt('https://xcq.gov.cn/')).toBeNull();
    expect(viewAt('https://www.gov.cn/')).toBeNull();
  });

  it('applies a path rule only under its path', () => {
    expect(viewAt('https://www.cq.gov.cn/zwgk')).toBe('original'); // "/zwgk" is not under "/zwgk/".
    expect(viewAt('https://www.cq.gov.cn/other/zwgk/')).toBe('original');
    expect(viewAt('https://www.cq.gov.cn/zwgk/?page=2')).toBe('traditional');
  });

  it('is case-insensitive for the host', () => {
    expect(viewAt('https://WWW.CQ.GOV.CN/news/')).toBe('original');
  });

  it('gives null for no rules or an address that is not one', () => {
    expect(ruleFor('https://www.cq.gov.cn/', [])).toBeNull();
    expect(viewAt('not a url')).toBeNull();
    expect(viewAt('')).toBeNull();
  });
});

describe('parseSiteRules', () => {
  it('reads an array of rules or {siteRules: [...]}, normalising patterns', () => {
    expect(parseSiteRules('[{"pattern":"www.gov.cn","view":"traditional"}]')).toEqual({
      rules: [{ pattern: 'www.gov.cn', view: 'traditional' }],
      rejected: 0,
    });
    expect(parseSiteRules('{"siteRules":[{"pattern":"HTTPS://WWW.CQ.GOV.CN/zwgk/","view":"simplified"}]}')).toEqual({
      rules: [{ pattern: 'www.cq.gov.cn/zwgk/', view: 'simplified' }],
      rejected: 0,
    });
    expect(parseSiteRules('[]')).toEqual({ rules: [], rejected: 0 });
  });

  it('says -1 for a file that is not JSON or not a list of rules', () => {
    for (const bad of [
      '',
      'not json',
      '{',
      'null',
      '1',
      '"rules"',
      'true',
      '{}',
      '{"siteRules":5}',
      '{"siteRules":{"pattern":"www.gov.cn"}}',
    ])
      expect(parseSiteRules(bad).rejected, bad).toBe(-1);
  });

  it('keeps the valid entries and counts the others', () => {
    const json = JSON.stringify([
      null,
      1,
      'www.gov.cn',
      [],
      {},
      { pattern: 'www.gov.cn', view: 'klingon' },
      { pattern: 'www.gov.cn' },
      { pattern: 'WWW.X.GOV.CN', view: 'simplified' },
      { pattern: 'www.gov.cn', view: 'traditional' },
    ]);
    const { rules, rejected } = parseSiteRules(json);
    expect(rules.map((r) => [r.pattern, r.view])).toEqual([
      ['www.x.gov.cn', 'simplified'],
      ['www.gov.cn', 'traditional'],
    ]);
    expect(rejected).toBe(7);
    expect(rules.every(isSiteRule)).toBe(true);
  });

  it('rejects an entry whose pattern is not a site', () => {
    const json = JSON.stringify([{ pattern: '<script>', view: 'original' }, { pattern: 5, view: 'traditional' }, { view: 'simplified' }]);
    const { rules, rejected } = parseSiteRules(json);
    expect(rules).toEqual([]);
    expect(rejected).toBe(3);
  });

  it('keeps only pattern and view from an imported rule', () => {
    const { rules } = parseSiteRules('[{"pattern":"www.gov.cn","view":"traditional","extra":"x"}]');
    expect(rules).toEqual([{ pattern: 'www.gov.cn', view: 'traditional' }]);
  });

  it('a path rule with capitals matches the page it was typed from', () => {
    const pattern = normalizeSitePattern('https://www.gov.cn/ZhengCe/');
    expect(ruleFor('https://www.gov.cn/ZhengCe/2024.html', [{ pattern, view: 'traditional' }])).not.toBeNull();
  });
});
