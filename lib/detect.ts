// Cheap recognition of a report page (docs/report-model.md §1). This file is the whole
// of the always-on content script's logic: it must stay small and run in well
// under a millisecond on ordinary portal pages, so it reads only the title, a
// few meta tags and one capped sample of the body text.

import type { Detection } from './types';

export interface DetectOptions {
  /** Hosts the reader added, besides *.gov.cn (host names, lower case). */
  extraHosts?: readonly string[];
}

const REPORT_THRESHOLD = 5;
// Word lists rather than regular expressions: this runs cold on every portal page,
// and compiling large alternations costs more than the matching.
const REPORT_END = ['报告', '報告', '工作总结', '工作總結', '年报', '年報'];
const REPORT_WORD = ['报告', '報告', '工作总结', '工作總結'];
const RULE_OF_LAW = ['法治政府建设', '法治政府建設', '依法行政', '法治建设', '法治建設'];
// Page kinds that mention reports without being one.
const NOT_REPORT_END = [
  '通知',
  '公告',
  '公示',
  '解读',
  '解讀',
  '图解',
  '圖解',
  '意见',
  '意見',
  '办法',
  '辦法',
  '方案',
  '决定',
  '決定',
  '批复',
  '批覆',
  '函',
  '规划',
  '規劃',
  '要点',
  '要點',
  '新闻',
  '新聞',
  '采购',
  '採購',
  '招标',
  '招標',
  '中标',
  '中標',
  '搜索',
  '检索',
  '檢索',
  '列表',
];
const NOT_REPORT_ANY = [
  '解读',
  '解讀',
  '图解',
  '圖解',
  '采购',
  '採購',
  '招标',
  '招標',
  '中标',
  '中標',
  '成交',
  '搜索结果',
  '搜索結果',
  '召开',
  '召開',
  '审议',
  '審議',
  '听取',
  '聽取',
  '部署',
  '培训班',
  '培訓班',
];
const endsWithAny = (s: string, words: readonly string[]) => words.some((w) => s.endsWith(w));
const includesAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));
const YEAR = /(19|20)\d\d|[二〇○零一二三四五六七八九]{4}年/;

/** A year in a title (2023, 二〇二三年), without compiling a pattern on pages that have none. */
function hasYear(title: string): boolean {
  for (let i = 0; i + 3 < title.length; i++) {
    const c = title.charCodeAt(i);
    if ((c === 0x31 || c === 0x32) && /^(19|20)\d\d/.test(title.slice(i, i + 4))) return true;
  }
  return title.includes('年') && YEAR.test(title);
}
// The marker's line start is the last newline before it: [^\S\n]* (whitespace but a
// newline) keeps a run of blank lines from being rescanned from each newline in it.
const TOP_MARKER = /(?:^|\n|。)[^\S\n]*[一二三四五六七八九十]{1,3}[、．.]/g;
const SUB_MARKER = /[（(][一二三四五六七八九十]{1,3}[）)]/g;
const ATTACHMENT = 'a[href$=".pdf" i], a[href$=".doc" i], a[href$=".docx" i], a[href$=".wps" i], a[href$=".ofd" i]';
const TITLE_SUFFIX = /\s*[-_|—–]\s*[^-_|—–]*(政府|网|網|门户|門戶|平台|中心|局|委员会|委員會|办公室|辦公室)[^-_|—–]*$/;

// How portals' own names end (a header logo is not an article title).
const SITE_NAME_END = ['政府', '门户网站', '門戶網站', '网站', '網站', '门户', '門戶', '平台', '政务网', '政務網'];

const TITLE_SELECTORS =
  'h1#ti, .Article_bt, ucaptitle, .article-title, .article_title, .xxgk_title, .detail-title, .news_title, .title h1, h1';

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
const TITLE_MAX = 300;

/** The article title a reader sees: a title element, the ArticleTitle meta, or `<title>` without its site suffix. */
export function pageTitle(doc: Document): string {
  const meta = doc.querySelector('meta[name="ArticleTitle" i]')?.getAttribute('content')?.trim();
  if (meta && meta.length <= TITLE_MAX) return meta;
  // A parsed file may have no document element (a browser always has one).
  const docTitle = squash((doc.documentElement ? (doc.title ?? '') : '').slice(0, TITLE_MAX * 4)).slice(0, TITLE_MAX);
  // Title elements in page order: the header's logo <h1> can come before the article's.
  // The one the <title> repeats is the article's; failing that, the first that is not a site name.
  const candidates: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(TITLE_SELECTORS)).slice(0, 8)) {
    const text = squash(el.textContent ?? '');
    if (text.length >= 4 && text.length <= 120) candidates.push(text);
  }
  const articles = candidates.filter((c) => !endsWithAny(c, SITE_NAME_END));
  return articles.find((c) => docTitle.includes(c)) ?? articles[0] ?? stripTitleSuffix(docTitle);
}

