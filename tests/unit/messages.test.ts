import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_EVENT_CHECKS,
  BACKGROUND_REPLY_CHECKS,
  BACKGROUND_REQUEST_CHECKS,
  backgroundMessage,
  fromExtensionPage,
  isBackgroundEvent,
  isBackgroundReply,
  isBackgroundRequest,
  isDetectedMessage,
  isLoadConverterMessage,
  isLoadReaderMessage,
  isTabEvent,
  isTabReply,
  isTabRequest,
  isTabState,
  TAB_EVENT_CHECKS,
  TAB_REPLY_CHECKS,
  TAB_REQUEST_CHECKS,
} from '../../lib/extension/messages';
import { readReport } from '../../lib/core/model';
import { parseHTML } from 'linkedom';

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

// One well-formed sample of every message and reply, and per field a value its check must refuse.
const model = readReport(
  parseHTML('<html><head><title>2023年法治政府建设年度报告</title></head><body><p>一、工作情况</p><p>全年办理案件12件。</p></body></html>')
    .document as unknown as Document,
  'https://www.example.gov.cn/a.html',
).model;
const detection = { isReport: true, score: 5, reasons: ['title'] };

type Samples = Record<string, Record<string, unknown>>;
const requestSamples: Samples = {
  'pr:get-state': {},
  'pr:get-model': {},
  'pr:scroll-to': { block: 3 },
  'pr:highlight': { figure: 0 },
  'pr:clean': { on: true },
  'pr:toggle-clean': {},
  'pr:convert': { view: 'traditional', standard: 'hk', quotes: false },
  'pr:toggle-script': { standard: 't', quotes: true },
  'pr:prepare-script': { standard: 'tw', quotes: false },
  'pr:load-reader': { tabId: 7, force: false },
  'pr:load-converter': { to: 'simplified' },
  'pr:detected': { detection },
  'pr:model': { model, stale: true },
  'pr:view': { view: 'simplified', cleaned: false },
  'pr:section': { entry: 2 },
};
const replySamples: Samples = {
  'pr:get-state': { detection: null, readerLoaded: false, contentType: 'text/html' },
  'pr:get-model': { model, stale: false, cleaned: true, view: 'original' },
  'pr:scroll-to': { ok: true },
  'pr:highlight': { ok: false },
  'pr:clean': { ok: true, cleaned: true },
  'pr:toggle-clean': { ok: true, cleaned: false },
  'pr:convert': { ok: false, view: 'original', error: 'Error: no converter' },
  'pr:toggle-script': { ok: true, view: 'traditional' },
  'pr:prepare-script': { ok: true },
  'pr:load-reader': { ok: true },
  'pr:load-converter': { ok: false },
};
/** Values no field of the protocol takes (undefined is taken by optional fields only). */
const JUNK: unknown[] = ['1', -2, 1.5, NaN, null, [], {}, '<img src=x onerror=alert(1)>'];

const tables = [
  { name: 'tab requests', checks: TAB_REQUEST_CHECKS, accept: isTabRequest },
  { name: 'background requests', checks: BACKGROUND_REQUEST_CHECKS, accept: isBackgroundRequest },
  { name: 'background events', checks: BACKGROUND_EVENT_CHECKS, accept: isBackgroundEvent },
  { name: 'tab events', checks: TAB_EVENT_CHECKS, accept: isTabEvent },
];

