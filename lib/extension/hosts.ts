// Extra portal hosts a reader adds in the options, beyond *.gov.cn. A host is
// kept as a bare, lower-case DNS name (punycode for an internationalised one);
// the extension asks for access to it and its subdomains, one host at a time.

/** The hosts the extension reads without asking: *.gov.cn (host_permissions in the manifest). */
export const BUILT_IN_HOST = 'gov.cn';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * A typed host as a bare host name: "https://www.Example.com/x" → "www.example.com".
 * Accepts a scheme, a match pattern (*://host/*), a port, path, query, a trailing dot and a leading
 * "*." (subdomains are always included). '' for anything that is not a public
 * DNS name: IP addresses, single labels (localhost), spaces, other schemes.
 */
export function normalizeHost(raw: string): string {
  let s = raw.trim();
  if (!s || /[\s@]/.test(s)) return '';
  const scheme = /^([a-z][a-z0-9+.-]*|\*):\/\//i.exec(s);
  if (scheme) {
    if (!/^(?:https?|\*)$/i.test(scheme[1]!)) return '';
    s = s.slice(scheme[0].length);
  }
  s = s.replace(/^\*\./, '');
  let host: string;
  try {
    // The URL parser lower-cases, applies IDNA (中文 → xn--) and splits off port and path.
    host = new URL(`http://${s}`).hostname;
  } catch {
    return '';
  }
  host = host.replace(/\.$/, '');
  if (host.length > 253) return '';
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return '';
  if (!TOP_LEVEL.test(labels[labels.length - 1]!)) return ''; // Rejects IPv4 (numeric last label).
  return host;
}

/** True when `host` is `parent` or one of its subdomains. */
export function isSameOrSubdomain(host: string, parent: string): boolean {
  return host === parent || host.endsWith('.' + parent);
}

/** The extension already reads this host without an extra permission (*.gov.cn). */
export function isBuiltInHost(host: string): boolean {
  return isSameOrSubdomain(host, BUILT_IN_HOST);
}

/** What already covers a host: 'gov.cn', one of the added hosts, or null when it is new. */
export function coveringHost(host: string, added: readonly string[]): string | null {
  if (isBuiltInHost(host)) return BUILT_IN_HOST;
  return added.find((h) => isSameOrSubdomain(host, h)) ?? null;
}

/** The match patterns to request (and later remove) for a host: the host itself and its subdomains. */
export function hostOrigins(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

/** Hosts read back from storage: only normalised names, each once. */
export function parseExtraHosts(x: unknown): string[] {
  if (!Array.isArray(x)) return [];
  const hosts = x.filter((h): h is string => typeof h === 'string' && normalizeHost(h) === h && !isBuiltInHost(h));
  return [...new Set(hosts)];
}

/** The origins of the added hosts that the reader has granted. */
export async function grantedOrigins(hosts: readonly string[], contains: (origins: string[]) => Promise<boolean>): Promise<string[]> {
  const granted: string[] = [];
  for (const host of hosts) {
    const origins = hostOrigins(host);
    if (await contains(origins).catch(() => false)) granted.push(...origins);
  }
  return granted;
}
