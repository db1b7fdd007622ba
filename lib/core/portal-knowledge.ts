// What the reader knows about particular portal templates, in one place: body
// containers, title elements, <meta> names, widget and list class tokens, widget
// phrases, toolbar words and the labels of metadata tables and date lines. Each
// entry names the portal families it comes from (docs/portal-pages.md, A–G) and
// the fixture pages (tests/fixtures/pages) that show it; a meta-test
// (tests/unit/portal-knowledge.test.ts) checks every entry against its fixtures.
// New portal template → add its entries here, with a fixture page that has them.
//
// Order matters where the consumers join entries into one pattern or try them in
// turn: the body containers are most specific first, and the pattern fragments
// join into alternations in the order written.

/** Portal families of docs/portal-pages.md: A central UCAP, B TRS, C Hanweb, D UCAP tags, E gkmlpt, F others, G unknown. */
export type Family = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

export interface Entry {
  /** The families it comes from. */
  families: Family[];
  /** Fixture page names (no .html) that show it. */
  fixtures: string[];
}

/** A CSS selector that matches the thing on a page. */
export interface SelectorEntry extends Entry {
  selector: string;
}

/** A class or id token (matched between separators, case-insensitive). */
export interface TokenEntry extends Entry {
  token: string;
}

/** A `<meta name>` (or `property`), case-insensitive. */
export interface MetaNameEntry extends Entry {
  name: string;
}

/** Text as portals write it: the words, in both scripts, with their spacing. */
export interface TextEntry extends Entry {
  pattern: RegExp;
}

/** Joins text entries into one alternation, in order. */
export function alternation(entries: readonly TextEntry[]): string {
  return entries.map((e) => e.pattern.source).join('|');
}

// ---------------------------------------------------------------------------
// Body containers (lib/core/extract.ts), most specific first.

export const BODY_CONTAINERS: SelectorEntry[] = [
  { selector: '#UCAP-CONTENT', families: ['A'], fixtures: ['a-big5-002-t', 'a-big5-door-gloss-t'] },
  { selector: '.pages_content', families: ['A'], fixtures: ['a-big5-002-t', 'a-big5-door-gloss-t'] },
  { selector: '.trs_editor_view', families: ['A', 'B'], fixtures: ['a-ucap-000'] }, // also inside A policy pages
  { selector: '.TRS_Editor', families: ['B'], fixtures: ['b-trs-002-t', 'b-trs-004'] },
  { selector: '.TRS_UEDITOR', families: ['B'], fixtures: ['b-cq-trs-000', 'b-trs-outline-title-split-t'] },
  {
    selector: '.Custom_UnionStyle',
    families: ['B'],
    fixtures: ['b-trs-002-t', 'b-trs-door-once'],
    // inside an auto-generated div#TRS_AUTOADD_…
  },
  { selector: '.Article_zw', families: ['B'], fixtures: ['b-guizhou-004-t-repeat'] }, // Guizhou
  { selector: 'ucapcontent', families: ['D'], fixtures: ['d-ucap-000-t', 'd-ucap-002-s-skip'] }, // UCAP custom tag <UCAPCONTENT>
  { selector: '#zoomcon', families: ['D', 'F'], fixtures: ['d-ucap-002-s-skip', 'd-ucap-003-boldlead'] },
  { selector: '#zoom', families: ['C', 'D'], fixtures: ['c-hanweb-000-sec1', 'c-hanweb-001-parts'] },
  { selector: '.bt-content', families: ['C'], fixtures: ['c-hanweb-000-sec1', 'c-hanweb-001-parts'] },
  { selector: '.wip_art_con', families: ['C'], fixtures: ['c-hanweb-widgets'] },
  { selector: '.artile_zw', families: ['C'], fixtures: ['c-hanweb-widgets'] }, // the typo is real
  { selector: '.article-content', families: ['F'], fixtures: ['f-suzhou-004-short', 'f-suzhou-chrome-words'] }, // Suzhou
  { selector: '.Article_content', families: ['F'], fixtures: ['f-shanghai-003.gbk'] }, // Shanghai
  { selector: '#ivs_content', families: ['F'], fixtures: ['f-shanghai-003.gbk'] }, // Shanghai
  { selector: '.view-content', families: ['F'], fixtures: ['f-beijing-004-brdiv'] }, // Beijing
  { selector: '#mainText', families: ['F'], fixtures: ['f-beijing-004-brdiv'] }, // Beijing
  { selector: '.news_cont_d_wrap', families: ['F'], fixtures: ['f-shenzhen-001-t', 'f-shenzhen-outline-yishi-t'] }, // Shenzhen
  { selector: '.detail-news', families: ['F'], fixtures: ['f-csrc-002-s'] }, // CSRC
  { selector: '.article-con', families: ['C', 'F'], fixtures: ['meta-c-hanweb-nodate-related'] },
  { selector: '#Zoom', families: ['B'], fixtures: ['b-guizhou-004-t-repeat'] }, // Guizhou font#Zoom inside div.Article_zw
];

