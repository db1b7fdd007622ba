// Reading an article title as a person does (docs/report-model.md §1): the last
// word of the title, its head noun, says what kind of page it is. 「关于2023年度
// 法治政府建设年度报告的通知」 is a notice however much of a report's name it holds.
// Runs only on titles that mention a report at all, so it may use small patterns.

export type TitleKind = 'report' | 'other' | 'news' | 'none';

export interface TitleReading {
  kind: TitleKind;
  /** The title as read: glosses, 全文/摘要 and subtitles left out. */
  text: string;
  /** The head noun that decided (报告, 通知…), or the news word. */
  head: string;
  hasYear: boolean;
  /** The kind of report the title names (法治政府建设…), or ''. */
  names: string;
}

/** Words that mark a title as being about reports at all: the cheap first look. */
export const REPORT_CUES = ['报告', '報告', '总结', '總結', '年报', '年報', '法治政府', '政府工作', '信息公开', '信息公開', '資訊公開'];

const REPORT_HEADS = ['报告', '報告', '工作总结', '工作總結', '年报', '年報'];
const KINDS = [
  '法治政府建设',
  '法治政府建設',
  '政府工作',
  '政府信息公开',
  '政府信息公開',
  '政府資訊公開',
  '依法行政',
  '法治建设',
  '法治建設',
];
// A report's own title may end 「…情况」 when it names its kind (「2023年法治政府建设工作情况」).
const SITUATION_HEADS = ['情况', '情況'];
// Heads of pages that are about reports without being one: guidance, notices,
// rules, plans, interpretations, templates, resolutions, announcements.
const OTHER_HEADS = [
  '指引',
  '指南',
  '通知',
  '通告',
  '公告',
  '公示',
  '办法',
  '辦法',
  '方案',
  '解读',
  '解讀',
  '图解',
  '圖解',
  '细则',
  '細則',
  '模板',
  '范本',
  '範本',
  '格式',
  '提纲',
  '提綱',
  '决议',
  '決議',
  '决定',
  '決定',
  '公报',
  '公報',
  '意见',
  '意見',
  '批复',
  '批覆',
  '函',
  '规划',
  '規劃',
  '要点',
  '要點',
  '说明',
  '說明',
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
// Words anywhere in a title that make it news about a report, an interpretation,
// a procurement or a search: 「区政府召开常务会议审议…报告」.
const NEWS_WORDS = [
  '解读',
  '解讀',
  '图解',
  '圖解',
  '一图读懂',
  '一圖讀懂',
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

const endsWithAny = (s: string, words: readonly string[]) => words.find((w) => s.endsWith(w)) ?? '';
const includesAny = (s: string, words: readonly string[]) => words.find((w) => s.includes(w)) ?? '';

export function hasReportCue(text: string): boolean {
  return includesAny(text, REPORT_CUES) !== '';
}

const YEAR = /(?:19|20)\d\d|[二〇○零一三四五六七八九]{4}年/;

// Pinyin glosses some gateways print after characters: 「報(bào)告」, 「报（bào）告」,
// and what <ruby>/<rt> markup leaves in text: 「報bào告」, or the tags themselves in a <title>.
const RUBY_TAGS = /<r[tp]>[^<]*<\/r[tp]>|<\/?ruby>/gi;
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê';
const BRACKET_GLOSS = new RegExp(`[(（]\\s*[a-z${TONED}]{1,6}[1-5]?\\s*[)）]`, 'gi');
const BARE_GLOSS = new RegExp(`(?<=[\\u3400-\\u9fff])[a-z${TONED}]{1,6}[1-5]?(?=[\\u3400-\\u9fff])`, 'g');

export function stripGlosses(title: string): string {
  if (!/[a-z]/i.test(title) && !/[(（]/.test(title)) return title;
  return title.replace(RUBY_TAGS, '').replace(BRACKET_GLOSS, '').replace(BARE_GLOSS, '');
}

// What follows the title proper: 「（全文）」, 「全文」, 「摘要」, a bracketed note
// (「（征求意见稿）」, 「（2024年1月20日在…上）」), a subtitle after a dash, closing
// quotes and punctuation.
const TRAILER =
  /(?:[（(【[]\s*(?:全文|摘要|正文|全文发布|全文發布|文字版|节选|節選|图文|圖文)\s*[)）】\]]|(?:全文|摘要|正文|全文发布|全文發布|文字版)|[（(][^（()）]*[)）]|\s*(?:——|—|－－|--|–).*|[》」』"”。.！!\s])$/;

/** The title without what trails it: the part whose last word is the head noun. */
export function titleProper(title: string): string {
  let t = title.trim();
  for (let i = 0; i < 6; i++) {
    const next = t.replace(TRAILER, '').trim();
    if (next === t || !next) break;
    t = next;
  }
  return t.replace(/^[《「『“"]+/, '');
}

/** What kind of page a title names, by its head noun. */
export function readTitle(raw: string): TitleReading {
  const text = stripGlosses(raw).replace(/\s+/g, ' ').trim();
  const proper = titleProper(text);
  const hasYear = YEAR.test(text);
  const names = includesAny(text, KINDS);
  const reading = (kind: TitleKind, head: string): TitleReading => ({ kind, text: proper, head, hasYear, names });
  const other = endsWithAny(proper, OTHER_HEADS);
  if (other) return reading('other', other);
  const news = includesAny(text, NEWS_WORDS);
  if (news) return reading('news', news);
  const head = endsWithAny(proper, REPORT_HEADS);
  if (head && (hasYear || names)) return reading('report', head);
  const situation = endsWithAny(proper, SITUATION_HEADS);
  if (situation && hasYear && names) return reading('report', situation);
  return reading('none', head || situation);
}
