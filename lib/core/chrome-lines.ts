// Portal chrome inside the report body, line by line (docs/report-model.md §2).
// Portals and scrapers leave their toolbars, label lines, breadcrumbs and photo
// credits inside the body container, one item per line. A line is judged by its
// shape — short, standalone, label-like, a known token sequence — never by a word
// alone: 「…下载量增长…」 or 「来源于…」 inside a sentence is report text.

import { isBoilerplateText } from './boilerplate';
import { COLUMN_NAMES, DATE_LINE_LABELS, FONT_SIZE_WORDS, TOOLBAR_WORDS, alternation } from './portal-knowledge';

/** Longest line these rules look at; report paragraphs are longer. */
const LINE_MAX = 120;

/** Toolbar words that make a line chrome by themselves (print, share, font size…). */
const TOOL = alternation(TOOLBAR_WORDS);
/** Font-size bar pieces: chrome only beside the bar's label. */
const FONT = FONT_SIZE_WORDS.pattern.source;
const SEP = '[\\s【】\\[\\]()（）|｜/\\\\·•:：,，、>›»\\-—]';
const TOOL_LINE = new RegExp(`^(?:${SEP}*(?:${TOOL}|${FONT}))+${SEP}*$`);
const TOOL_WORD = new RegExp(TOOL);
const FONT_WORDS = new RegExp(`(?:${FONT})`, 'g');
/** A line of brackets or separators only (the 】 closing a bar split over lines). */
const SEP_LINE = new RegExp(`^${SEP}+$`);

/** Labels of a portal's article information line. */
const LABEL = alternation(DATE_LINE_LABELS);
const LABEL_AT = new RegExp(`(${LABEL})\\s*[:：]`, 'g');
const LABEL_START = new RegExp(`^[（(【\\[]?\\s*(?:${LABEL})\\s*[:：]`);
/** A label's value: a name, a newspaper, a date or a count — not a clause. */
const VALUE_MAX = 24;
/** A keyword list (关键词：…) runs longer. */
const KEYWORDS_MAX = 60;
const CLAUSE = /[。；;！!？?]/;
const DATE_LABEL = /[时時]\s*[间間]|日\s*期/;
const DATE_VALUE = /^[\d\s年月日时時分秒:：/.-]+$/;

/** A date stamp line: 2026-01-31 07:00:44, 2026年02月10日 07时41分, [2026-02-01]. */
const STAMP =
  /^[•·▪]?\s*[[【(（]?\s*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}\s*[时時:：]\s*\d{1,2}\s*分?(?:\s*\d{1,2}\s*秒)?)\s*[\]】)）]?$/;

/** A date-time stamp followed by the portal's source and counters: 2017-03-19 19:57:21 某某网 评论(0). */
const STAMP_LEAD = /^[•·▪]?\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+[^。，,；;！？!?]{1,30}$/;

/** A credit in brackets on its own line: （记者 某某）（通讯员 某某）. */
const CREDIT_PAREN = /^[（(][^（()）。]{0,16}(?:[记記]者|通[讯訊]员|通[訊讯]員|供稿)[^（()）。]{0,16}[)）]$/;

/** A related-articles label: the list after it is not the report. */
const RELATED =
  /^[【\[]?\s*(?:相[关關](?:[报報]道|[链鏈]接|文章|[阅閱][读讀]|新[闻聞]|稿件|附件|[专專][题題]|[资資][讯訊]|推荐|推薦)|延伸[阅閱][读讀]|推荐[阅閱][读讀]|推薦[閱阅][讀读]|往期回[顾顧])\s*[】\]]?\s*[:：>》»›]*\s*$/;
/** The previous/next article links. */
const NEIGHBOUR = /^[【\[]?\s*(?:上一篇|下一篇|上一[条條]|下一[条條])\s*[】\]]?\s*[:：]/;

/** Breadcrumb starts and portal column names that stand alone. */
/** A breadcrumb on one line: 首页 > 政务公开 > 法治政府建设. */
const CRUMB_LINE =
  /^(?:(?:您|你)?(?:当前|當前|所在)?的?位置\s*[:：]\s*)?(?:网站|網站)?首[页頁](?:\s*[>›»＞/]\s*[^>›»＞/。；，！？]{1,20}){1,6}\s*[>›»＞]?$/;