// ---------------------------------------------------------------------------
// Title elements (lib/core/detect.ts): where the article title stands.

export const TITLE_ELEMENTS: SelectorEntry[] = [
  { selector: 'h1#ti', families: ['A'], fixtures: ['a-ucap-000'] },
  { selector: '.Article_bt', families: ['B'], fixtures: ['b-guizhou-004-t-repeat'] }, // Guizhou
  { selector: 'ucaptitle', families: ['D'], fixtures: ['d-ucap-000-t', 'd-ucap-002-s-skip'] }, // UCAP custom tag <UCAPTITLE>
  { selector: '.article-title', families: ['F', 'G'], fixtures: ['f-suzhou-004-short', 'f-suzhou-chrome-words'] },
  { selector: '.detail-title', families: ['B', 'F'], fixtures: ['b-trs-door-once', 'f-csrc-002-s'] },
  { selector: '.news_title', families: ['F'], fixtures: ['meta-f-trad-fabu-shijian'] },
  { selector: '.title h1', families: ['C', 'G'], fixtures: ['c-hanweb-widgets'] },
  {
    selector: 'h1',
    families: ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
    fixtures: ['a-big5-002-t', 'a-big5-door-gloss-t'],
    // any page: the header logo <h1> is weighed against it
  },
];

// ---------------------------------------------------------------------------
// <meta> names (lib/core/detect.ts, lib/core/meta.ts).

/** The article title as the CMS records it. */
export const TITLE_META: MetaNameEntry = { name: 'ArticleTitle', families: ['B'], fixtures: ['b-cq-trs-000', 'b-guizhou-004-t-repeat'] };
/** The article's source. */
export const SOURCE_META: MetaNameEntry = { name: 'ContentSource', families: ['B'], fixtures: ['b-cq-trs-000', 'b-guizhou-004-t-repeat'] };
/** The publication date, tried in this order. */
export const PUBLISHED_META: MetaNameEntry[] = [
  { name: 'PubDate', families: ['B'], fixtures: ['b-cq-trs-000', 'b-guizhou-004-t-repeat'] },
  { name: 'firstpublishedtime', families: ['A'], fixtures: ['a-big5-002-t', 'a-ucap-000'] },
  { name: 'publishdate', families: ['A', 'F'], fixtures: ['a-ucap-000'] },
  { name: 'article:published_time', families: ['C', 'G'], fixtures: ['c-hanweb-widgets'] }, // Open Graph
];

// ---------------------------------------------------------------------------
// Widgets (lib/core/boilerplate.ts): class and id tokens of portal widgets.

