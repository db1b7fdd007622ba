// @vitest-environment node
// One table of settings: every storage item falls back to its row's default, and
// every row's check keeps a valid value, accepts the default and refuses junk.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS, type SettingName } from '../../lib/extension/setting-table';
import { READER_FONT_DEFAULT, READER_LINE_DEFAULT, checkReaderFontSize } from '../../lib/view/reader-document';

type Items = typeof import('../../lib/extension/settings');
let items: Items;

beforeAll(async () => {
  // WXT storage needs an extension's browser object: the in-memory one WXT provides for tests.
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  items = await import('../../lib/extension/settings');
});

/** The named export of each setting's item (the pages import these). */
const exportOf: Record<SettingName, keyof Items> = {
  scriptView: 'scriptViewItem',
  traditionalStandard: 'traditionalItem',
  cornerQuotes: 'cornerQuotesItem',
  siteRules: 'siteRulesItem',
  autoClean: 'autoCleanItem',
  libraryKeepAuto: 'keepAutoItem',
  extraHosts: 'extraHostsItem',
  copyFormat: 'copyFormatItem',
  panelFontSize: 'panelFontSizeItem',
  readerFontSize: 'readerFontSizeItem',
  readerLineHeight: 'readerLineHeightItem',
};

/** Values no setting takes (a number out of range is brought within it instead: see below). */
const JUNK: unknown[] = [undefined, null, 'junk', NaN, Infinity, { pattern: 'x' }, '<img src=x>', [42]];

/** One valid value other than the default, per setting: the check keeps it as it is. */
const OTHER: Record<SettingName, unknown> = {
  scriptView: 'traditional',
  traditionalStandard: 'hk',
  cornerQuotes: true,
  siteRules: [{ pattern: 'www.cq.gov.cn/zwgk/', view: 'simplified' }],
  autoClean: true,
  libraryKeepAuto: false,
  extraHosts: ['example.org'],
  copyFormat: 'md',
  panelFontSize: 16,
  readerFontSize: 24,
  readerLineHeight: 2.2,
};

describe('the settings table', () => {
  it('has a storage item per row, with the row’s key and default', async () => {
    expect(Object.keys(items.SETTING_ITEMS).sort()).toEqual(Object.keys(SETTINGS).sort());
    for (const [name, setting] of Object.entries(SETTINGS) as [SettingName, (typeof SETTINGS)[SettingName]][]) {
      const item = items.SETTING_ITEMS[name];
      expect(items[exportOf[name]], name).toBe(item);
      expect(item.key, name).toBe(setting.key);
      expect(item.fallback, name).toEqual(setting.fallback);
      // Nothing stored: the item reads back the default.
      expect(await item.getValue(), name).toEqual(setting.fallback);
    }
    expect(new Set(Object.values(SETTINGS).map((s) => s.key)).size).toBe(Object.keys(SETTINGS).length);
  });

  it('reads stored values through their checks', async () => {
    await items.traditionalItem.setValue('zz' as never);
    await items.panelFontSizeItem.setValue(40);
    await items.autoCleanItem.setValue(true);
    expect(await items.readSettings('traditionalStandard', 'panelFontSize', 'autoClean', 'siteRules')).toEqual({
      traditionalStandard: 'tw',
      panelFontSize: 22,
      autoClean: true,
      siteRules: [],
    });
  });

  it('checks accept the default and a valid value, and turn junk into the default', () => {
    for (const [name, setting] of Object.entries(SETTINGS) as [SettingName, (typeof SETTINGS)[SettingName]][]) {
      const check = setting.check as (x: unknown) => unknown;
      expect(check(setting.fallback), name).toEqual(setting.fallback);
      expect(check(OTHER[name]), name).toEqual(OTHER[name]);
      expect(OTHER[name], name).not.toEqual(setting.fallback);
      for (const junk of JUNK) expect(check(junk), `${name}: ${JSON.stringify(junk)}`).toEqual(setting.fallback);
    }
  });

  it('keeps a number within its range, as the controls step', () => {
    for (const name of ['panelFontSize', 'readerFontSize', 'readerLineHeight'] as const) {
      const { min, max, step, fallback, check } = SETTINGS[name];
      expect(check(min - 10), name).toBe(min);
      expect(check(max + 10), name).toBe(max);
      expect(fallback).toBeGreaterThanOrEqual(min);
      expect(fallback).toBeLessThanOrEqual(max);
      expect(step).toBeGreaterThan(0);
    }
    expect(SETTINGS.readerLineHeight.check(1.84)).toBe(1.8);
    expect(SETTINGS.panelFontSize.check(15.6)).toBe(16);
  });

  it('is where the reader view takes its defaults from', () => {
    expect(READER_FONT_DEFAULT).toBe(SETTINGS.readerFontSize.fallback);
    expect(READER_LINE_DEFAULT).toBe(SETTINGS.readerLineHeight.fallback);
    expect(checkReaderFontSize('x')).toBe(READER_FONT_DEFAULT);
  });
});
