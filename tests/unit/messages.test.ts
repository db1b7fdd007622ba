import { describe, expect, it } from 'vitest';
import { fromExtensionPage, isDetectedMessage, isLoadReaderMessage, isTabEvent, isTabRequest } from '../../lib/extension/messages';

describe('message validation', () => {
  it('accepts well-formed requests and rejects anything else', () => {
    expect(isTabRequest({ type: 'pr:scroll-to', block: 3 })).toBe(true);
    expect(isTabRequest({ type: 'pr:scroll-to', block: -1 })).toBe(false);
    expect(isTabRequest({ type: 'pr:scroll-to', block: '3' })).toBe(false);
    expect(isTabRequest({ type: 'pr:highlight', figure: 1.5 })).toBe(false);
    expect(isTabRequest({ type: 'pr:convert', view: 'traditional', standard: 'twp', quotes: true })).toBe(true);
    expect(isTabRequest({ type: 'pr:convert', view: 'traditional', standard: 'xx', quotes: true })).toBe(false);
    expect(isTabRequest({ type: 'pr:convert', view: '<img>', standard: 'tw', quotes: false })).toBe(false);
    expect(isTabRequest({ type: 'pr:eval', code: 'x' })).toBe(false);
    expect(isTabRequest(null)).toBe(false);
    expect(isTabRequest('pr:get-model')).toBe(false);
    expect(isDetectedMessage({ type: 'pr:detected', detection: { isReport: true, score: 5, reasons: ['a'] } })).toBe(true);
    expect(isDetectedMessage({ type: 'pr:detected', detection: { isReport: 'yes', score: 5, reasons: [] } })).toBe(false);
    expect(isLoadReaderMessage({ type: 'pr:load-reader', tabId: 4, force: true })).toBe(true);
    expect(isLoadReaderMessage({ type: 'pr:load-reader', tabId: 4 })).toBe(false);
    expect(isLoadReaderMessage({ type: 'pr:load-reader', tabId: 1617260260, force: false })).toBe(true);
    expect(isTabEvent({ type: 'pr:section', entry: -1 })).toBe(true);
    expect(isTabEvent({ type: 'pr:model', model: { title: 1 }, stale: false })).toBe(false);
  });

  it('takes only our own extension pages as senders of panel requests', () => {
    const runtime = { id: 'abc', getURL: (p: string) => `chrome-extension://abc${p}` };
    expect(fromExtensionPage({ id: 'abc', url: 'chrome-extension://abc/sidepanel.html?tab=3' }, runtime)).toBe(true);
    expect(fromExtensionPage({ id: 'abc', url: 'https://www.example.gov.cn/page.html' }, runtime)).toBe(false);
    expect(fromExtensionPage({ id: 'other', url: 'chrome-extension://abc/sidepanel.html' }, runtime)).toBe(false);
    expect(fromExtensionPage({ id: 'abc' }, runtime)).toBe(false);
  });
});