export const WIDGET_TOKENS: TokenEntry[] = [
  { token: 'share', families: ['A', 'B'], fixtures: ['a-big5-002-t', 'a-ucap-000'] }, // share bars
  { token: 'bdshare', families: ['B', 'C'], fixtures: ['c-hanweb-widgets'] }, // Baidu share (bdshare-button-style…, #bdshare)
  { token: 'gwds', families: ['A'], fixtures: ['a-big5-002-t', 'a-ucap-000'] }, // gwds_weixin-style share buttons
  { token: 'qr', families: ['A'], fixtures: ['a-big5-002-t', 'a-ucap-000'] }, // QR blocks
  { token: 'qrcode', families: ['B', 'D', 'F'], fixtures: ['b-guizhou-004-t-repeat', 'd-ucap-000-t'] },
  { token: 'qr_container', families: ['A'], fixtures: ['a-big5-002-t', 'a-ucap-000'] }, // #div_div > #qr_container
  { token: 'ewm', families: ['B', 'F'], fixtures: ['b-cq-trs-000', 'f-beijing-004-brdiv'] }, // div.info_ewm (二维码)
  { token: 'erweima', families: ['B', 'C', 'F'], fixtures: ['b-cq-trs-000', 'f-shenzhen-001-t'] },
  { token: 'print', families: ['A', 'B'], fixtures: ['a-ucap-000', 'b-cq-trs-000'] }, // print/close buttons
  { token: 'pages_print', families: ['A'], fixtures: ['a-ucap-000'] }, // with the font-size bar
  { token: 'editor', families: ['A'], fixtures: ['a-big5-002-t', 'a-ucap-000'] }, // div.editor: 我要纠错, 责任编辑
  { token: 'breadcrumb', families: ['F'], fixtures: ['f-beijing-004-brdiv', 'f-csrc-002-s'] },
  { token: 'breadcrumbnav', families: ['A'], fixtures: ['a-big5-002-t', 'a-ucap-000'] },
  { token: 'crumb', families: ['B', 'C', 'G'], fixtures: ['b-trs-door-once', 'b-trs-outline-title-split-t'] },
  { token: 'bread', families: ['C', 'G'], fixtures: ['g-door-unnumbered'] },
  { token: 'position', families: ['B', 'C'], fixtures: ['c-hanweb-000-sec1', 'c-hanweb-001-parts'] }, // 您的位置
  { token: 'location', families: ['B', 'D'], fixtures: ['b-cq-trs-000', 'd-ucap-outline-appendix'] },
  { token: 'footer', families: ['A', 'B', 'C', 'D', 'E', 'F', 'G'], fixtures: ['a-ucap-000', 'b-cq-trs-000'] },
  { token: 'foot', families: ['B', 'C', 'F'], fixtures: ['b-trs-outline-title-split-t', 'f-shanghai-003.gbk'] },
  { token: 'header', families: ['A', 'B', 'C', 'D', 'E', 'F', 'G'], fixtures: ['a-ucap-000', 'b-cq-trs-000'] },
  { token: 'nav', families: ['A', 'B', 'C', 'D', 'E', 'F', 'G'], fixtures: ['a-ucap-000', 'b-cq-trs-000'] },
  { token: 'related', families: ['A'], fixtures: ['a-big5-002-t', 'a-ucap-000'] }, // div.xg-list.related (相关稿件)
  { token: 'xg-list', families: ['A'], fixtures: ['a-big5-002-t', 'a-ucap-000'] },
  { token: 'wza', families: ['C', 'F'], fixtures: ['c-hanweb-000-sec1', 'c-hanweb-001-parts'] }, // 无障碍 (accessibility)
  { token: 'cniil_wza', families: ['C'], fixtures: ['c-hanweb-000-sec1', 'c-hanweb-001-parts'] }, // a#cniil_wza
  { token: 'jhelper', families: ['F'], fixtures: ['f-shanghai-003.gbk'] }, // Shanghai's 无障碍浏览工具
  { token: 'font-size', families: ['C'], fixtures: ['c-hanweb-000-sec1', 'c-hanweb-001-parts'] },
  { token: 'zoom-bar', families: ['C'], fixtures: ['c-hanweb-widgets'] },
  { token: 'ideconac', families: ['A', 'B', 'C'], fixtures: ['a-ucap-000', 'b-cq-trs-000'] }, // span#_ideConac (党政机关 badge)
  { token: 'jiucuo', families: ['A', 'B', 'C'], fixtures: ['a-big5-002-t', 'a-ucap-000'] }, // script#_jiucuo_ (纠错 badge)
  { token: 'banner', families: ['B', 'C', 'F'], fixtures: ['f-shanghai-003.gbk', 'meta-b-trs-docno'] },
];

