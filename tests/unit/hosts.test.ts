import { describe, expect, it } from 'vitest';
import { coveringHost, hostOrigins, isBuiltInHost, normalizeHost, parseExtraHosts } from '../../lib/extension/hosts';

describe('normalizeHost', () => {
  it('reduces what a reader types or pastes to the bare host name', () => {
    expect(normalizeHost('https://www.example.com/x')).toBe('www.example.com');
    expect(normalizeHost('  WWW.Example.COM  ')).toBe('www.example.com');
    expect(normalizeHost('http://www.example.com:8080/news/a.html?x=1#top')).toBe('www.example.com');
    expect(normalizeHost('www.example.com.')).toBe('www.example.com');
    expect(normalizeHost('*.example.com')).toBe('example.com');
    expect(normalizeHost('*://example.org/*')).toBe('example.org');
    expect(normalizeHost('example.com/path')).toBe('example.com');
    expect(normalizeHost('www。example。com')).toBe('www.example.com'); // Ideographic full stops.
    expect(normalizeHost('政府.中国')).toBe('xn--mxtq1m.xn--fiqs8s');
    expect(normalizeHost('www.gov.mo')).toBe('www.gov.mo');
  });

  it('rejects junk', () => {
    for (const junk of [
      '',
      '   ',
      'localhost',
      'example',
      '1.2.3.4',
      'http://127.0.0.1/',
      'http://0x7f.1/',
      '[::1]',
      'http://',
      'www example.com',
      '-bad.example.com',
      'bad-.example.com',
      'a..com',
      'example.123',
      'under_score.example.com',
      'javascript:alert(1)',
      'mailto:someone@example.com',
      'user@example.com',
      'ftp://example.com',
      'file:///etc/passwd',
      'chrome://extensions',
      '<script>.com',
      '*.*.example.com',
      'a'.repeat(64) + '.com',
      ('a'.repeat(60) + '.').repeat(5) + 'com',
    ])
      expect(normalizeHost(junk), junk).toBe('');
  });

  it('is idempotent', () => {
    for (const s of ['https://www.Example.com/x', '政府.中国', '*.example.org'])
      expect(normalizeHost(normalizeHost(s))).toBe(normalizeHost(s));
  });
});

describe('hostOrigins', () => {
  it('asks for the host and its subdomains, any scheme, any path', () => {
    expect(hostOrigins('www.example.com')).toEqual(['*://www.example.com/*', '*://*.www.example.com/*']);
  });
});

describe('coverage', () => {
  it('knows *.gov.cn is read already', () => {
    expect(isBuiltInHost('gov.cn')).toBe(true);
    expect(isBuiltInHost('www.beijing.gov.cn')).toBe(true);
    expect(isBuiltInHost('notgov.cn')).toBe(false);
    expect(isBuiltInHost('gov.cn.example.com')).toBe(false);
    expect(coveringHost('www.beijing.gov.cn', [])).toBe('gov.cn');
  });

  it('finds an added host that covers a new one', () => {
    const added = ['example.org', 'www.gov.hk'];
    expect(coveringHost('news.example.org', added)).toBe('example.org');
    expect(coveringHost('example.org', added)).toBe('example.org');
    expect(coveringHost('gov.hk', added)).toBeNull(); // Broader than an added host: new.
    expect(coveringHost('myexample.org', added)).toBeNull();
    expect(coveringHost('www.example.com', added)).toBeNull();
  });
});

describe('parseExtraHosts', () => {
  it('keeps normalised host names once, drops everything else', () => {
    expect(parseExtraHosts(['example.org', 'example.org', 'WWW.X.COM', 'www.gov.cn', 5, null, 'https://a.com/', 'www.gov.hk'])).toEqual([
      'example.org',
      'www.gov.hk',
    ]);
    expect(parseExtraHosts('example.org')).toEqual([]);
    expect(parseExtraHosts(undefined)).toEqual([]);
    expect(parseExtraHosts({ 0: 'example.org' })).toEqual([]);
  });
});
