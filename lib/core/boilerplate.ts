// Portal boilerplate (docs/report-model.md §2): what to hide on the live page and to
// leave out of the report text. A rule never takes an element that carries report
// text: inside the report body only short elements made almost wholly of
// boilerplate words are taken, so a report sentence that mentions 网站标识码 stays.

import { isHiddenByMarkup, tagOf, textSummaries } from './blocks';

/** Boilerplate phrases, Simplified and Traditional. */
const PHRASES = [
  /更[换換]或升[级級][浏瀏][览覽]器|[浏瀏][览覽]器版本[过過]低|切[换換]至?极?[极極]速模式|升[级級]或使用其他[浏瀏][览覽]器|[获獲]得最佳体[验驗]|可能[会會]有安全[风風][险險]/g,
  /[扫掃]一[扫掃].{0,6}(手机|手機|移[动動]端)?.{0,4}打[开開].{0,6}(当前|當前|本)?[页頁]面?/g,
  /分享到[:：]?|分享至[:：]?/g,
  /【?\s*字[体號号體]\s*[:：]?\s*[【\[]?\s*(大\s*中\s*小|默[认認]\s*大\s*超大)\s*[】\]]?\s*】?/g,
  /【?\s*(打印本[页頁]|打印|[关關]闭窗口|[关關]闭|[关關]閉窗口|[关關]閉|收藏|返回[顶頂]部|我要[纠糾][错錯])\s*】?/g,
  /(您|你)?(当前|當前|所在)?的?位置\s*[:：]|当前位置\s*[:：]?|當前位置\s*[:：]?/g,
  /(责任编辑|責任編輯|编辑|編輯|校对|校對)\s*[:：]\s*\S{0,12}/g,
  /(初审|初審|复审|復審|终审|終審)\s*[|｜:：]\s*\S{0,6}/g,
  /相[关關](稿件|[链鏈]接|文章|阅读|閱讀|新闻|新聞)/g,
  /无障碍|無障礙|[长長]者模式|适老化|適老化|[关關]怀模式|[关關]懷模式|跳[转轉]到主要内容区域/g,
  /(繁[体體]|简体|簡體)(中文|版)?/g,
  /(主办单位|主辦單位|承办单位|承辦單位|[运運](行)?[维維]护?单位|[运運]行[维維][护護]單位|网站标识码|網站標識碼|版[权權]所有|网站地图|網站地圖|[联聯]系我[们們]|[隐隱]私声明|[隐隱]私聲明)\s*[:：]?/g,
  /[\u4e00-\u9fa5]{0,2}ICP[备備]\s*[\d-]+[号號]?(-\d+)?|[\u4e00-\u9fa5]{0,2}公网安备\s*\d+[号號]?|[\u4e00-\u9fa5]{0,2}公網安備\s*\d+[号號]?/g,
  /首[页頁]\s*(>|&gt;|›|»)/g,
];

/** Class and id tokens of portal widgets. */
const WIDGET_ATTR =
  /(^|[\s_-])(share|bdshare|bshare|gwds|qr|qrcode|qr_container|ewm|erweima|print|pages_print|editor|breadcrumb|breadcrumbnav|crumb|bread|position|location|footer|foot|header|nav|related|xg-list|toolbar|wza|cniil_wza|jhelper|fontsize|font-size|zoom-bar|ideconac|jiucuo|copyright|sitemap|banner)($|[\s_-])/i;

function visible(text: string): number {
  return text.replace(/[\s\u00a0\u3000\u2000-\u200b]+/g, '').length;
}