/** Widget phrases, Simplified and Traditional: a short element made of these is boilerplate. */
export const WIDGET_PHRASES: TextEntry[] = [
  {
    // browser-upgrade notice
    pattern:
      /更[换換]或升[级級][浏瀏][览覽]器|[浏瀏][览覽]器版本[过過]低|切[换換]至?极?[极極]速模式|升[级級]或使用其他[浏瀏][览覽]器|[获獲]得最佳体[验驗]|可能[会會]有安全[风風][险險]/,
    families: ['A', 'B', 'D', 'F'],
    fixtures: ['b-cq-trs-000', 'd-ucap-003-boldlead'],
  },
  {
    // QR caption
    pattern: /[扫掃]一[扫掃].{0,6}(手机|手機|移[动動]端)?.{0,4}打[开開].{0,6}(当前|當前|本)?[页頁]面?/,
    families: ['A', 'B'],
    fixtures: ['a-big5-002-t', 'a-ucap-000'],
  },
  { pattern: /分享到[:：]?|分享至[:：]?/, families: ['A', 'B', 'D'], fixtures: ['a-big5-002-t', 'a-ucap-000'] }, // share bar
  {
    // font-size bar
    pattern: /【?\s*字[体號号體]\s*[:：]?\s*[【\[]?\s*(大\s*中\s*小|默[认認]\s*大\s*超大)\s*[】\]]?\s*】?/,
    families: ['A', 'B', 'D'],
    fixtures: ['a-big5-002-t', 'a-ucap-000'],
  },
  {
    // print, close, favourite, back-to-top and correction buttons
    pattern: /【?\s*(打印本[页頁]|打印|[关關]闭窗口|[关關]闭|[关關]閉窗口|[关關]閉|收藏|返回[顶頂]部|我要[纠糾][错錯])\s*】?/,
    families: ['A', 'B', 'D'],
    fixtures: ['a-big5-002-t', 'a-ucap-000'],
  },
  {
    // breadcrumb head (您的位置：)
    pattern: /(您|你)?(当前|當前|所在)?的?位置\s*[:：]|当前位置\s*[:：]?|當前位置\s*[:：]?/,
    families: ['B', 'C'],
    fixtures: ['b-cq-trs-000', 'b-guizhou-004-t-repeat'],
  },
  {
    // editor credit
    pattern: /(责任编辑|責任編輯|编辑|編輯|校对|校對)\s*[:：]\s*\S{0,12}/,
    families: ['A', 'D'],
    fixtures: ['a-big5-002-t', 'a-ucap-000'],
  },
  {
    // review credits (初审|复审|终审)
    pattern: /(初审|初審|复审|復審|终审|終審)\s*[|｜:：]\s*\S{0,6}/,
    families: ['A', 'B'],
    fixtures: ['a-big5-002-t', 'b-trs-002-t'],
  },
  {
    // related-articles heading
    pattern: /相[关關](稿件|[链鏈]接|文章|阅读|閱讀|新闻|新聞)/,
    families: ['A', 'B', 'C'],
    fixtures: ['a-big5-002-t', 'a-ucap-000'],
  },
  {
    // accessibility and elder mode
    pattern: /无障碍|無障礙|[长長]者模式|适老化|適老化|[关關]怀模式|[关關]懷模式|跳[转轉]到主要内容区域/,
    families: ['C', 'F'],
    fixtures: ['c-hanweb-000-sec1', 'c-hanweb-001-parts'],
  },
  {
    // script toggle (繁體/简体)
    pattern: /(繁[体體]|简体|簡體)(中文|版)?/,
    families: ['A', 'C'],
    fixtures: ['a-ucap-000', 'c-hanweb-000-sec1'],
  },
  {
    // footer labels
    pattern:
      /(主办单位|主辦單位|承办单位|承辦單位|[运運](行)?[维維]护?单位|[运運]行[维維][护護]單位|网站标识码|網站標識碼|版[权權]所有|网站地图|網站地圖|[联聯]系我[们們]|[隐隱]私声明|[隐隱]私聲明)\s*[:：]?/,
    families: ['A', 'B', 'C', 'F'],
    fixtures: ['a-big5-002-t', 'a-big5-door-gloss-t'],
  },
  {
    // ICP and public-security registration numbers
    pattern:
      /[\u4e00-\u9fa5]{0,2}ICP[备備]\s*[\d-]+[号號]?(-\d+)?|[\u4e00-\u9fa5]{0,2}公网安备\s*\d+[号號]?|[\u4e00-\u9fa5]{0,2}公網安備\s*\d+[号號]?/,
    families: ['A', 'B', 'C'],
    fixtures: ['a-big5-002-t', 'a-ucap-000'],
  },
  {
    // breadcrumb start (首页 >)
    pattern: /首[页頁]\s*(>|&gt;|›|»)/,
    families: ['B', 'C', 'D'],
    fixtures: ['b-cq-trs-000', 'b-guizhou-004-t-repeat'],
  },
];

