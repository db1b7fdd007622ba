// Attached files that are likely the report itself: a portal often publishes the
// report (or its signed, stamped version) as a PDF, Word or OFD file linked from the
// article, sometimes with nothing else on the page. A link counts when it sits in or
// near the body and its name, link text or title reads like the report.

import { hasReportCue } from './detect-title';
import { BODY_SELECTORS } from './extract';
import { fileNamesOf, kindOf, stripExtension, type AttachmentCandidate, type AttachmentKind } from './file-address';

export type { AttachmentCandidate, AttachmentKind } from './file-address';

/** Files that come with a report but are not it: forms, templates, lists, tables. */
const NOT_REPORT = /申请表|申請表|登记表|登記表|样表|樣表|模板|范本|範本|表格|清单|清單|目录|目錄|指南|须知|須知/;
/** Page regions that are not the article: navigation, headers, footers. */
const CHROME = /(^|[\s_-])(nav|menu|header|footer|foot|top|bottom|sidebar|breadcrumb|crumb|links?|share|related|list)([\s_-]|$)/i;
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);

function inChrome(el: Element, stop: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (CHROME_TAGS.has(tag)) return true;
    if (CHROME.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/** Whether `a` lies within a few levels of `body` (the attachment block right after the text). */
function near(a: Element, body: Element, levels = 3): boolean {
  let up: Element | null = body;
  for (let i = 0; i < levels && up; i++, up = up.parentElement) if (up.contains(a)) return true;
  return false;
}

const BODY_LIST = BODY_SELECTORS.join(', ');
/**
 * What a link must contain somewhere to name a file: an extension, or a percent
 * sign (an encoded name decodes to one). A portal page has hundreds of links, and
 * parsing each address is most of the time spent here.
 */
const MAY_NAME_FILE = /\.(pdf|docx?|ofd|wps)|%/i;
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Linked files (.pdf .doc .docx .wps .ofd) on the page, the likely report first.
 * `body` is the report body when one was found; `title` the page's article title.
 */
export function findAttachments(doc: Document, pageUrl: string, body: Element | null, title: string): AttachmentCandidate[] {
  const out: AttachmentCandidate[] = [];
  const seen = new Set<string>();
  const titleKey = squash(title);
  // A relative link can keep the page's own file name.
  const pageMayName = MAY_NAME_FILE.test(pageUrl);
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    const text = squash(a.textContent ?? '');
    const titleAttr = squash(a.getAttribute('title') ?? '');
    if (!pageMayName && !MAY_NAME_FILE.test(href) && !MAY_NAME_FILE.test(text) && !MAY_NAME_FILE.test(titleAttr)) continue;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol) && url.protocol !== 'file:') continue;
    const names = [...fileNamesOf(url), text, titleAttr];
    let kind: AttachmentKind | null = null;
    for (const n of names) kind ??= kindOf(n);
    if (!kind) continue;
    const key = url.href.replace(/#.*$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const name = stripExtension(text || titleAttr || fileNamesOf(url)[0]!) || fileNamesOf(url)[0]!;
    // The article's own block counts as the body when the page has no report text (a link alone).
    const inBody = (!!body && body.contains(a)) || !!a.closest(BODY_LIST);
    const close = inBody || (body ? near(a, body) : !inChrome(a, null));
    const words = `${text} ${titleAttr}`;
    const matchesTitle =
      titleKey.length >= 6 && (words.includes(titleKey) || (stripExtension(text).length >= 6 && titleKey.includes(stripExtension(text))));
    const named = !NOT_REPORT.test(words) && (matchesTitle || hasReportCue(words));
    out.push({ url: url.href, name, kind, inBody, named, likely: close && named && !inChrome(a, body) });
  }
  const rank = (c: AttachmentCandidate) => (c.likely ? 4 : 0) + (c.inBody ? 2 : 0) + (c.named ? 1 : 0);
  return out.sort((x, y) => rank(y) - rank(x));
}
