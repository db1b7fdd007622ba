// What a web address says about a report file: the file it names (its last path segment, or a
// download parameter), and the kind a download's Content-Type declares. Light on purpose: the
// panel asks it about the tab's own address without loading the page-reading code.

export type AttachmentKind = 'pdf' | 'docx' | 'ofd' | 'doc' | 'wps';

export interface AttachmentCandidate {
  url: string;
  /** The name a reader sees: the link text, its title, or the file name. */
  name: string;
  kind: AttachmentKind;
  /** Inside the report body (or the article's own block when the page has no body text). */
  inBody: boolean;
  /** Named like the report: the page's title, or a report's words (报告, 总结…). */
  named: boolean;
  /** In or near the body and named like the report: offered to the reader. */
  likely: boolean;
}

const KIND = /\.(pdf|docx?|ofd|wps)$/i;

export function kindOf(text: string): AttachmentKind | null {
  const m = KIND.exec(text.trim());
  return m ? (m[1]!.toLowerCase() as AttachmentKind) : null;
}

/** The file name in an address: its last path segment, or a query value that names a file. */
export function fileNamesOf(url: URL): string[] {
  const names = [decodeURIComponentSafe(url.pathname.split('/').pop() ?? '')];
  // forEach, not values(): in a Firefox content script the iterator is not iterable.
  url.searchParams.forEach((value) => names.push(value));
  return names;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const stripExtension = (s: string) => s.replace(KIND, '');

/**
 * A tab that shows a file itself (a portal's PDF opened in the browser's viewer, where no
 * content script runs): the file its address names, or null for an address that names none.
 */
export function fileAtAddress(address: string): AttachmentCandidate | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (!/^(https?|file):$/.test(url.protocol)) return null;
  const names = fileNamesOf(url);
  const named = names.find((n) => kindOf(n) !== null);
  if (!named) return null;
  const name = stripExtension(named.split('/').pop() ?? named) || named;
  return { url: url.href.replace(/#.*$/, ''), name, kind: kindOf(named)!, inBody: true, named: true, likely: true };
}

const CONTENT_TYPES: [RegExp, AttachmentKind][] = [
  [/^application\/pdf\b/i, 'pdf'],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\b/i, 'docx'],
  [/^application\/(x-)?ofd\b/i, 'ofd'],
  [/^application\/msword\b/i, 'doc'],
  [/^application\/(vnd\.ms-works|wps-office\.wps|kswps)\b/i, 'wps'],
];

/** The kind of report file a response's Content-Type declares (a download address with no file name). */
export function fileKindOfContentType(contentType: string): AttachmentKind | null {
  return CONTENT_TYPES.find(([pattern]) => pattern.test(contentType.trim()))?.[1] ?? null;
}