// ---------------------------------------------------------------------------
// Chrome lines inside the body (lib/core/chrome-lines.ts): toolbar words that
// make a line chrome by themselves, joined in this order.

export const TOOLBAR_WORDS: TextEntry[] = [
  {
    // print and close
    pattern: /打印本[页頁]|打印正文|打印|[关關][闭閉]窗口|[关關][闭閉]本[页頁]|[关關][闭閉]/,
    families: ['A', 'B', 'D'],
    fixtures: ['a-ucap-000', 'b-cq-trs-000'],
  },
  {
    // download, full screen, favourites, back
    pattern: /下[载載]|全屏|加入收藏|收藏|返回[顶頂]部|返回/,
    families: ['C', 'F', 'G'],
    fixtures: ['c-hanweb-widgets'],
  },
  { pattern: /我要[纠糾][错錯]|[纠糾][错錯]/, families: ['A', 'C'], fixtures: ['c-hanweb-widgets'] }, // correction
  { pattern: /分享到|分享至|分享/, families: ['A', 'B', 'C', 'D'], fixtures: ['a-big5-002-t', 'a-ucap-000'] }, // share
  {
    // font size and reading aloud
    pattern: /字[号號体體]|[朗][读讀]|[语語]音播[报報]/,
    families: ['A', 'C', 'D'],
    fixtures: ['a-ucap-000', 'c-hanweb-chrome-body'],
  },
  {
    // share targets
    pattern: /复制链接|複製鏈接|二[维維]码|二[维維]碼|微信|微博|QQ空[间間]|QQ好友|QQ|朋友圈|新浪微博|[腾騰][讯訊]微博|豆瓣|人人[网網]/,
    families: ['A', 'B', 'D'],
    fixtures: ['b-trs-outline-title-split-t', 'd-ucap-chrome-body-t'],
  },
  {
    // paging
    pattern: /上一[页頁]|下一[页頁]|尾[页頁]|末[页頁]|更多/,
    families: ['A', 'B', 'C'],
    fixtures: ['c-hanweb-widgets'],
  },
];

