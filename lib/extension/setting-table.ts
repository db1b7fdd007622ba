// Every setting of the reader, in one table: its storage key, its default, and the
// check on values read back. Storage can hold anything an older version, an import
// or another extension wrote: each check returns a valid value, the default when
// there is none. The storage items (settings.ts), the options page, the panel, the
// reader view and the background all take their defaults and checks from here.
//
// A new setting: a row here, its item in settings.ts (one line), and its control
// on the options page (components/options/Options.tsx).

import { COPY_FORMATS, type CopyFormat } from '../view/export';
import { parseExtraHosts } from './hosts';
import { SCRIPT_VIEWS, TRADITIONAL_STANDARDS, type ScriptView, type TraditionalStandard } from './messages';
import { checkSiteRules, type SiteRule } from './site-rules';

export interface Setting<T> {
  /** The storage item's key (synced across the reader's browsers). */
  key: `sync:${string}`;
  fallback: T;
  /** The value read back from storage, made valid: the fallback when it is not. */
  check(x: unknown): T;
}

export interface RangeSetting extends Setting<number> {
  min: number;
  max: number;
  /** The step of the controls that change it. */
  step: number;
}

const oneOf = <T>(key: Setting<T>['key'], values: readonly T[], fallback: T): Setting<T> => ({
  key,
  fallback,
  check: (x) => (values.includes(x as T) ? (x as T) : fallback),
});

const flag = (key: Setting<boolean>['key'], fallback: boolean): Setting<boolean> => ({
  key,
  fallback,
  check: (x) => (typeof x === 'boolean' ? x : fallback),
});

/** A number within [min, max], rounded to `decimals` places. */
const range = (
  key: Setting<number>['key'],
  { fallback, min, max, step, decimals }: { fallback: number; min: number; max: number; step: number; decimals: number },
): RangeSetting => {
  const scale = 10 ** decimals;
  return {
    key,
    fallback,
    min,
    max,
    step,
    check: (x) => (typeof x === 'number' && Number.isFinite(x) ? Math.min(max, Math.max(min, Math.round(x * scale) / scale)) : fallback),
  };
};

/** A list, repaired by `repair` (valid entries only); empty by default. */
const list = <T>(key: Setting<T[]>['key'], repair: (x: unknown) => T[]): Setting<T[]> => ({
  key,
  fallback: [],
  check: repair,
});

export const SETTINGS = {
  /** The script every page is shown in, unless a site rule says otherwise. */
  scriptView: oneOf<ScriptView>('sync:scriptView', SCRIPT_VIEWS, 'original'),
  traditionalStandard: oneOf<TraditionalStandard>('sync:traditionalStandard', TRADITIONAL_STANDARDS, 'tw'),
  cornerQuotes: flag('sync:cornerQuotes', false),
  siteRules: list<SiteRule>('sync:siteRules', checkSiteRules),
  /** Clean a report's page as soon as it is read. */
  autoClean: flag('sync:autoClean', false),
  // The library: keep each report the panel shows (on), or only on a click (off).
  libraryKeepAuto: flag('sync:libraryKeepAuto', true),
  extraHosts: list<string>('sync:extraHosts', parseExtraHosts),
  copyFormat: oneOf<CopyFormat>('sync:copyFormat', COPY_FORMATS, 'tsv'),
  panelFontSize: range('sync:panelFontSize', { fallback: 14, min: 12, max: 22, step: 1, decimals: 0 }),
  readerFontSize: range('sync:readerFontSize', { fallback: 18, min: 14, max: 28, step: 2, decimals: 0 }),
  readerLineHeight: range('sync:readerLineHeight', { fallback: 1.9, min: 1.5, max: 2.4, step: 0.1, decimals: 1 }),
} as const;

export type SettingName = keyof typeof SETTINGS;

// The checks under the names the pages use.
export const checkScriptView = SETTINGS.scriptView.check;
export const checkStandard = SETTINGS.traditionalStandard.check;
export const checkFlag = SETTINGS.cornerQuotes.check;
export const checkCopyFormat = SETTINGS.copyFormat.check;
export const checkFontSize = SETTINGS.panelFontSize.check;
export const checkExtraHosts = SETTINGS.extraHosts.check;
export { checkSiteRules };

export const FONT_SIZE_MIN = SETTINGS.panelFontSize.min;
export const FONT_SIZE_MAX = SETTINGS.panelFontSize.max;
export const FONT_SIZE_DEFAULT = SETTINGS.panelFontSize.fallback;

/** The checked value of every setting, by name. */
export type SettingValues = { [K in SettingName]: ReturnType<(typeof SETTINGS)[K]['check']> };