describe('the protocol tables', () => {
  for (const { name, checks, accept } of tables) {
    it(`${name}: each message accepted, each malformed or missing field refused`, () => {
      for (const [type, fields] of Object.entries(checks)) {
        const sample = requestSamples[type];
        expect(sample, `a sample of ${type}`).toBeDefined();
        expect(Object.keys(sample!).sort(), type).toEqual(Object.keys(fields).sort());
        expect(accept({ type, ...sample }), type).toBe(true);
        for (const field of Object.keys(fields)) {
          const { [field]: _dropped, ...without } = sample!;
          expect(accept({ type, ...without }), `${type} without ${field}`).toBe(false);
          for (const junk of JUNK) {
            const value = sample![field];
            // A junk value a field may legitimately hold (null for "no detection") is not junk for it.
            if (Object.is(junk, value) || (junk === null && type === 'pr:get-state')) continue;
            expect(accept({ type, ...sample, [field]: junk }), `${type} with ${field}: ${String(junk)}`).toBe(false);
          }
        }
      }
    });
  }

  it('refuses unknown types, types of another table, and non-objects', () => {
    expect(isTabRequest({ type: 'pr:load-reader', tabId: 1, force: true })).toBe(false);
    expect(isBackgroundRequest({ type: 'pr:get-model' })).toBe(false);
    expect(isTabEvent({ type: 'pr:detected', detection })).toBe(false);
    expect(isTabRequest({ type: 'toString' })).toBe(false);
    expect(isTabRequest({ type: '__proto__' })).toBe(false);
    expect(isTabRequest([{ type: 'pr:get-model' }])).toBe(false);
    expect(isLoadConverterMessage({ type: 'pr:load-converter', to: 'traditional' })).toBe(true);
    expect(isLoadConverterMessage({ type: 'pr:load-converter' })).toBe(false);
    expect(isLoadConverterMessage({ type: 'pr:load-converter', to: 'klingon' })).toBe(false);
  });

  for (const [name, checks, accept] of [
    ['tab replies', TAB_REPLY_CHECKS, isTabReply],
    ['background replies', BACKGROUND_REPLY_CHECKS, isBackgroundReply],
  ] as const) {
    it(`${name}: each reply accepted, each malformed field refused`, () => {
      const check = accept as (type: string, x: unknown) => boolean;
      for (const [type, fields] of Object.entries(checks)) {
        const sample = replySamples[type];
        expect(sample, `a reply sample of ${type}`).toBeDefined();
        expect(check(type, sample), type).toBe(true);
        for (const field of Object.keys(fields)) {
          for (const junk of JUNK) {
            // "No detection" is null; an error and a MIME type are free text.
            if ((junk === null && field === 'detection') || (typeof junk === 'string' && ['error', 'contentType'].includes(field)))
              continue;
            expect(check(type, { ...sample, [field]: junk }), `${type} reply with ${field}: ${String(junk)}`).toBe(false);
          }
        }
      }
      expect(check('pr:eval', { ok: true })).toBe(false);
      expect(check(Object.keys(checks)[0]!, undefined)).toBe(false);
    });
  }

  it('reads the panel replies it relies on: the model, the tab state, the conversion', () => {
    expect(isTabReply('pr:get-model', { model: { title: 1 }, stale: false, cleaned: false, view: 'original' })).toBe(false);
    expect(isTabReply('pr:get-model', { model, stale: false, cleaned: 'yes', view: 'original' })).toBe(false);
    expect(isTabState({ detection, readerLoaded: true, contentType: 'application/pdf' })).toBe(true);
    expect(isTabState({ detection, readerLoaded: true })).toBe(false);
    expect(isTabState({ detection: { isReport: true }, readerLoaded: true, contentType: 'text/html' })).toBe(false);
    expect(isTabReply('pr:convert', { ok: false, view: 'original' })).toBe(true);
    expect(isTabReply('pr:convert', { ok: false, view: 'original', error: 3 })).toBe(false);
  });
});

describe('who may send what to the background', () => {
  const runtime = { id: 'abc', getURL: (p: string) => `chrome-extension://abc${p}` };
  const panel = { id: 'abc', url: 'chrome-extension://abc/sidepanel.html' };
  const contentScript = { id: 'abc', url: 'https://www.example.gov.cn/a.html', tab: { id: 4 } };
  const otherExtension = { id: 'zzz', url: 'https://www.example.gov.cn/a.html', tab: { id: 4 } };
  const load = { type: 'pr:load-reader', tabId: 4, force: true };

  it('takes the reader request only from our pages, the converter and detection only from our content scripts', () => {
    expect(backgroundMessage(load, panel, runtime)).toEqual(load);
    expect(backgroundMessage(load, contentScript, runtime)).toBeNull();
    const converter = { type: 'pr:load-converter', to: 'traditional' };
    expect(backgroundMessage(converter, contentScript, runtime)).toEqual(converter);
    expect(backgroundMessage(converter, panel, runtime)).toBeNull();
    expect(backgroundMessage(converter, { ...panel, tab: { id: 4 } }, runtime)).toBeNull();
    expect(backgroundMessage({ type: 'pr:detected', detection }, contentScript, runtime)).not.toBeNull();
    expect(backgroundMessage({ type: 'pr:detected', detection }, otherExtension, runtime)).toBeNull();
    expect(backgroundMessage({ type: 'pr:load-reader', tabId: -1, force: true }, panel, runtime)).toBeNull();
  });
});
