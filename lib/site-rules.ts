// Per-site script rules and the checks on values read back from storage.
import { COPY_FORMATS, type CopyFormat } from './export';
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
  let s = raw.trim().toLowerCase().replace(/^[a-z]+:\/\//, '');
  s = s.replace(/[?#].*$/, '');
  if (!/^[a-z0-9.-]+(:\d+)?(\/[^\s]*)?$/.test(s) || !s.includes('.')) return '';
  return s;
}

export function isSiteRule(x: unknown): x is SiteRule {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.pattern === 'string' && normalizeSitePattern(r.pattern) === r.pattern && isScriptView(r.view);
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
  const rules = list
    .map((r) => (typeof r === 'object' && r ? { ...r, pattern: normalizeSitePattern(String((r as SiteRule).pattern ?? '')) } : r))
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
  const host = u.host.toLowerCase();
  const where = host + u.pathname;
  let best: SiteRule | null = null;
  for (const rule of rules) {
    const [ruleHost = '', ...rest] = rule.pattern.split('/');
    const path = rest.length ? '/' + rest.join('/') : '';
    const hostMatches = host === ruleHost || host.endsWith('.' + ruleHost);
    if (!hostMatches || (path && !where.startsWith(host + path))) continue;
    if (!best || rule.pattern.length > best.pattern.length) best = rule;
  }
  return best;
}