/** Font-size bar pieces: chrome only beside the bar's label. */
export const FONT_SIZE_WORDS: TextEntry = {
  pattern: /加大|[减減]小|[还還]原|默[认認]|[标標]准|超大|放大|[缩縮]小|大|中|小/,
  families: ['A', 'C', 'D'],
  fixtures: ['a-ucap-000', 'c-hanweb-chrome-body'],
};

/** Portal column names that stand alone on a line (after a breadcrumb's 首页). */
export const COLUMN_NAMES: TextEntry = {
  pattern:
    /政府信息公[开開](?:目[录錄]|[专專]栏|[專专]欄)?|政[务務]公[开開]|信息公[开開](?:目[录錄])?|法定主[动動]公[开開]内容|主[动動]公[开開](?:目[录錄])?|通知公告|政[务務][动動]态|政[務务][動动]態|工作[动動][态態]|部[门門][动動][态態]/,
  families: ['B', 'C', 'D'],
  fixtures: ['b-cq-trs-000', 'b-guizhou-004-t-repeat'],
};

// ---------------------------------------------------------------------------
// Date-line labels: the labels of a portal's article information line under
// the title or inside the body (来源：… 发布时间：… 浏览次数：…), joined in this order.

export const DATE_LINE_LABELS: TextEntry[] = [
  {
    // source
    pattern: /(?:信息|文章|稿件|消息|新[闻聞])?来\s*源|(?:信息|文章|稿件|消息|新[闻聞])?來\s*源/,
    families: ['A', 'B', 'C', 'F'],
    fixtures: ['a-big5-002-t', 'a-big5-door-gloss-t'],
  },
  {
    // time or date
    pattern: /(?:[发發]布|[发發]表|[发發]稿|更新)?(?:[时時]\s*[间間]|日\s*期)/,
    families: ['A', 'B', 'C', 'F'],
    fixtures: ['a-ucap-000', 'b-cq-trs-000'],
  },
  {
    // author and contributors
    pattern: /作\s*者|撰稿|供稿/,
    families: ['B', 'G'],
    fixtures: ['meta-g-stats-unit-table'],
  },
  {
    // editor, reviewer, proofreader
    pattern: /(?:[责責]任)?[编編]\s*[辑輯]|审\s*核|審\s*核|[审審]校|校[对對]/,
    families: ['A', 'D'],
    fixtures: ['a-big5-002-t', 'a-ucap-000'],
  },
  { pattern: /摄影|攝影/, families: ['C'], fixtures: ['c-hanweb-widgets'] }, // photographer
  {
    // view counts
    pattern: /[浏瀏][览覽](?:次数|次數|量)?/,
    families: ['B', 'D', 'F'],
    fixtures: ['d-ucap-chrome-body-t', 'b-trs-002-t'],
  },
  { pattern: /[关關][键鍵][词詞字]/, families: ['C', 'F'], fixtures: ['c-hanweb-widgets'] }, // keywords
  {
    // reading, click and visit counts, word count
    pattern: /[阅閱][读讀](?:次数|次數|量|数|數)|点击(?:量|数|率)?|點擊(?:量|數|率)?|[访訪][问問](?:量|次数|次數)|字[数數]/,
    families: ['C', 'G'],
    fixtures: ['c-hanweb-chrome-body', 'meta-g-stats-unit-table'],
  },
];

/** A label that ends the value before it on one info line (来源：X 发布时间：Y) (lib/core/meta.ts). */
export const NEXT_LABEL: TextEntry = {
  pattern: /\s*(?:(?:发布|發佈|發布)?(?:时间|時間|日期)|来源|來源|作者|浏览次数|瀏覽次數|点击|點擊|字号|字號|【)[:：]?/,
  families: ['A', 'B', 'C', 'F'],
  fixtures: ['a-big5-002-t', 'a-big5-door-gloss-t'],
};

