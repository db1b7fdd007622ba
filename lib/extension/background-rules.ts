// The background's decisions, as plain functions: what a tab's badge says, whether
// the reader goes into a tab, which settings apply once it is there, and what a
// keyboard command asks for. (Who may send what: BACKGROUND_SENDERS in messages.ts.)

import type { Detection } from '../core/types';
import { t } from '../view/strings';
import type { ScriptSettings, TabRequest } from './messages';
import { ruleFor, type SiteRule } from './site-rules';
import type { SettingValues } from './setting-table';

export interface Badge {
  text: string;
  /** Set for a report only (other tabs keep the default colour and title). */
  color?: string;
  title?: string;
}

export const BADGE_COLOR = '#1565c0';

export function badgeFor(detection: Detection): Badge {
  return detection.isReport ? { text: t('badgeReport'), color: BADGE_COLOR, title: t('badgeTitle') } : { text: '' };
}

/**
 * Whether the reader goes into a tab on detection: for a report always; for any
 * other page only when a site rule shows its site in another script (a rule
 * converts every page of its site, report or not).
 */
export function readerWanted(detection: Detection, url: string | undefined, rules: readonly SiteRule[]): boolean {
  if (detection.isReport) return true;
  if (!url) return false;
  const rule = ruleFor(url, rules);
  return !!rule && rule.view !== 'original';
}

export type LoadSettings = Pick<SettingValues, 'siteRules' | 'scriptView' | 'autoClean' | 'traditionalStandard' | 'cornerQuotes'>;

/**
 * Once the reader is in a tab: the requests that apply the reader's settings, in
 * order — cleaning (a report only, when asked for), then the script the site's
 * rule or the default view asks for.
 */
export function requestsOnLoad(url: string, report: boolean, settings: LoadSettings): TabRequest[] {
  const requests: TabRequest[] = [];
  if (report && settings.autoClean) requests.push({ type: 'pr:clean', on: true });
  const view = ruleFor(url, settings.siteRules)?.view ?? settings.scriptView;
  if (view !== 'original') requests.push({ type: 'pr:convert', view, ...scriptSettingsOf(settings) });
  return requests;
}

export function scriptSettingsOf(settings: Pick<SettingValues, 'traditionalStandard' | 'cornerQuotes'>): ScriptSettings {
  return { standard: settings.traditionalStandard, quotes: settings.cornerQuotes };
}

/** The keyboard commands (manifest "commands"): toggle cleaning, or toggle the script. */
export function commandRequest(command: string, script: ScriptSettings): TabRequest {
  return command === 'toggle-clean' ? { type: 'pr:toggle-clean' } : { type: 'pr:toggle-script', ...script };
}
