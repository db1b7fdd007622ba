// The reader's settings, one versioned storage item each (WXT storage, synced),
// built from the one table of settings (setting-table.ts: key, default, check).
// Values read from storage go through the row's check: storage can hold anything
// an older version, an import or another extension wrote.

import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { SETTINGS, type Setting, type SettingName, type SettingValues } from './setting-table';

const itemOf = <T>({ key, fallback }: Setting<T>) => storage.defineItem<T>(key, { fallback, version: 1 });

export const scriptViewItem = itemOf(SETTINGS.scriptView);
export const traditionalItem = itemOf(SETTINGS.traditionalStandard);
export const cornerQuotesItem = itemOf(SETTINGS.cornerQuotes);
export const siteRulesItem = itemOf(SETTINGS.siteRules);
export const autoCleanItem = itemOf(SETTINGS.autoClean);
export const extraHostsItem = itemOf(SETTINGS.extraHosts);
export const copyFormatItem = itemOf(SETTINGS.copyFormat);
export const panelFontSizeItem = itemOf(SETTINGS.panelFontSize);
export const readerFontSizeItem = itemOf(SETTINGS.readerFontSize);
export const readerLineHeightItem = itemOf(SETTINGS.readerLineHeight);
export const keepAutoItem = itemOf(SETTINGS.libraryKeepAuto);

/** The item of every setting, by name. */
export const SETTING_ITEMS: { [K in SettingName]: WxtStorageItem<SettingValues[K], Record<string, unknown>> } = {
  scriptView: scriptViewItem,
  traditionalStandard: traditionalItem,
  cornerQuotes: cornerQuotesItem,
  siteRules: siteRulesItem,
  autoClean: autoCleanItem,
  extraHosts: extraHostsItem,
  copyFormat: copyFormatItem,
  panelFontSize: panelFontSizeItem,
  readerFontSize: readerFontSizeItem,
  readerLineHeight: readerLineHeightItem,
  libraryKeepAuto: keepAutoItem,
};

/** Some settings read from storage at once, each through its check. */
export async function readSettings<N extends SettingName>(...names: N[]): Promise<Pick<SettingValues, N>> {
  const values = await Promise.all(names.map((name) => SETTING_ITEMS[name].getValue().catch(() => undefined)));
  const read = {} as Record<SettingName, unknown>;
  names.forEach((name, i) => (read[name] = (SETTINGS[name].check as (x: unknown) => unknown)(values[i])));
  return read as Pick<SettingValues, N>;
}