/** A body line starting with one of these labels is chrome, not the report's end or its 文号 (lib/core/meta.ts). */
export const CHROME_LINE_LABELS: TextEntry = {
  pattern: /^(来源|來源|发布时间|發佈時間|發布時間|时间|時間|阅读量|閱讀量|浏览次数|瀏覽次數)\s*[:：]/,
  families: ['B', 'C', 'D', 'F'],
  fixtures: ['b-guizhou-004-t-repeat', 'b-trs-002-t'],
  // checked line by line
};

/** What follows the date on a date line (2023-06-12 09:27 来源：…) (lib/core/meta.ts). */
export const DATE_LINE_TAIL: TextEntry = {
  pattern: /\s+(来源|來源|作者|[浏瀏][览覽]|点击|點擊).*$/,
  families: ['B', 'G'],
  fixtures: ['b-guizhou-004-t-repeat', 'b-trs-002-t'],
  // checked line by line
};

// ---------------------------------------------------------------------------
// Metadata labels (lib/core/boilerplate.ts, lib/core/meta.ts).

/** Labels of a metadata table: two of them make a table or list metadata (hidden in the body). */
export const METADATA_TABLE_LABELS: TextEntry[] = [
  { pattern: /索\s*引\s*[号號]/, families: ['A', 'C', 'E', 'F'], fixtures: ['a-ucap-000', 'c-hanweb-000-sec1'] },
  { pattern: /[发發]布机构|[发發]布機構/, families: ['C', 'E'], fixtures: ['c-hanweb-000-sec1', 'c-hanweb-001-parts'] },
  { pattern: /[发發]文机关|[发發]文機關/, families: ['A'], fixtures: ['a-ucap-000'] },
  { pattern: /成文日期/, families: ['A', 'E'], fixtures: ['a-ucap-000', 'e-gkmlpt-001'] },
  { pattern: /[发發]布日期/, families: ['A', 'E'], fixtures: ['a-ucap-000', 'e-gkmlpt-001'] },
  { pattern: /[发發]文字[号號]/, families: ['A', 'B'], fixtures: ['a-ucap-000', 'b-cq-trs-000'] },
  { pattern: /主[题題]分[类類]/, families: ['A', 'B'], fixtures: ['a-ucap-000', 'b-cq-trs-000'] },
  { pattern: /主[题題][词詞]/, families: ['E'], fixtures: ['e-gkmlpt-001', 'e-gkmlpt-jiedu'] },
];

/** Which citation field a label names; matched whole against a label with its spaces, colon and brackets taken out. */
export type MetaLabelField = 'indexNo' | 'publisher' | 'written' | 'published' | 'docNo' | 'source' | 'bareDate';

export interface FieldLabelEntry extends TextEntry {
  /** bareDate: 时间：/日期： alone name the article's date only on its date line under the title. */
  field: MetaLabelField;
}

export const FIELD_LABELS: FieldLabelEntry[] = [
  { field: 'indexNo', pattern: /(信息)?索引[号號]/, families: ['A', 'C', 'E', 'F'], fixtures: ['a-ucap-000', 'c-hanweb-000-sec1'] },
  {
    field: 'publisher',
    pattern: /(发布|發佈|發布|公开|公開|生成|制发|製發|发文|發文)(机构|機構|单位|單位|主体|主體|机关|機關)/,
    families: ['A', 'C', 'E'],
    fixtures: ['a-ucap-000', 'c-hanweb-000-sec1'],
  },
  {
    field: 'written',
    pattern: /(成文|生成|印发|印發|发文|發文)(日期|时间|時間)/,
    families: ['A', 'C', 'E'],
    fixtures: ['a-ucap-000', 'c-hanweb-000-sec1'],
  },
  {
    field: 'published',
    pattern: /(发布|發佈|發布|公开|公開|发表|發表|发稿|發稿|公布)(日期|时间|時間)/,
    families: ['A', 'B', 'C', 'E', 'F'],
    fixtures: ['a-ucap-000', 'b-cq-trs-000'],
  },
  {
    field: 'docNo',
    pattern: /(发文字号|發文字號|文号|文號|发文号|發文號)/,
    families: ['A', 'C', 'E'],
    fixtures: ['a-ucap-000', 'c-hanweb-000-sec1'],
  },
  {
    field: 'source',
    pattern: /(信息)?(来源|來源)|稿源/,
    families: ['A', 'B', 'C', 'F'],
    fixtures: ['a-big5-002-t', 'a-big5-door-gloss-t'],
  },
  { field: 'bareDate', pattern: /(时间|時間|日期)/, families: ['B', 'C', 'G'], fixtures: ['b-cq-trs-000', 'b-guizhou-004-t-repeat'] },
];