const CRUMB = /^(?:(?:您|你)?(?:当前|當前|所在)?的?位置\s*[:：]?|网站首页|網站首頁|首[页頁])\s*[:：>›»]?$/;
const COLUMN = new RegExp(`^(?:${COLUMN_NAMES.pattern.source})$`);

/** Photo captions and credits. */
const CREDIT_TAIL = new RegExp(
  [
    '(?:本[报報]|日[报報]|晚[报報]|新[华華]社|全媒[体體]|融媒[体體]|通[讯訊]社|[电電][视視]台)[^。！？!?]{0,10}[记記]者[^。！？!?]{0,12}$',
    '[记記]者\\s*[\\u4e00-\\u9fff·]{1,4}(?:\\s+[\\u4e00-\\u9fff]{1,3})?\\s*[摄攝]影?\\s*[)）]?$',
    '[\\u4e00-\\u9fff]\\s+[摄攝]\\s*[)）]?$',
    '(?:摄影|攝影|供[图圖])\\s*[:：]',
    '[图圖]\\s*[/／]\\s*[\\u4e00-\\u9fff]',
    '[图圖]片[来來]源',
  ].join('|'),
);
const CAPTION_HEAD = /^(?:[图圖][为為]|[图圖]\s*[:：]|[上下左右]?[图圖][为為]?[:：]|▲|△)/;
/** 「XX作政府工作报告。」: a caption saying who delivers the report. */
const DELIVERY = /(?:作政府工作[报報]告|作工作[报報]告|(?<!工)作[报報]告)[。.]?$/;

/** Links into a special-topic page. */
const TOPIC =
  /^[【\[]\s*[专專][题題]\s*[】\]]|^[专專][题題]\s*[:：>›»|｜]|(?:[进進]入|点击进入|點擊進入|更多)[专專][题題]|[专專][题題]\s*[>›»]+$/;

/** A newspaper's jump mark: （下转第四版）（紧接第一版）. */
const JUMP = /^[（(]\s*(?:下[转轉]|上接|[紧緊]接|接)第?[一二三四五六七八九十\d]+版\s*[)）]$/;

/** An opaque id a scraper caught (a hash before a link list). */
const ID_LINE = /^[0-9a-f]{16,}[:：]?$/i;

/** Official numbering at the start: a heading, never chrome. */
const MARKER = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、．.])/;

function visibleLength(text: string): number {
  return text.replace(/[\s\u00a0\u3000\u200b]+/g, '').length;
}

/** Every label on the line has a short value; '' when some label has none. */
function labelLine(text: string): 'chrome' | 'label' | null {
  if (!LABEL_START.test(text)) return null;
  const starts: { at: number; end: number }[] = [];
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(text); m; m = LABEL_AT.exec(text)) starts.push({ at: m.index, end: m.index + m[0].length });
  let empty = false;
  for (let i = 0; i < starts.length; i++) {
    const value = text
      .slice(starts[i]!.end, starts[i + 1]?.at ?? text.length)
      .replace(/[\s）)】\]|｜]+$/g, '')
      .trim();
    const keywords = /[关關][键鍵]/.test(text.slice(starts[i]!.at, starts[i]!.end));
    if (CLAUSE.test(value) || visibleLength(value) > (keywords ? KEYWORDS_MAX : VALUE_MAX)) return null;
    // A time label carries the page's own stamp; 时间：…（北京时间） is an event's time, text.
    if (value && DATE_LABEL.test(text.slice(starts[i]!.at, starts[i]!.end)) && !DATE_VALUE.test(value)) return null;
    if (!value) empty = true;
  }
  return empty && starts.length === 1 ? 'label' : 'chrome';
}

type Shape = 'chrome' | 'weak' | 'label' | 'related' | 'crumb' | null;

