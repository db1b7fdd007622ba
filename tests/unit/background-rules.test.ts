// The background's decisions: the badge, whether the reader goes into a tab, and
// which of the reader's settings apply once it is there.
import { describe, expect, it } from 'vitest';
import {
  badgeFor,
  BADGE_COLOR,
  commandRequest,
  readerWanted,
  requestsOnLoad,
  type LoadSettings,
} from '../../lib/extension/background-rules';
import { grantedOrigins } from '../../lib/extension/hosts';
import { isTabRequest } from '../../lib/extension/messages';
import { SETTINGS } from '../../lib/extension/setting-table';
import { t } from '../../lib/view/strings';

const report = { isReport: true, score: 6, reasons: ['title'] };
const notReport = { isReport: false, score: 1, reasons: [] };
const defaults: LoadSettings = {
  siteRules: SETTINGS.siteRules.fallback,
  scriptView: SETTINGS.scriptView.fallback,
  autoClean: SETTINGS.autoClean.fallback,
  traditionalStandard: SETTINGS.traditionalStandard.fallback,
  cornerQuotes: SETTINGS.cornerQuotes.fallback,
};
const URL = 'https://www.cq.gov.cn/zwgk/fdzdgknr/2024/report.html';

describe('the badge', () => {
  it('marks a report, with its colour and title, and leaves any other page bare', () => {
    expect(badgeFor(report)).toEqual({ text: t('badgeReport'), color: BADGE_COLOR, title: t('badgeTitle') });
    expect(badgeFor(report).text).not.toBe('');
    expect(badgeFor(notReport)).toEqual({ text: '' });
  });
});

describe('loading the reader on detection', () => {
  const rules = [
    { pattern: 'www.cq.gov.cn', view: 'traditional' as const },
    { pattern: 'www.cq.gov.cn/zwgk/', view: 'original' as const },
    { pattern: 'www.sh.gov.cn', view: 'simplified' as const },
  ];

  it('loads it into every report, and into another page only when a site rule converts that site', () => {
    expect(readerWanted(report, undefined, [])).toBe(true);
    expect(readerWanted(notReport, 'https://www.sh.gov.cn/a.html', rules)).toBe(true);
    expect(readerWanted(notReport, 'https://www.cq.gov.cn/news/a.html', rules)).toBe(true);
    // The longer rule keeps this part of the site as published.
    expect(readerWanted(notReport, URL, rules)).toBe(false);
    expect(readerWanted(notReport, 'https://www.bj.gov.cn/a.html', rules)).toBe(false);
    expect(readerWanted(notReport, undefined, rules)).toBe(false);
  });
});

describe('settings applied on load', () => {
  it('applies nothing with the defaults', () => {
    expect(requestsOnLoad(URL, true, defaults)).toEqual([]);
  });

  it('cleans a report (only a report) when automatic cleaning is on', () => {
    expect(requestsOnLoad(URL, true, { ...defaults, autoClean: true })).toEqual([{ type: 'pr:clean', on: true }]);
    expect(requestsOnLoad(URL, false, { ...defaults, autoClean: true })).toEqual([]);
  });

  it('shows the default script, unless the site’s rule says otherwise; cleaning comes first', () => {
    const settings = {
      ...defaults,
      autoClean: true,
      scriptView: 'traditional' as const,
      traditionalStandard: 'hk' as const,
      cornerQuotes: true,
    };
    expect(requestsOnLoad(URL, true, settings)).toEqual([
      { type: 'pr:clean', on: true },
      { type: 'pr:convert', view: 'traditional', standard: 'hk', quotes: true },
    ]);
    const ruled = { ...settings, siteRules: [{ pattern: 'www.cq.gov.cn/zwgk/', view: 'original' as const }] };
    expect(requestsOnLoad(URL, true, ruled)).toEqual([{ type: 'pr:clean', on: true }]);
    const simplified = { ...defaults, siteRules: [{ pattern: 'cq.gov.cn', view: 'simplified' as const }] };
    expect(requestsOnLoad(URL, false, simplified)).toEqual([{ type: 'pr:convert', view: 'simplified', standard: 'tw', quotes: false }]);
    for (const request of requestsOnLoad(URL, true, settings)) expect(isTabRequest(request)).toBe(true);
  });
});

describe('keyboard commands', () => {
  it('toggle cleaning, or the script with the chosen standard', () => {
    expect(commandRequest('toggle-clean', { standard: 'tw', quotes: false })).toEqual({ type: 'pr:toggle-clean' });
    expect(commandRequest('toggle-script', { standard: 'twp', quotes: true })).toEqual({
      type: 'pr:toggle-script',
      standard: 'twp',
      quotes: true,
    });
  });
});

describe('the detector on added hosts', () => {
  it('runs only on the added hosts the reader granted, host and subdomains', async () => {
    const granted = new Set(['*://example.org/*']);
    const origins = await grantedOrigins(['example.org', 'example.net'], async (o) =>
      o.every((x) => granted.has(x) || x.startsWith('*://*.example.org')),
    );
    expect(origins).toEqual(['*://example.org/*', '*://*.example.org/*']);
    expect(await grantedOrigins(['example.org'], () => Promise.reject(new Error('no permissions API')))).toEqual([]);
  });
});