/** Other labels of metadata tables and info bars: never the value of the label before them (matched whole, like FIELD_LABELS). */
export const OTHER_LABELS: TextEntry = {
  pattern:
    /(主[题題](分[类類]|[词詞])|分[类類]|名[称稱]|[标標][题題]|有效性|[时時]效|公[开開](方式|范[围圍]|範圍)|[浏瀏][览覽](次数|次數|量)|点击|點擊|[访訪]问量|[訪]問量|[阅閱][读讀](量|次数|次數)|字[号號]|作者|[编編][辑輯]|体裁|體裁|[关關][键鍵][词詞]|[效]力[状狀][态態]|[废廢]止日期|生效日期)/,
  families: ['A', 'C', 'E', 'F'],
  fixtures: ['a-big5-002-t', 'a-ucap-000'],
};

// ---------------------------------------------------------------------------
// Lists of other articles and the navigation (lib/core/meta-place.ts): a date
// or a 来源 in them is not the article's own.

/** Headings of lists of other articles, in both scripts (matched at the start of a short element). */
export const LIST_HEADINGS: TextEntry = {
  pattern:
    /(相[关關]|上一篇|下一篇|上一[条條则則]|下一[条條则則]|推荐|推薦|延伸[阅閱][读讀]|更多|[热熱][点门點門]|最新|往期|猜你喜[欢歡]|[专專][题題]|[栏欄]目|其他|其它|同类|同類|[阅閱][读讀]排行)/,
  families: ['A', 'B', 'C', 'F', 'G'],
  fixtures: ['a-big5-002-t', 'a-ucap-000'],
};

/** Class and id tokens of such lists and of the navigation. */
export const LIST_TOKENS: TokenEntry[] = [
  { token: 'related', families: ['A', 'G'], fixtures: ['a-big5-002-t', 'a-ucap-000'] },
  {
    token: 'xgwz',
    families: ['C', 'F'],
    fixtures: ['meta-c-hanweb-nodate-related', 'meta-f-trad-fabu-shijian'],
    // 相关文章 (pinyin initials)
  },
  { token: 'xglj', families: ['B'], fixtures: ['b-trs-door-once', 'meta-b-trs-docno'] }, // 相关链接
  { token: 'sidebar', families: ['C', 'G'], fixtures: ['c-hanweb-widgets'] },
  { token: 'prev', families: ['C'], fixtures: ['c-hanweb-widgets'] },
  { token: 'next', families: ['C'], fixtures: ['c-hanweb-widgets', 'meta-c-hanweb-nodate-related'] },
  { token: 'nav', families: ['A', 'B', 'C', 'D', 'E', 'F', 'G'], fixtures: ['a-ucap-000', 'b-cq-trs-000'] },
  { token: 'navbar', families: ['B', 'F'], fixtures: ['meta-b-trs-docno'] },
  { token: 'menu', families: ['B', 'C', 'F'], fixtures: ['b-trs-door-once', 'f-shanghai-003.gbk'] },
];

/** A pattern matching any of `tokens` as a whole class or id token. */
export function tokenPattern(tokens: readonly TokenEntry[]): RegExp {
  return new RegExp(`(^|[\\s_-])(${tokens.map((t) => t.token).join('|')})($|[\\s_-])`, 'i');
}
