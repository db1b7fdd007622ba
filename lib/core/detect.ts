// Cheap recognition of a report page (docs/report-model.md §1). This file is the whole
// of the always-on content script's logic: it must stay small and run in well
// under a millisecond on ordinary portal pages: it looks at the <title> and the
// first heading, and a page neither of them calls a report stops there. Otherwise
// it reads the title as a person does and one capped sample of the body text.

import { hasReportCue, readTitle, stripGlosses, type TitleReading } from './detect-title';
import { TITLE_ELEMENTS, TITLE_META } from './portal-knowledge';
import type { Detection } from './types';

export interface DetectOptions {
  /** Hosts the reader added, besides *.gov.cn (host names, lower case). */
  extraHosts?: readonly string[];
}

// Ruling: the title's head noun (lib/detect-title.ts), then a body of its own.
// A report body is a few hundred characters of prose, numbered or not.
const BODY_MIN_CHARS = 300;
const BODY_MIN_SENTENCES = 4;
const endsWithAny = (s: string, words: readonly string[]) => words.some((w) => s.endsWith(w));
// Official numbering, counted for the reasons only: 一、 after anything but a Han
// character (a line start, a sentence's end, a comma inside a paragraph, a date
// that textContent runs into it), so not the 一、 of 统一、; (一) anywhere.
const TOP_MARKER = /(?:^|[^\u3400-\u9fff])[一二三四五六七八九十]{1,3}[、．]/g;
const SUB_MARKER = /[（(][一二三四五六七八九十]{1,3}[）)]/g;
const ATTACHMENT = 'a[href$=".pdf" i], a[href$=".doc" i], a[href$=".docx" i], a[href$=".wps" i], a[href$=".ofd" i]';
/** The words of TITLE_SUFFIX's site names (detect-quick.ts looks for them without the pattern). */
export const TITLE_SUFFIX_WORDS = ['政府', '网', '網', '门户', '門戶', '平台', '中心', '局', '委员会', '委員會', '办公室', '辦公室'];
const TITLE_SUFFIX = /\s*[-_|—–]\s*[^-_|—–]*(政府|网|網|门户|門戶|平台|中心|局|委员会|委員會|办公室|辦公室)[^-_|—–]*$/;

// How portals' own names end (a header logo is not an article title).
export const SITE_NAME_END = ['政府', '门户网站', '門戶網站', '网站', '網站', '门户', '門戶', '平台', '政务网', '政務網'];

const TITLE_SELECTORS = TITLE_ELEMENTS.map((e) => e.selector).join(', ');

function hostAllowed(url: string, extraHosts: readonly string[]): boolean {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'gov.cn' || host.endsWith('.gov.cn')) return true;
  return extraHosts.some((h) => host === h || host.endsWith('.' + h));
}

/** Longest title read: anything longer is not a title (and is not handed to the title patterns). */
export const TITLE_MAX = 300;

/** The article title a reader sees: a title element, the ArticleTitle meta, or `<title>` without its site suffix. */
export function pageTitle(doc: Document): string {
  const meta = doc.querySelector(`meta[name="${TITLE_META.name}" i]`)?.getAttribute('content')?.trim();
  if (meta && meta.length <= TITLE_MAX) return stripGlosses(meta);
  const docTitle = squash(stripGlosses(documentTitle(doc)));
  // Title elements in page order: the header's logo <h1> can come before the article's.
  // The one the <title> repeats is the article's; failing that, the first that is not a site name.
  const candidates: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(TITLE_SELECTORS)).slice(0, 8)) {
    const text = squash(stripGlosses(textWithoutRuby(el)));
    if (text.length >= 4 && text.length <= 120) candidates.push(text);
  }
  const articles = candidates.filter((c) => !endsWithAny(c, SITE_NAME_END));
  return articles.find((c) => docTitle.includes(c)) ?? articles[0] ?? stripTitleSuffix(docTitle);
}

export function stripTitleSuffix(title: string): string {
  let t = title;
  for (let i = 0; i < 3 && TITLE_SUFFIX.test(t); i++) t = t.replace(TITLE_SUFFIX, '');
  // Portals wrap the title in their names: 站名_栏目_标题, 站名 栏目 标题, 标题 - 站名.
  // A column can be named like a report (法治政府建设年度报告): the part that reads
  // best as a report title, with a year, is the article's.
  const parts = t.split(/\s+[-|—–]\s+|[_|]|\s+/).filter(Boolean);
  let best = '';
  let bestRank = 0;
  for (const part of parts) {
    if (!hasReportCue(part)) continue;
    const r = readTitle(part);
    const rank = (r.kind === 'report' ? 4 : 1) + (r.hasYear ? 2 : 0);
    if (rank > bestRank || (rank === bestRank && part.length > best.length)) [best, bestRank] = [part, rank];
  }
  return (best || t).trim();
}

