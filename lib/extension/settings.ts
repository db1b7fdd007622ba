// The reader's settings, one versioned storage item each (WXT storage, synced).
// Values read from storage are checked: storage can hold anything an older
// version, an import or another extension wrote.

import { storage } from 'wxt/utils/storage';
import type { CopyFormat } from '../view/export';
import type { ScriptView, TraditionalStandard } from './messages';
import type { SiteRule } from './site-rules';

export const scriptViewItem = storage.defineItem<ScriptView>('sync:scriptView', { fallback: 'original', version: 1 });
export const traditionalItem = storage.defineItem<TraditionalStandard>('sync:traditionalStandard', { fallback: 'tw', version: 1 });
export const cornerQuotesItem = storage.defineItem<boolean>('sync:cornerQuotes', { fallback: false, version: 1 });
export const siteRulesItem = storage.defineItem<SiteRule[]>('sync:siteRules', { fallback: [], version: 1 });
export const autoCleanItem = storage.defineItem<boolean>('sync:autoClean', { fallback: false, version: 1 });
export const extraHostsItem = storage.defineItem<string[]>('sync:extraHosts', { fallback: [], version: 1 });
export const copyFormatItem = storage.defineItem<CopyFormat>('sync:copyFormat', { fallback: 'tsv', version: 1 });
export const panelFontSizeItem = storage.defineItem<number>('sync:panelFontSize', { fallback: 14, version: 1 });
// The reader view's type (checked by checkReaderFontSize / checkReaderLineHeight in reader-document.ts).
export const readerFontSizeItem = storage.defineItem<number>('sync:readerFontSize', { fallback: 18, version: 1 });
export const readerLineHeightItem = storage.defineItem<number>('sync:readerLineHeight', { fallback: 1.9, version: 1 });
// The library: keep each report the panel shows (on), or only on a click (off).
export const keepAutoItem = storage.defineItem<boolean>('sync:libraryKeepAuto', { fallback: true, version: 1 });