export function stripTitleSuffix(title: string): string {
  let t = title;
  for (let i = 0; i < 3 && TITLE_SUFFIX.test(t); i++) t = t.replace(TITLE_SUFFIX, '');
  // Hanweb titles run 站名 栏目 标题: keep the part that reads like a title.
  const parts = t.split(/\s+|_/).filter(Boolean);
  const reportPart = parts.find((p) => includesAny(p, REPORT_WORD));
  return (reportPart ?? t).trim();
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

export function detect(doc: Document, url: string, options: DetectOptions = {}): Detection {
  const reasons: string[] = [];
  let score = 0;
  if (hostAllowed(url, options.extraHosts ?? [])) {
    score += 1;
    reasons.push('government portal host');
  } else {
    reasons.push('not a government portal host');
  }

  // Nothing of its own to read (empty, a frameset): say so, whatever the title says.
  // A page whose title is not a report's is not looked at further (most portal pages).
  const nothing = nothingToRead(doc);
  if (nothing) {
    reasons.push(nothing);
    return { isReport: false, score: score - 3, reasons };
  }

  const raw = pageTitle(doc);
  const title = raw.endsWith(')') || raw.endsWith('）') ? raw.replace(/[（(]\s*(全文|摘要|正文)\s*[)）]$/, '') : raw;
  if (!title) reasons.push('no article title');
  if (endsWithAny(title, REPORT_END)) {
    score += 3;
    reasons.push(`title ends as a report: 「${title.slice(-8)}」`);
  } else if (includesAny(title, REPORT_WORD) && !endsWithAny(title, NOT_REPORT_END)) {
    score += 1;
    reasons.push('title mentions a report');
  }
  if (includesAny(title, RULE_OF_LAW)) {
    score += 2;
    reasons.push('title names rule-of-law government work');
  }
  if (hasYear(title)) {
    score += 1;
    reasons.push('title has a year');
  }
  if (endsWithAny(title, NOT_REPORT_END)) {
    score -= 6;
    reasons.push(`title is another kind of page: 「${title.slice(-6)}」`);
  } else if (includesAny(title, NOT_REPORT_ANY)) {
    score -= 4;
    reasons.push('title reads as news, an interpretation or a procurement');
  }

  // The body adds at most 2: a title that cannot reach the threshold decides
  // "not a report" without reading the body (most portal pages stop here).
  if (score + 2 < REPORT_THRESHOLD) {
    reasons.push('the title does not read as a report, so the body was not examined');
    return { isReport: false, score, reasons };
  }

  const { text, linkText } = bodySample(doc);
  const bodyChars = text.replace(/\s+/g, '').length;
  const top = countMatches(TOP_MARKER, text, 20);
  const sub = countMatches(SUB_MARKER, text, 20);
  if (bodyChars >= 1500 && top + sub >= 3) {
    score += 2;
    reasons.push(`long body with official numbering (${top} 一、 and ${sub} (一) headings)`);
  } else if (bodyChars >= 600 && top + sub >= 2) {
    score += 1;
    reasons.push(`short body with official numbering (${top} 一、 and ${sub} (一) headings)`);
  } else {
    // A report needs a body: a title alone makes a list page or an attachment link.
    score -= 3;
    reasons.push(
      bodyChars === 0 ? 'the page has no text' : bodyChars < 600 ? 'little text on the page' : 'no official numbering in the body',
    );
    const frames = bodyChars < 600 && doc.body ? Array.from(doc.body.getElementsByTagName('iframe')) : [];
    if (frames.length) reasons.push(`the page may show its content in a frame: open the frame${frameAddress(frames)} to read it`);
    if (doc.querySelector(ATTACHMENT)) reasons.push('the report may be an attached file: open the attachment to read it');
  }
  if (bodyChars > 0 && linkText / bodyChars > 0.5) {
    score -= 4;
    reasons.push('mostly links: a list or search page');
  }

  const isReport = score >= REPORT_THRESHOLD;
  return { isReport, score, reasons };
}
