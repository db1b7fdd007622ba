// The always-on script's first look (docs/report-model.md §1), before detect():
// whether a page is plainly not a report, from the <title> and the first <h1>
// alone, with no regular expression (the first run of a pattern compiles it,
// which costs more on a cold page than the whole look). It answers true only
// where detect() itself stops at its first look (neither names a report) and
// so says "not a report"; anything it cannot tell this cheaply (a <title> with
// Latin letters or brackets, which may hold pinyin glosses; a bare site name;
// a very long title) is left to detect().

import { readTitle, REPORT_CUES, stripGlosses } from './detect-title';
import { documentTitle, SITE_NAME_END, stripTitleSuffix, TITLE_MAX, TITLE_SUFFIX_WORDS } from './detect';

/** What JavaScript's \s matches. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Characters a pinyin gloss or its brackets can be made of (and then some):
 * Latin letters with or without tones, digits, brackets, spaces.
 */
function mayBeGloss(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f) ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0xff08 ||
    c === 0xff09 ||
    isSpace(c)
  );
}

const includesAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

/**
 * Whether text may mention a report once glosses are taken out: the cue words
 * looked for with every character a gloss can be made of left out (a superset
 * of what stripGlosses removes, so no cue is missed). Text with markup ('<':
 * ruby tags in a <title>) may hide anything: it counts as mentioning.
 */
function mayMentionReport(text: string): boolean {
  if (text.includes('<')) return true;
  if (includesAny(text, REPORT_CUES)) return true;
  let loose = '';
  let dropped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (mayBeGloss(c)) dropped = true;
    else loose += text[i];
  }
  return dropped && includesAny(loose, REPORT_CUES);
}

/** squash() without a pattern: runs of spaces made one ' ', the ends trimmed. */
function squashSpaces(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) space = out.length > 0;
    else {
      if (space) out += ' ';
      space = false;
      out += text[i];
    }
  }
  return out;
}

const SEPARATORS = '-_|—–';

/** stripTitleSuffix() for a title with one kind of space (' ') that mentions no report: the site's name after the last separator taken off, at most three times. */
export function stripSiteSuffix(title: string): string {
  let t = title;
  for (let round = 0; round < 3; round++) {
    let last = -1;
    for (let i = t.length - 1; i >= 0 && last < 0; i--) if (SEPARATORS.includes(t[i]!)) last = i;
    if (last < 0 || !includesAny(t.slice(last + 1), TITLE_SUFFIX_WORDS)) break;
    while (last > 0 && isSpace(t.charCodeAt(last - 1))) last--;
    t = t.slice(0, last);
  }
  let start = 0;
  let end = t.length;
  while (start < end && isSpace(t.charCodeAt(start))) start++;
  while (end > start && isSpace(t.charCodeAt(end - 1))) end--;
  return t.slice(start, end);
}

/** Whether text has a Latin letter or a bracket: stripGlosses() might change it. */
function mayHaveGlosses(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || c === 0x28 || c === 0xff08 || c === 0xff28) return true;
  }
  return false;
}

/**
 * True when the page is plainly not a report: its <title> and first <h1> do not
 * mention one, and the <title> is the page's own (not a bare site name). detect()
 * then says "not a report" too, without looking further; false means: ask detect().
 */
export function plainlyNotReport(doc: Document): boolean {
  if (!doc.documentElement) return false;
  const raw = doc.title ?? '';
  if (!raw || raw.length > TITLE_MAX || mayMentionReport(raw)) return false;
  const h1 = doc.getElementsByTagName('h1')[0];
  if (h1) {
    // Ruby glosses are left out of the heading's text by detect(): with them, ask it.
    if (h1.firstElementChild && (h1.getElementsByTagName('rt').length || h1.getElementsByTagName('rp').length)) return false;
    const text = h1.textContent ?? '';
    if (text.length > TITLE_MAX * 4 || mayMentionReport(text)) return false;
  }
  // detect() next asks whether the <title> is only the site's name; with possible glosses it reads them first.
  const title = squashSpaces(raw);
  if (!title || mayHaveGlosses(title)) return false;
  const own = stripSiteSuffix(title);
  return !SITE_NAME_END.some((w) => own.endsWith(w));
}

/**
 * The always-on decision: true when the page is certainly not a report, from its
 * <title> and first <h1> alone: plainly so, or because the <title> reads as a
 * notice, news or another kind of page (detect() decides the same from it,
 * before it looks at the page's elements). false means: ask detect().
 */
export function notReportAtFirstLook(doc: Document): boolean {
  if (plainlyNotReport(doc)) return true;
  const kind = readTitle(stripTitleSuffix(stripGlosses(documentTitle(doc)))).kind;
  return kind === 'other' || kind === 'news';
}