/** The <title> text, capped (a parsed file may have no document element; a browser always has one). */
export function documentTitle(doc: Document): string {
  return squash((doc.documentElement ? (doc.title ?? '') : '').slice(0, TITLE_MAX * 4)).slice(0, TITLE_MAX);
}

/** An element's text without its ruby annotations (<rt>, <rp>): 「報<rt>bào</rt>告」 reads 報告. */
function textWithoutRuby(el: Element): string {
  if (!el.getElementsByTagName('rt').length && !el.getElementsByTagName('rp').length) return el.textContent ?? '';
  const copy = el.cloneNode(true) as Element;
  for (const gloss of Array.from(copy.querySelectorAll('rt, rp'))) gloss.remove();
  return copy.textContent ?? '';
}

/**
 * The first look, before anything else is read: the <title>, then the first <h1>,
 * then (only when <title> is a bare site name) the page's title elements. Whether
 * any of them mentions a report at all.
 */
function mentionsReport(doc: Document): boolean {
  const docTitle = stripGlosses(documentTitle(doc));
  if (hasReportCue(docTitle)) return true;
  const h1 = doc.getElementsByTagName('h1')[0];
  if (h1 && hasReportCue(stripGlosses(textWithoutRuby(h1)).slice(0, TITLE_MAX))) return true;
  // 「新闻标题_某某网站」 has a title of its own; a <title> that is only the site's name has not.
  if (docTitle && !endsWithAny(stripTitleSuffix(docTitle), SITE_NAME_END)) return false;
  return hasReportCue(pageTitle(doc));
}

export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u2002\u2003]+/g, ' ').trim();
}

function bodySample(doc: Document): { text: string; linkText: number } {
  const body = doc.documentElement ? doc.body : null;
  if (!body) return { text: '', linkText: 0 };
  const text = (body.textContent ?? '').slice(0, 60_000);
  let linkText = 0;
  const links = body.getElementsByTagName('a');
  const n = Math.min(links.length, 400);
  for (let i = 0; i < n; i++) linkText += (links[i]!.textContent ?? '').trim().length;
  return { text, linkText };
}

const NON_CONTENT = new Set(['script', 'style', 'noscript', 'link', 'meta', 'br', 'template']);
const NAV_FRAME = /top|head|left|menu|nav|foot|bottom|banner|logo/i;

/** The address to show for a page's frames: the one that looks like the content. */
function frameAddress(frames: readonly Element[]): string {
  const main = frames.find((f) => !NAV_FRAME.test(`${f.getAttribute('name') ?? ''} ${f.id} ${f.getAttribute('src') ?? ''}`)) ?? frames[0];
  const src = (main?.getAttribute('src') ?? '').trim();
  return src && !/^(about:|javascript:)/i.test(src) ? ` (${src.length > 100 ? src.slice(0, 100) + '…' : src})` : '';
}

/**
 * A page that has nothing of its own to read: no document, an empty body, a
 * frameset, or a body that is only frames. Looks at the top-level elements
 * only, so it costs next to nothing. Returns the reason, or ''.
 */
function nothingToRead(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return 'the page is empty: it has no text';
  // Sibling walks, not arrays of children: this runs first on every portal page.
  let hasBody = false;
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.localName.toLowerCase();
    if (tag === 'frameset') {
      const frames = Array.from(el.getElementsByTagName('frame'));
      return `the page is a frameset: open the frame${frameAddress(frames)} to read it`;
    }
    if (tag === 'body') hasBody = true;
  }
  if (!hasBody) {
    // No <body> of its own (a browser always has one; a parsed file may not).
    if (!(root.textContent ?? '').trim()) return 'the page is empty: it has no text';
    return '';
  }
  const body = doc.body;
  if (!body) return 'the page is empty: it has no text';
  const frames: Element[] = [];
  for (let n = body.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if ((n.textContent ?? '').trim()) return '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = (n as Element).localName.toLowerCase();
    if (NON_CONTENT.has(tag)) continue;
    if (tag !== 'iframe') return ''; // Something of its own to read.
    frames.push(n as Element);
  }
  if (!frames.length) return 'the page is empty: it has no text';
  return `the page shows its content in a frame: open the frame${frameAddress(frames)} to read it`;
}