/** Characters of `text` left once every boilerplate phrase is taken out. */
function leftover(text: string): number {
  let rest = text;
  for (const re of PHRASES) {
    re.lastIndex = 0;
    rest = rest.replace(re, '');
  }
  // Separators, digits and punctuation around the widgets carry nothing.
  return visible(rest.replace(/[|｜>›»·•\-—_/\\()（）【】\[\]{}:：,，.。、;；!！?？'"“”‘’0-9a-zA-Z]/g, ''));
}

export function matchesPhrase(text: string): boolean {
  for (const re of PHRASES) {
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/**
 * Whitespace runs cut to 9 characters. The phrases cross whitespace only by \s*
 * or by at most 6 other characters (.{0,6}), so their matches do not change,
 * and a leading \s* no longer rescans a long run from every position in it.
 */
function capSpaces(text: string): string {
  return text.replace(/[\s\u200b]{10,}/g, (run) => (run.includes('\n') ? '    \n    ' : '         '));
}

/** A short piece of text that is (almost) all boilerplate. */
export function isBoilerplateText(raw: string): boolean {
  const n = visible(raw);
  if (n === 0 || n > 160) return false;
  const text = capSpaces(raw);
  if (!matchesPhrase(text)) return false;
  const rest = leftover(text);
  // Breadcrumbs and footers carry names (首页 > 政务公开 > …; 主办单位：XX区人民政府).
  return rest <= Math.max(4, n * 0.45) || (n <= 60 && rest <= n * 0.7 && !/[。；]/.test(text));
}

const META_LABEL =
  /索\s*引\s*[号號]|[发發]布机构|[发發]布機構|[发發]文机关|[发發]文機關|成文日期|[发發]布日期|[发發]文字[号號]|主[题題]分[类類]|主[题題][词詞]/g;

const META_TAGS = /^(table|dl|ul|div)$/;
/** Longest text of a metadata table or list. */
const META_TEXT_MAX = 1200;

/** At least two metadata labels in a text. */
function hasMetaLabels(text: string): boolean {
  META_LABEL.lastIndex = 0;
  let labels = 0;
  while (labels < 2 && META_LABEL.exec(text)) labels++;
  return labels >= 2;
}

/** A table or list of citation metadata (lifted into the header, hidden in the body). */
export function isMetadataBlock(el: Element): boolean {
  if (!META_TAGS.test(tagOf(el))) return false;
  const text = textSummaries(el, META_TEXT_MAX).get(el)!.text;
  return text !== null && hasMetaLabels(text);
}

/** A short label with nothing after its colon. */
const EMPTY_LABEL = /^[^\s:：]{1,8}\s*[:：]$/;

function isWidget(el: Element): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  return WIDGET_ATTR.test(tokens);
}

/**
 * Boilerplate elements inside the report body: short elements that are wholly
 * boilerplate text, metadata tables, and widgets (QR, share) with little text.
 */
export function boilerplateInside(container: Element): Element[] {
  // Texts come from one pass over the body (not textContent at every level), and
  // an element that holds all of its parent's text has the parent's answers: a
  // deep nest is read once, not once per level.
  const summaries = textSummaries(container, META_TEXT_MAX);
  const found: Element[] = [];
  type Frame = { children: Element[]; next: number; visible: number; boiler?: boolean; labels?: boolean };
  const stack: Frame[] = [{ children: Array.from(container.children), next: 0, visible: -1 }];
  while (stack.length) {
    const parent = stack[stack.length - 1]!;
    const child = parent.children[parent.next++];
    if (!child) {
      stack.pop();
      continue;
    }
    const tag = tagOf(child);
    if (tag === 'script' || tag === 'style' || tag === 'br') continue;
    const { visible: n, text } = summaries.get(child)!;
    const same = n === parent.visible;
    let labels = same ? parent.labels : undefined;
    let boiler = same ? parent.boiler : undefined;
    const metadata = () => (labels ??= text !== null && hasMetaLabels(text));
    // An empty label (责任编辑：) is left to the line reading, which takes its value on the next line too.
    const boilerplate = () => (boiler ??= n <= 160 && text !== null && isBoilerplateText(text) && !EMPTY_LABEL.test(text));
    if ((META_TAGS.test(tag) && metadata()) || boilerplate() || (isWidget(child) && n <= 40 && tag !== 'p')) {
      found.push(child);
      continue;
    }
    if (n > 0) stack.push({ children: Array.from(child.children), next: 0, visible: n, boiler, labels });
  }
  return found;
}

/**
 * What to hide on the live page when cleaning: every element off the path from
 * `<body>` to the report body, and the boilerplate inside it. Elements already
 * hidden by the page, and scripts and styles, are left alone.
 */
export function boilerplateToHide(doc: Document, container: Element): Element[] {
  const hide: Element[] = [];
  const body = doc.body;
  if (!body || container === body) return boilerplateInside(container);
  let node: Element = container;
  while (node !== body && node.parentElement) {
    const parent: Element = node.parentElement;
    for (const sibling of Array.from(parent.children)) {
      if (sibling === node) continue;
      const tag = tagOf(sibling);
      if (tag === 'script' || tag === 'style' || tag === 'link' || tag === 'meta' || tag === 'noscript' || tag === 'template') continue;
      if (isHiddenByMarkup(sibling)) continue;
      hide.push(sibling);
    }
    node = parent;
  }
  return hide.concat(boilerplateInside(container));
}
