// Per-site script rules and the checks on values read back from storage.
import { COPY_FORMATS, type CopyFormat } from '../view/export';
import { SCRIPT_VIEWS, type ScriptView } from './messages';

/** Always show a site (host, or host + path prefix) in one script. */
export interface SiteRule {
  pattern: string; // "www.gov.cn" or "www.cq.gov.cn/zwgk/"
  view: ScriptView;
}

export function isScriptView(x: unknown): x is ScriptView {
  return SCRIPT_VIEWS.includes(x as ScriptView);
}

export function isCopyFormat(x: unknown): x is CopyFormat {
  return COPY_FORMATS.includes(x as CopyFormat);
}

/** A host or host+path prefix, lower-cased, without scheme; '' when it is not one. */
export function normalizeSitePattern(raw: string): string {
  let s = raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '');
  s = s.replace(/[?#].*$/, '');
  if (!/^[a-z0-9.-]+(:\d+)?(\/[^\s]*)?$/.test(s) || !s.includes('.')) return '';
  return s;
}

export function isSiteRule(x: unknown): x is SiteRule {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.pattern === 'string' && r.pattern !== '' && normalizeSitePattern(r.pattern) === r.pattern && isScriptView(r.view);
}

/** Rules from an imported JSON file: the valid ones, and how many were left out. */
export function parseSiteRules(json: string): { rules: SiteRule[]; rejected: number } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { rules: [], rejected: -1 };
  }
  const list = Array.isArray(data) ? data : (data as { siteRules?: unknown })?.siteRules;
  if (!Array.isArray(list)) return { rules: [], rejected: -1 };
  // Each rule is rebuilt as exactly {pattern, view}: nothing else from the file is kept.
  const rules = list
    .map((r: unknown) =>
      typeof r === 'object' && r ? { pattern: normalizeSitePattern(String((r as SiteRule).pattern ?? '')), view: (r as SiteRule).view } : r,
    )
    .filter(isSiteRule);
  return { rules, rejected: list.length - rules.length };
}

/** The rule for a page: the longest pattern that matches its host (and path prefix). */
export function ruleFor(url: string, rules: readonly SiteRule[]): SiteRule | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  let path = u.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // keep it encoded
  }
  const where = host + path.toLowerCase();
  let best: SiteRule | null = null;
  for (const rule of rules) {
    const [ruleHost = '', ...rest] = rule.pattern.split('/');
    const prefix = rest.length ? '/' + rest.join('/') : '';
    const bareHost = ruleHost.replace(/:\d+$/, '');
    const hostMatches = host === bareHost || host.endsWith('.' + bareHost);
    if (!hostMatches || (prefix && !where.startsWith(host + prefix))) continue;
    if (!best || rule.pattern.length > best.pattern.length) best = rule;
  }
  return best;
}

// Site rules read back from storage (the setting's row: setting-table.ts).

/** A rule with a site in it (isSiteRule lets an empty pattern through). */
export const isUsableRule = (x: unknown): x is SiteRule => isSiteRule(x) && x.pattern !== '';

/** Valid rules only, each as exactly {pattern, view}, one per pattern (the last wins). */
export function checkSiteRules(x: unknown): SiteRule[] {
  if (!Array.isArray(x)) return [];
  const byPattern = new Map<string, SiteRule>();
  for (const r of x) if (isUsableRule(r)) byPattern.set(r.pattern, { pattern: r.pattern, view: r.view });
  return [...byPattern.values()];
}