function countMatches(re: RegExp, text: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text)) n++;
  return n;
}

function titleReasons(t: TitleReading): string[] {
  const quoted = t.text.length > 24 ? '…' + t.text.slice(-20) : t.text;
  switch (t.kind) {
    case 'report':
      return [
        `the title's head noun is 「${t.head}」: 「${quoted}」 reads as a report`,
        ...(t.hasYear ? ['the title has a year'] : []),
        ...(t.names ? [`the title names ${t.names}`] : []),
      ];
    case 'other':
      return [`the title's head noun is 「${t.head}」: 「${quoted}」 is another kind of page, not a report`];
    case 'news':
      return [`the title reads as news, an interpretation, a procurement or a search (「${t.head}」)`];
    default:
      return t.head
        ? [`the title ends in 「${t.head}」 but has no year and names no government report`]
        : [`the title does not end in a report noun (报告, 工作总结, 年报): 「${quoted}」`];
  }
}

export function detect(doc: Document, url: string, options: DetectOptions = {}): Detection {
  const reasons: string[] = [];
  const host = hostAllowed(url, options.extraHosts ?? []) ? 1 : 0;
  reasons.push(host ? 'government portal host' : 'not a government portal host');

  // Nothing of its own to read (empty, a frameset): say so, whatever the title says.
  // Looks at the top-level elements only.
  const nothing = nothingToRead(doc);
  if (nothing) {
    reasons.push(nothing);
    return { isReport: false, score: host - 3, reasons };
  }
  // Most portal pages stop here: neither <title> nor the first heading mentions a report.
  if (!mentionsReport(doc)) {
    reasons.push(documentTitle(doc) ? 'the title does not mention a report' : 'no article title');
    reasons.push('the body was not examined');
    return { isReport: false, score: host, reasons };
  }

  // A <title> that reads as a notice or news decides without looking for title elements.
  const titleTag = readTitle(stripTitleSuffix(stripGlosses(documentTitle(doc))));
  const title = titleTag.kind === 'other' || titleTag.kind === 'news' ? titleTag : readTitle(pageTitle(doc));
  if (!title.text) reasons.push('no article title');
  else reasons.push(...titleReasons(title));
  if (title.kind !== 'report') {
    reasons.push('the title does not read as a report, so the body was not examined');
    return { isReport: false, score: host + (title.kind === 'none' ? 0 : -4), reasons };
  }

  const { text, linkText } = bodySample(doc);
  const bodyChars = text.replace(/\s+/g, '').length;
  const ownChars = Math.max(0, bodyChars - linkText);
  const sentences = countMatches(/[。！？；]/g, text, 1000);
  let score = host + 4;
  if (ownChars >= BODY_MIN_CHARS && sentences >= BODY_MIN_SENTENCES) {
    score += 2;
    const top = countMatches(TOP_MARKER, text, 99);
    const sub = countMatches(SUB_MARKER, text, 99);
    // Only what was found is said: numbering the count misses is not denied.
    const numbering = top + sub > 0 ? `, with official numbering (${top} 一、 and ${sub} (一) markers)` : '';
    reasons.push(
      `the page has ${ownChars} characters of text besides links, with ${sentences}${sentences === 1000 ? '+' : ''} sentence ends (。！？；)${numbering}`,
    );
  } else {
    // A report needs a body: a title alone makes a list page or an attachment link.
    score -= 3;
    reasons.push(
      bodyChars === 0
        ? 'the page has no text'
        : `too little text of its own for a report: ${ownChars} characters besides links, with ${sentences} sentence ends (。！？；)`,
    );
    const frames = ownChars < BODY_MIN_CHARS && doc.body ? Array.from(doc.body.getElementsByTagName('iframe')) : [];
    if (frames.length) reasons.push(`the page may show its content in a frame: open the frame${frameAddress(frames)} to read it`);
    if (doc.querySelector(ATTACHMENT)) reasons.push('the report may be an attached file: open the attachment to read it');
  }
  if (bodyChars > 0 && linkText / bodyChars > 0.5) {
    score -= 4;
    reasons.push('mostly links: a list or search page');
  }
  return { isReport: score >= 5, score, reasons };
}