/** What a line is by its own shape. */
function shapeOf(raw: string): Shape {
  const text = raw.trim();
  const n = visibleLength(text);
  if (n === 0 || n > LINE_MAX) return null;
  if (RELATED.test(text)) return 'related';
  if (CRUMB.test(text)) return 'crumb';
  const label = labelLine(text);
  if (label) return label;
  if (MARKER.test(text)) return null;
  if (TOOL_LINE.test(text)) {
    if (TOOL_WORD.test(text)) return 'chrome';
    // 大 中 小 on one line is a bar by itself; 加大 alone only beside one.
    return (text.match(FONT_WORDS)?.length ?? 0) >= 2 ? 'chrome' : 'weak';
  }
  if (SEP_LINE.test(text)) return 'weak';
  if (
    CRUMB_LINE.test(text) ||
    STAMP.test(text) ||
    STAMP_LEAD.test(text) ||
    CREDIT_PAREN.test(text) ||
    ID_LINE.test(text) ||
    JUMP.test(text) ||
    COLUMN.test(text) ||
    NEIGHBOUR.test(text)
  )
    return 'chrome';
  if (n <= 40 && TOPIC.test(text)) return 'chrome';
  if (n <= 80 && (CAPTION_HEAD.test(text) || CREDIT_TAIL.test(text.slice(text.search(/[^。！？!?]*$/))))) return 'chrome';
  if (n <= 36 && DELIVERY.test(text) && !/[我，,]/.test(text)) return 'chrome';
  return isBoilerplateText(text) ? 'chrome' : null;
}

/** A label's value alone on the next line (来源: / 四川日报). */
function isLoneValue(text: string): boolean {
  const n = visibleLength(text);
  return n > 0 && n <= 20 && !/[。；;，,！!？?]/.test(text) && !MARKER.test(text.trim());
}

/** A breadcrumb's column name after 首页 (not the report's own title). */
function isCrumbStep(text: string, title: string): boolean {
  const t = text.trim();
  if (!isLoneValue(t) || visibleLength(t) > 15 || /^\d/.test(t)) return false;
  // The report's own title (or a heading naming it) ends the breadcrumb.
  return t !== title.trim() && !/[报報]告|[总總][结結]|(?:19|20)\d\d/.test(t);
}

/** Related-article lists are short lines; a report after the label is not a list. */
const TAIL_LINE_MAX = 100;
const TAIL_LINES_MAX = 25;

/**
 * For each line of the body (in order), whether it is portal chrome. Context
 * matters for a few shapes: a font-size piece (加大, 】) only beside its bar, a
 * label's value on the line after an empty label, column names after 首页, and
 * the link list after a related-articles label when only short lines follow it.
 */
export function chromeLineMask(lines: readonly string[], title = ''): boolean[] {
  const shapes = lines.map(shapeOf);
  const mask = shapes.map((s) => s === 'chrome' || s === 'label' || s === 'related' || s === 'crumb');
  for (let i = 0; i < lines.length; i++) {
    const shape = shapes[i];
    if (shape === 'label' && i + 1 < lines.length && !shapes[i + 1] && isLoneValue(lines[i + 1]!)) mask[i + 1] = true;
    if (shape === 'crumb') {
      for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
        if (shapes[j] === 'weak' || shapes[j] === 'crumb' || shapes[j] === 'chrome') mask[j] = true;
        else if (!shapes[j] && isCrumbStep(lines[j]!, title)) mask[j] = true;
        else break;
      }
    }
    if (shape === 'related') {
      const rest = lines.slice(i + 1);
      if (rest.length <= TAIL_LINES_MAX && rest.every((l) => visibleLength(l) <= TAIL_LINE_MAX)) {
        for (let j = i + 1; j < lines.length; j++) mask[j] = true;
        break;
      }
    }
  }
  // A font-size piece or a bracket counts when a run of such pieces touches a bar.
  for (let i = 0; i < lines.length; i++) {
    if (shapes[i] !== 'weak' || mask[i]) continue;
    let j = i;
    while (j < lines.length && shapes[j] === 'weak') j++;
    const touches = (i > 0 && mask[i - 1]) || (j < lines.length && mask[j]);
    if (touches) for (let k = i; k < j; k++) mask[k] = true;
    i = j - 1;
  }
  return mask;
}
