// Figures (docs/report-model.md §4): quantities a report states about the work done —
// a number with a measure word or unit, or a percentage — with the qualifier,
// what is counted (the label), the sentence and the outline section.
//
// The text is read in one pass per paragraph. Word lists are written in Simplified
// script; paragraphs are matched through a one-to-one character map (Traditional →
// Simplified for the characters the lists use, full-width punctuation → ASCII), so
// offsets in the map are offsets in the source and every output string is sliced from
// the source as written.
//
// Rules (each is a general rule about how these reports write numbers):
//
// 1. A figure is a number followed by a unit from UNITS (measure words 个 件 人 次 …,
//    compounds 人次 件次 个月 个工作日, units of money, area, time, %, ‰, 个百分点),
//    or 百分之X / 千分之X. A number without a unit (12345热线, 〔2022〕64号,
//    12.4宪法宣传日, 1+9+2) is never a figure, except in a list whose last value carries
//    the unit for all (0.5、0.8个百分点). A unit per something is one unit (吨/年, 元/人).
// 2. Not figures: a number after 第 (ordinals, 第12条, 第3号, 第1、2批); a list
//    marker at the start of a paragraph; anything inside quotation marks or 《》
//    (names and slogans: “1+6+N”, “八五”普法, “一站式”); codes (dotted numbers,
//    dates with - / . : , leading zeros, clock times 9时30分); numbers touching Latin
//    letters or '+'; a 4-digit 19xx/20xx before 年 (a year); N年 as a time frame
//    (近5年来, 3年以来, 每3年); N-unit naming a scheme (600分评级机制, 六人小组,
//    8小时工作制). An amount with 万/亿 and no unit that closes its clause counts
//    (总投资1.2亿。) with unit "". Numbers that name something (namesSomething): session
//    ordinals, project phases, classes, ranks, size classes, the report's structure,
//    thresholds naming a group; ratio terms (4.0∶37.7∶58.3) are codes in numerals.ts.
// 3. Chinese numerals count only when they state an amount:
//    - a bare 百/千/万 needs a qualifier (近百人, 上千人次, 逾千人, 百余次;
//      千家万户 is not a figure);
//    - 一 + measure word is an article (一个…环境, 一批图书, 一支队伍, 一次性) and
//      counts only when it closes its clause, after what it counts
//      (召开专题会议一次。) and not after 最多/每/只/仅 (最多跑一次);
//    - 两…九, 十… + measure word count (两处堆放点, 三千余份), except fixed political
//      phrases (两个维护, 四个意识, 三项制度 …), numerals read digit by digit (二〇二三,
//      一一), idioms that alternate numerals (三番五次, 五花八门), 数十/几百 (no
//      definite value), Chinese numeral + 年 (三年行动计划, 第八个五年) unless after
//      连续, and Chinese numeral + 分 (十分 is an adverb).
// 4. Qualifiers: 余 多 以上 超过 超 逾 至少 不少于 上(千) → more; 近 将近 接近 不足 不到
//    以下 以内 → less; 约 大约 左右 上下 → about. Ranges 3至5次 / 3-5次 / 3到5次 /
//    30%-50% → 'range' with valueMax. Mixed directions (近百余人: 近 "under" and 余
//    "over") → 'about'; the qualifier string joins the parts with "…" ("近…余").
// 5. Label: the noun after the measure word when one follows (9个社区, 200余家酒店,
//    21名具有…的“法律明白人”), else the phrase before the number in the same clause,
//    with adverbs, light verbs (开展 组织 召开) and determiners (各类) dropped, cut
//    after 的 / 等 / 期间 / 后, at most LABEL_MAX characters (a little more rather
//    than a cut inside a word). 甲、乙分别为X和Y gives 甲 to X and 乙 to Y; 甲、乙均为X
//    gives "甲、乙" to X; a figure joined to the one before by 、/和 with nothing of its
//    own before it (12类35件, 3256批次、8902人次) takes the same label. When nothing
//    before the number says what is counted (连续3年…, 为期6个月的专项整治, 90%的事项,
//    100%覆盖), the phrase after it is used. Change verbs, their adverbs and comparisons
//    (增长, 同比, 比上年, 高于全国) are never the label: the indicator before them is, and a
//    value with only such a verb before it takes the indicator of the figures before it in
//    the sentence (inheritedLabels).
// 6. Percentages: % ％ ‰ 个百分点 as written; 百分之X has unit "%" and 千分之X "‰".

import type { Figure, FigureKind, FigureRelation } from './types';
import { arabicDigit, chineseDigit, isChineseNumeralChar, multiplierAt, scanNumbers, type NumberToken } from './numerals';

// ---------------------------------------------------------------------------
// Character normalisation (one to one, so offsets are shared with the source)

// Traditional → Simplified for the characters the word lists below use
// (generated with opencc-js cn→tw/hk/t over the lists; kept small on purpose).
const TRAD_PAIRS =
  '並并乾干佈布佔占併并來来侷局係系個个備备傢家傳传僅仅億亿償偿優优內内兩两冊册別别剋克創创劃划勁劲動动務务勢势區区協协卽即厤历參参' +
  '員员單单噸吨噹当嚮向嚴严國国圍围埰采執执報报場场塊块壓压學学寀采實实審审寫写將将專专對对導导屆届層层屬属幣币幫帮幷并幹干幾几張张' +
  '強强彆别彔录後后徑径從从復复徵征戶户捲卷掛挂採采搖摇撥拨擁拥擊击擔担據据擴扩攝摄敎教數数於于昇升時时曆历曏向會会枱台査查條条棟栋' +
  '業业極极榦干榮荣標标機机檢检檯台歐欧歲岁歷历歸归決决淨净減减準准溫温漲涨為为無无爭争爲为牀床獲获現现環环產产畝亩當当發发盞盏眞真' +
  '確确禮礼種种稱称積积穩稳穫获筆笔箇个節节簽签籤签糾纠約约納纳級级組组結结給给經经綫线維维線线締缔緣缘編编緩缓縣县縮缩總总績绩織织' +
  '繞绕繫系繼继續续纍累罰罚義义習习職职聽听脩修臨临臺台與与舉举萬万蓆席蓋盖蔘参處处號号衕同衹只裏里裝装裡里製制複复覈核規规視视親亲' +
  '觀观訂订計计訓训託托訪访設设評评話话認认課课調调談谈請请識识議议護护變变責责貼贴資资賦赋賬账賽赛趕赶踐践踰逾躋跻躍跃車车較较輛辆' +
  '輪轮轉转辦办迴回連连週周進进過过達达違违遠远遶绕選选邁迈還还邊边鄉乡鄰邻釐厘針针鈡钟銷销錄录録录錶表鍼针鍾钟鎊镑鎮镇鐘钟長长門门' +
  '開开間间閤合陞升陸陆隊队際际隨随隱隐隻只雙双韆千頁页頂顶頃顷項项順顺預预領领頭头顆颗額额類类顯显颱台飽饱養养餘余饋馈駐驻體体髮发' +
  '麪面麫面麵面點点齣出' +
  // Label words of the shared-head, generic-head and aside rules (貸款, 營收, 群眾, 納稅人, 啟動 …).
  '驗验貸贷鏈链營营潤润構构眾众衆众羣群農农稅税費费輻辐帶带啟启啓启';

const CHAR_MAP: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < TRAD_PAIRS.length; i += 2) m.set(TRAD_PAIRS[i]!, TRAD_PAIRS[i + 1]!);
  const punct: [string, string][] = [
    ['％', '%'],
    ['（', '('],
    ['）', ')'],
    ['：', ':'],
    ['；', ';'],
    ['，', ','],
    ['！', '!'],
    ['？', '?'],
    ['～', '~'],
    ['－', '-'],
    ['﹪', '%'],
    ['＋', '+'],
    ['\u00a0', ' '],
    ['\u3000', ' '],
    ['﹑', '、'],
    ['〜', '~'],
    ['–', '-'],
    ['—', '-'],
    ['‑', '-'],
    ['―', '-'],
  ];
  for (const [a, b] of punct) m.set(a, b);
  return m;
})();

const CODE_MAP = new Uint16Array(0x10000);
for (const [a, b] of CHAR_MAP) CODE_MAP[a.charCodeAt(0)] = b.charCodeAt(0);

function normalizeText(s: string): string {
  const codes = new Uint16Array(s.length);
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = CODE_MAP[c]!;
    if (m === 0) codes[i] = c;
    else {
      codes[i] = m;
      changed = true;
    }
  }
  if (!changed) return s;
  return UTF16.decode(codes);
}
const UTF16 = new TextDecoder('utf-16le');

// ---------------------------------------------------------------------------
// Word lists (Simplified)

/** A set of words looked up by their last (or first) character, for scans in both directions. */
class WordSet {
  // Keyed by char code: a one-character string key would be hashed on every lookup.
  private byLast = new Map<number, string[]>();
  private byFirst = new Map<number, string[]>();
  readonly words: Set<string>;
  constructor(words: readonly string[]) {
    this.words = new Set(words);
    const sorted = [...this.words].sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      const l = w.charCodeAt(w.length - 1);
      const f = w.charCodeAt(0);
      (this.byLast.get(l) ?? this.byLast.set(l, []).get(l)!).push(w);
      (this.byFirst.get(f) ?? this.byFirst.set(f, []).get(f)!).push(w);
    }
  }
  /** Longest word ending right before `end` (s.slice(end - w.length, end) === w), not before `min`. */
  endingAt(s: string, end: number, min = 0): string | null {
    if (end <= 0 || end > s.length) return null;
    const list = this.byLast.get(s.charCodeAt(end - 1));
    if (!list) return null;
    for (const w of list) if (end - w.length >= min && s.startsWith(w, end - w.length)) return w;
    return null;
  }
  /** Longest word starting at `start`. */
  startingAt(s: string, start: number): string | null {
    if (start < 0 || start >= s.length) return null;
    const list = this.byFirst.get(s.charCodeAt(start));
    if (!list) return null;
    for (const w of list) if (s.startsWith(w, start)) return w;
    return null;
  }
}

const PERCENT_UNITS = ['%', '‰', '个百分点', '百分点'];
const MONEY_UNITS = ['元', '美元', '港元', '欧元', '日元', '英镑', '元人民币'];
/** Units written in Latin letters after a number: computing power (万P, PFLOPS), power (GW). */
const LATIN_UNITS = ['P', 'PF', 'PFLOPS', 'EFLOPS', 'EF', 'GW', 'MW', 'TEU'];
const TIME_UNITS = ['年', '个月', '个工作日', '工作日', '个小时', '小时', '天', '个季度', '分钟', '个星期', '周'];
/** Measure words that count the noun after them ("3项制度", "3个机制" count mechanisms). */
const COUNT_CLASSIFIERS = [
  '个',
  '家',
  '所',
  '项',
  '条',
  '份',
  '处',
  '座',
  '台',
  '辆',
  '套',
  '张',
  '篇',
  '本',
  '册',
  '部',
  '批',
  '类',
  '种',
  '组',
  '支',
  '队',
  '户',
  '卷',
  '宗',
  '笔',
  '块',
  '间',
  '栋',
  '幢',
  '棵',
  '株',
  '盏',
  '只',
  '头',
  '艘',
  '架',
  '枚',
  '幅',
  '页',
  '封',
  '门',
  '单',
  '起',
  '件',
  '案',
  '例',
  '次',
  '场',
  '期',
  '轮',
  '堂',
  '名',
  '位',
  '部门',
  '单位',
  '人次',
  '件次',
  '场次',
  '批次',
  '台次',
  '车次',
  '架次',
  '户次',
  '班次',
  '课次',
  '册次',
  '条次',
  '期次',
  '人',
  '包',
  '箱',
  '袋',
  '瓶',
  '盒',
  '桶',
  '副',
  '顶',
  '辆次',
  '艘次',
  '家次',
  '所次',
  '项次',
  '宗次',
  '起次',
  '人日',
  // Measure words of things these reports count: 4颗卫星, 2000列班列, 567对友城, 34款新药.
  '颗',
  '粒',
  '根',
  '片',
  '双',
  '口',
  '眼',
  '首',
  '款',
  '列',
  '对',
  '列次',
];
const MEASURE_UNITS = [
  '平方米',
  '平方公里',
  '平方千米',
  '公顷',
  '亩',
  '公里',
  '千米',
  '米',
  '吨',
  '公斤',
  '千克',
  '克',
  '立方米',
  '㎡',
  '㎞',
  '千瓦',
  '千瓦时',
  '兆瓦',
  '课时',
  '学时',
  '倍',
  '分',
  // 亿斤, 微克/立方米, 万标准箱, 亿度 (kWh), 79.4岁, 3成 (tenths).
  '斤',
  '微克',
  '毫克',
  '毫米',
  '厘米',
  '标准箱',
  '标箱',
  '吨标准煤',
  '度',
  '岁',
  '成',
];
/** Denominators of a unit "per" something (see perUnitEnd). */
const PER_UNITS = new WordSet([
  '年',
  '月',
  '日',
  '天',
  '小时',
  '时',
  '秒',
  '分钟',
  '人',
  '户',
  '床',
  '千克',
  '公斤',
  '克',
  '立方米',
  '平方米',
  '亩',
  '吨',
  '元',
  '千瓦时',
  '公里',
  '米',
  '辆',
  '人口',
]);
const UNITS = new WordSet([...LATIN_UNITS, ...PERCENT_UNITS, ...MONEY_UNITS, ...TIME_UNITS, ...COUNT_CLASSIFIERS, ...MEASURE_UNITS]);
const COUNT_SET = new Set(COUNT_CLASSIFIERS);
const TIME_SET = new Set(TIME_UNITS);
const PERCENT_SET = new Set(PERCENT_UNITS);

/**
 * A unit followed by these characters is the start of a word, not a unit
 * (3组织 → 组织, 条例, 期间, 人民, 项目 …).
 */
const UNIT_REJECT = new Map<string, string>(
  Object.entries({
    人: '民大员',
    组: '织',
    部: '署分',
    场: '所景',
    期: '间限',
    处: '理置罚长',
    条: '例件',
    项: '目',
    名: '单称义',
    所: '有属在',
    台: '账',
    张: '贴',
    批: '准复',
    份: '额',
    本: '级',
    类: '型别',
    户: '籍外',
    起: '草步',
    次: '日要性',
    元: '旦素',
    分: '之局队会院公支部所校站行子',
    支: '持付出',
    座: '谈',
    年: '级',
    门: '户',
    个: '性体案',
    片: '区',
    口: '岸径号碑',
    根: '本据源治',
    对: '外于接标口象话照比',
    列: '入车为',
    首: '都批次位创府',
    款: '项式',
    度: '过假',
    成: '功为立果本效员都交长熟型绩就',
    双: '创向方边循重',
    眼: '界光前',
    粒: '子',
    周: '年边末期转围报刊',
    家: '庭长属',
    位: '于置数',
    天: '然',
    包: '括含容装保干',
    副: '主职',
    顶: '层级',
  }),
);

/** Unit parts in brackets that belong to the unit: 件(次), 人（次）. */
const BRACKET_UNITS = new Set([
  '次',
  '人',
  '人次',
  '件',
  '个',
  '家',
  '户',
  '场',
  '份',
  '名',
  '起',
  '宗',
  '项',
  '条',
  '间',
  '套',
  '座',
  '栋',
]);

type Rel = Exclude<FigureRelation, 'exact' | 'range'>;

const LEAD_QUALIFIERS = new Map<string, Rel>([
  ['将近', 'less'],
  ['接近', 'less'],
  ['近', 'less'],
  ['不足', 'less'],
  ['不到', 'less'],
  ['约', 'about'],
  ['大约', 'about'],
  ['超过', 'more'],
  ['超', 'more'],
  ['逾', 'more'],
  ['至少', 'more'],
  ['不少于', 'more'],
]);
const LEAD_SET = new WordSet([...LEAD_QUALIFIERS.keys()]);
/** A leading qualifier is not one when it ends a word: 节约, 签约, 最近, 附近, 赶超. */
const LEAD_REJECT_BEFORE = new Map<string, string>(
  Object.entries({
    约: '节制签预违集特公条合履解邀相缔践婚隐',
    近: '最附临就靠亲贴远邻',
    超: '赶高',
  }),
);
const TRAIL_NUMBER = new Map<string, Rel>([
  ['余', 'more'],
  ['多', 'more'],
]);
const TRAIL_UNIT = new Map<string, Rel>([
  ['以上', 'more'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['以下', 'less'],
  ['以内', 'less'],
]);
const TRAIL_UNIT_SET = new WordSet([...TRAIL_UNIT.keys()]);

/** Fixed political phrases with a numeral and measure word: not counts. */
const FIXED_PHRASES = new WordSet([
  '两个确立',
  '两个维护',
  '四个意识',
  '四个自信',
  '四个全面',
  '三项制度',
  '八项规定',
  '两个责任',
  '三个代表',
  '四个最严',
  '三个务必',
  '两个结合',
  '两个一百年',
  '四个不摘',
  '三个区分开来',
  '两个毫不动摇',
  '五个必由之路',
  '两个健康',
  '两个根本',
  '三个转变',
  '四个服务',
  '两个中心',
  '三个一批',
  // Terms with a numeral inside (the three sectors of the economy, a folk opera, double digits).
  '三次产业',
  '二人转',
  '两位数',
]);

/** Verbs of reaching an amount: after them a bare 万/亿 states one (突破万亿元, 迈上万亿元). */
const ATTAINED = new WordSet(['突破', '达到', '达', '超过', '迈上', '跨上', '跨越', '首破']);

/** Nouns that name a scheme: N-unit before them names it (600分评级机制, 六人小组). */
const SCHEME_NOUNS = [
  '机制',
  '制度',
  '工作制',
  '体系',
  '模式',
  '计划',
  '规划',
  '小组',
  '工作组',
  '工作法',
  '专班',
  '行动',
  '工程',
  '过渡期',
];

// Label words ---------------------------------------------------------------

/** Words right before the number that introduce it and are not part of the label. */
const NUMBER_LEADERS = new WordSet([
  '达',
  '达到',
  '已达',
  '累计达',
  '共计达',
  '共达',
  '为',
  '是',
  '共',
  '共计',
  '累计',
  '合计',
  '总计',
  '计',
  '有',
  '共有',
  '分别为',
  '分别',
  '均为',
  '均',
  '了',
  '的',
  '总数',
  '数量',
  '总量',
  '高达',
  '多达',
  '增至',
  '降至',
  '提升至',
  '提高至',
  '达至',
  '仅',
  '只',
  '总共',
  '合共',
  '计有',
  '约为',
  '到',
  '下降至',
  '下降到',
  '上升至',
  '上升到',
  '提高到',
  '提升到',
  '增长至',
  '增长到',
  '增加至',
  '增加到',
  '减少至',
  '减少到',
  '压缩至',
  '压缩到',
  '缩短至',
  '缩短到',
  '控制在',
  '保持在',
  '稳定在',
  '维持在',
  '降低至',
  '降低到',
  '降到',
  '为期',
  '历时',
  '用时',
  '达到了',
  '占',
  '分别达',
  '分别达到',
  '分别是',
  '均达',
  '均达到',
  '均是',
  '都为',
  '都是',
  '都达到',
  '都',
  '折合',
  '相当于',
]);
/** Nouns among the leaders (…的数量为, 总量达): dropped only after a subject. */
const LEADING_NOUNS = new Set(['总数', '数量', '总量']);
/**
 * Adverbs that end the phrase before a number when scanning back: what comes
 * before them is the subject or a time phrase (联勤平台共受理…, 驻所调解室已成功调处…).
 */
const BACK_STOPS = new WordSet([
  '共',
  '共有',
  '共计',
  '总计',
  '合计',
  '累计',
  '总共',
  '先后',
  '已经',
  '已',
  '积极',
  '其中',
  '目前',
  '截至目前',
  '分别',
  '全年',
  '今年',
  '年内',
  '当年',
  '本年',
  '去年',
  '均',
  '并',
  '还',
  '另外',
  '此外',
  '同时',
  '主动',
  '率先',
  '又',
  '也',
  '全部',
  '一共',
  '至今',
  '以来',
]);
/** A word is not a function word after these characters (公共, 中共, 人均, 平均, 合并, 偿还, 行为, 涉及). */
const FUNCTION_WORD_REJECT = new Map<string, string>(
  Object.entries({
    共: '公中总一',
    共有: '公',
    均: '人平年',
    并: '合兼吞',
    还: '偿归退',
    已: '不而',
    为: '行作认成因称更较极而',
    都: '首古',
    由: '理自缘经',
    是: '但于总凡',
    将: '即必',
    和: '温共缓饱',
    与: '参给授赋',
    及: '涉普以危',
  }),
);
/** Words dropped from the start of a label. */
const LABEL_LEADERS = new WordSet([
  '共',
  '共计',
  '累计',
  '合计',
  '总计',
  '全年',
  '今年',
  '目前',
  '截至目前',
  '截至',
  '其中',
  '已',
  '已经',
  '先后',
  '同时',
  '并',
  '还',
  '另外',
  '此外',
  '成功',
  '积极',
  '开展',
  '组织开展',
  '组织',
  '召开',
  '进行',
  '完成',
  '实现',
  '共有',
  '各类',
  '各种',
  '各项',
  '各',
  '了',
  '达到',
  '经过',
  '均',
  '分别',
  '又',
  '也',
  '全部',
  '依法',
  '率先',
  '累计达',
  '今年以来',
  '以来',
  '年以来',
  // 生产钾肥757.5万吨: what is measured is the output (钾肥), not the act.
  '生产',
]);
/** A leader is not one before these characters (各级, 组织部, 均衡, 生产总值). */
const LEADER_REJECT_AFTER = new Map<string, string>(
  Object.entries({ 各: '级地自方界', 组织: '部机架体', 均: '衡等', 共: '同享建治', 生产: '总经安要资建力性方工企者用线率' }),
);
/**
 * Labels that say nothing about what is counted (a light verb or adverb alone):
 * the phrase after the number is used instead (连续3年获评…, 实现100%覆盖).
 */
const WEAK_LABELS = new Set([
  '连续',
  '实现',
  '开展',
  '达到',
  '或',
  '即',
  '和',
  '及',
  '与',
  '并',
  '每次',
  '共',
  '累计',
  '其中',
  '分别',
  '约',
  '为',
  '是',
  '有',
  '达',
  '组织',
  '进行',
  '完成',
  '合计',
  '总计',
  '共计',
  '了',
  '均',
  '且',
  '以及',
  '另有',
  '还有',
  '的',
]);
/** Determiners dropped anywhere in a label. */
const DETERMINERS = ['各类', '各种', '各项'];
/** After these the label starts afresh (the head is what follows). */
const CUT_AFTER = new WordSet(['的', '等', '期间', '以来', '之后', '后']);
/** 后 is a cut only as "after (doing)": not in 后备, 后续, 落后, 最后, 前后. */
const HOU_REJECT_AFTER = '备续期台勤盾面方来';
const HOU_REJECT_BEFORE = '最落前之然随此今以而背';

/** Words that start a predicate: after the measure word they end the noun (9个社区划分为…). */
const PREDICATES = new WordSet([
  '划分',
  '分管',
  '承担',
  '纳入',
  '进驻',
  '入驻',
  '参加',
  '参与',
  '进行',
  '开展',
  '停止',
  '完成',
  '实现',
  '达到',
  '通过',
  '获得',
  '受到',
  '接受',
  '具有',
  '具备',
  '符合',
  '来自',
  '涉及',
  '用于',
  '投入',
  '提供',
  '组成',
  '签订',
  '得到',
  '取得',
  '上线',
  '入选',
  '获评',
  '获批',
  '被评为',
  '正在',
  '先后',
  '累计',
  '陆续',
  '得以',
  '实行',
  '专门',
  '共同',
  '分别',
  '全部',
  '已经',
  '按照',
  '为',
  '是',
  '将',
  '已',
  '均',
  '都',
  '共',
  '由',
  '暨',
  '和',
  '与',
  '及',
  '并',
]);
/**
 * Verbs that end a noun after the measure word once it has two characters
 * (48个行政执法部门公示执法信息 → 行政执法部门). Verbs that often modify nouns
 * (建设, 排查, 服务, 培训, 调解, 管理 …) are left out on purpose.
 */
const ACTION_VERBS = new WordSet([
  '公示',
  '开展',
  '组织',
  '参加',
  '参与',
  '完成',
  '实现',
  '提供',
  '办理',
  '受理',
  '办结',
  '查处',
  '审查',
  '审核',
  '提出',
  '发放',
  '发布',
  '签订',
  '制定',
  '出台',
  '印发',
  '编制',
  '化解',
  '处理',
  '聘请',
  '配备',
  '开通',
  '建立',
  '成立',
  '设立',
  '接受',
  '获得',
  '取得',
  '落实',
  '推进',
  '推动',
  '移送',
  '走访',
  '接待',
  '收到',
  '征集',
  '举办',
  '召开',
  '撰写',
  '录入',
  '上报',
  '报送',
  '完善',
  '实施',
  '执行',
  '采取',
  '累计',
  '共计',
  '合计',
  '全部',
  '均已',
  '已经',
  '正在',
  '依法',
  '积极',
  '主动',
  '及时',
  '认真',
]);
/**
 * Verbs that end the counted noun after a measure word from its first character on
 * (8个市下放…, 380个老旧小区引入…, 15条高速公路建成通车).
 */
/** Connectors that may start the phrase after a previous figure (…358户和种子企业1户). */
const LEADING_CONNECTORS = new Set(['和', '及', '与', '或']);
/** …unless they start a word: 和美, 和谐, 及时, 与会. */
const CONNECTOR_WORDS = new Map<string, string>(Object.entries({ 和: '美谐平睦', 及: '时早格', 与: '会' }));
/** Places and people named by one character (8个市, 3个县). */
const ONE_CHARACTER_NOUNS = '市县区省村镇乡国人户';
const NOUN_END_VERBS = new WordSet([
  '引入',
  '形成',
  '建成',
  '获',
  '获得',
  '获批',
  '获评',
  '荣获',
  '参赛',
  '进入',
  '开工',
  '投产',
  '下放',
  '用上',
  '入选',
  '落地',
  '亮相',
  '跻身',
  '稳居',
  '位居',
  '挂牌',
  '上市',
  '保供',
  '顺利',
  '圆满',
  '如期',
  '提前',
  '稳步',
  '相继',
  '陆续',
  '全部',
  '全面',
  '成功',
]);
/** Verbs that open a relative clause after a measure word: 21名具有…的“法律明白人”. */
const RELATIVE_VERBS = new WordSet([
  '具有',
  '具备',
  '符合',
  '来自',
  '涉及',
  '受到',
  '获得',
  '取得',
  '持有',
  '拥有',
  '通过',
  '参与',
  '参加',
  '经过',
  '熟悉',
  '懂得',
  '掌握',
  '从事',
]);
/** Verbs where a long label may be cut (keep the verb phrase nearest the number). */
const VERB_STARTS = new WordSet([
  '开展',
  '组织',
  '召开',
  '举办',
  '参加',
  '参与',
  '进行',
  '实现',
  '完成',
  '建立',
  '建成',
  '设立',
  '成立',
  '提供',
  '纳入',
  '受理',
  '办理',
  '办结',
  '处理',
  '化解',
  '调处',
  '排查',
  '整治',
  '整改',
  '发放',
  '发布',
  '签订',
  '培训',
  '学习',
  '覆盖',
  '涉及',
  '获得',
  '取得',
  '审核',
  '审查',
  '起草',
  '制定',
  '出台',
  '印发',
  '编制',
  '推进',
  '推动',
  '落实',
  '加强',
  '提升',
  '提高',
  '增长',
  '下降',
  '减少',
  '增加',
  '开设',
  '配备',
  '聘请',
  '选派',
  '走访',
  '接待',
  '宣传',
  '发现',
  '查处',
  '查办',
  '立案',
  '移送',
  '收到',
  '征集',
  '征求',
  '解决',
  '解答',
  '出具',
  '代写',
  '协助',
  '调解',
  '投入',
  '拨付',
  '安装',
  '清理',
  '修订',
  '公开',
  '报送',
  '反馈',
  '回复',
  '答复',
  '督办',
  '检查',
  '抽查',
  '评查',
  '考核',
  '评估',
  '表彰',
  '创建',
  '打造',
  '举行',
  '观看',
  '旁听',
  '撰写',
  '制作',
  '拍摄',
  '推送',
  '播放',
  '印制',
  '编印',
  '制发',
  '培养',
  '帮扶',
  '救助',
  '援助',
  '调研',
  '视察',
  '列席',
  '出席',
  '审理',
  '提出',
  '提交',
  '作出',
  '纠正',
  '撤销',
  '确认',
  '回访',
  '了解',
  '接收',
  '录入',
  '聘用',
  '招录',
  '引导',
  '帮助',
  '参训',
  '打击',
  '教育',
  '消除',
  '取缔',
  '疏导',
  '责令',
  '抽取',
  '申请',
  '开通',
  '设置',
  '建设',
]);
/** Prepositions after which a long label may be cut as well. */
const PREPOSITIONS = new WordSet(['在', '对', '向', '从', '通过', '按照', '根据', '依托', '围绕', '针对', '以', '把', '将', '为']);

const LABEL_MAX = 14;

// Indicators and their change (地区生产总值增长5.1%) ---------------------------

/**
 * Verbs of change or attainment between an indicator and its value: the label is the
 * indicator before them (地区生产总值增长5.1% → 地区生产总值; 技术合同成交额突破… →
 * 技术合同成交额), never the verb.
 */
const CHANGE_VERBS = new WordSet([
  '增长',
  '下降',
  '提高',
  '提升',
  '降低',
  '减少',
  '增加',
  '上升',
  '上涨',
  '回落',
  '回升',
  '突破',
  '超过',
  '扩大',
  '缩小',
  '缩短',
  '缩减',
  '压减',
  '压降',
  '净增',
  '净增加',
  '新增',
  '完成',
  '跨越',
  '跃升',
  '攀升',
  '跃居',
  '迈上',
  '跨上',
  '迈过',
  '跨过',
  '站上',
  '登上',
  '增',
  '降',
  '减',
  '达',
  '达到',
  '超',
  '拓展',
  '扩展',
  '延长',
  '翻番',
  '翻一番',
  '实现',
]);
/** Nouns that alone say only "the total" (总量突破…): of the indicator named before. */
const GENERIC_NOUNS = new Set(['总量', '总数', '规模', '总额', '总值', '数量', '总规模']);
/** Adverbs and time words between an indicator and its change verb: 年均增长, 同比下降. */
const CHANGE_ADVERBS = new WordSet([
  '同比',
  '环比',
  '年均',
  '平均',
  '分别',
  '均',
  '都',
  '累计',
  '总体',
  '持续',
  '稳步',
  '大幅',
  '明显',
  '显著',
  '实际',
  '名义',
  '预计',
  '首次',
  '再',
  '又',
  '进一步',
  '逐年',
  '整体',
  '一举',
  '共',
  '已',
  '将',
  '力争',
  '全年',
  '比上年',
  '较上年',
  '比上年末',
  '较上年末',
  '比年初',
  '较年初',
  '同口径',
  '了',
  '从',
  '由',
  '已经',
  '逆势',
  '快速',
  '较快',
  '平稳',
  '稳定',
  '恢复性',
  '强劲',
  '稳健',
  '小幅',
  '双双',
  '再次',
  '连续',
  '每月',
  '每年',
  '每人',
  '每人每月',
  '每人每年',
  '有望',
  '预期',
  '可望',
  '继续',
]);
/**
 * A comparison before the change verb (比上年, 较2020年, 比“十三五”时期, 高于全国): the
 * indicator is before it. 比/较 start words too (比重, 比例, 占比, 较大, 相比): those are not cuts.
 */
const COMPARISON_WORDS = new WordSet(['高于', '低于', '快于', '慢于', '优于', '好于', '领先', '高出', '超出', '快出']);
const BI_NOT_AFTER = '占对相排评无类';
const BI_NOT_BEFORE = '重例率值较赛拼如学肩翼';
const JIAO_NOT_AFTER = '比相计';
const JIAO_NOT_BEFORE = '大快好高低为多少强弱长短小真量劲';

/** Start of a comparison phrase that ends at `e` (在 [lo, e), at most 14 characters), or -1. */
function comparisonStart(n: string, lo: number, e: number): number {
  for (let k = e - 1; k >= lo && e - k <= 14; k--) {
    if (CLAUSE_PUNCT.at(n, k)) return -1;
    const c = n[k]!;
    if (c === '比' && !BI_NOT_AFTER.includes(n[k - 1] ?? '') && !BI_NOT_BEFORE.includes(n[k + 1] ?? '')) return k;
    if (c === '较' && !JIAO_NOT_AFTER.includes(n[k - 1] ?? '') && !JIAO_NOT_BEFORE.includes(n[k + 1] ?? '')) return k;
    const w = COMPARISON_WORDS.startingAt(n, k);
    if (w) return k;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Characters

function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isLatin(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0) | 0x20;
  return (c >= 0x61 && c <= 0x7a) || (ch >= 'Ａ' && ch <= 'Ｚ') || (ch >= 'ａ' && ch <= 'ｚ');
}

/** A set of single characters tested by char code. */
class CharSet {
  private table = new Uint8Array(0x10000);
  constructor(chars: readonly string[]) {
    for (const c of chars) this.table[c.charCodeAt(0)] = 1;
  }
  /** s[i] is in the set (false past either end). */
  at(s: string, i: number): boolean {
    return i >= 0 && i < s.length && this.table[s.charCodeAt(i)] === 1;
  }
  has(ch: string | undefined): boolean {
    return ch !== undefined && ch.length > 0 && this.table[ch.charCodeAt(0)] === 1;
  }
}

/** Clause punctuation (normalised text): labels never cross it. */
// Markup debris (<span>, &nbsp;, {…}, a=b) ends a label as punctuation does.
const CLAUSE_PUNCT = new CharSet([
  ',',
  '、',
  ';',
  ':',
  '。',
  '!',
  '?',
  '\n',
  '\r',
  '\t',
  ' ',
  '…',
  '|',
  '/',
  '<',
  '>',
  '{',
  '}',
  '=',
  '&',
  '#',
]);
/** Sentence ends. */
const SENTENCE_END = new CharSet(['。', '!', '?', ';', '\n', '\r']);
/** Clause ends for the "一次 closes its clause" rule and the relative-clause label. */
const CLAUSE_END = new CharSet([',', ';', ':', '。', '!', '?', '\n', '\r']);

const OPEN_QUOTES = new Map<string, string>([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
  ['"', '"'],
  ['﹃', '﹄'],
]);
const QUOTE_SPAN_MAX = 60;

/** Closing mark (code) for an opening quotation mark or book-title mark (code), or 0. */
const CLOSE_OF = new Uint16Array(0x10000);
for (const [a, b] of OPEN_QUOTES) CLOSE_OF[a.charCodeAt(0)] = b.charCodeAt(0);

/** 1 where the character is inside a quotation or a book title (the marks included). */
function quoteMask(n: string): Uint8Array {
  const mask = new Uint8Array(n.length);
  let i = 0;
  while (i < n.length) {
    const open = n.charCodeAt(i);
    const close = CLOSE_OF[open]!;
    if (close === 0) {
      i++;
      continue;
    }
    const limit = Math.min(n.length, i + QUOTE_SPAN_MAX);
    let j = i + 1;
    let depth = 0;
    while (j < limit) {
      const c = n.charCodeAt(j);
      if (c === close) {
        if (depth === 0) break;
        depth--;
      } else if (c === open && open !== close) depth++;
      else if (c === 0x0a) {
        j = limit;
        break;
      }
      j++;
    }
    if (j < limit) {
      mask.fill(1, i, j + 1);
      i = j + 1;
    } else i++;
  }
  return mask;
}

/** End of a list marker at the start of a paragraph (一、 (一) （一） 1. 1、 (1) ① 第一部分), else 0. */
function listMarkerEnd(n: string): number {
  let i = 0;
  while (n[i] === ' ' || n[i] === '\t') i++;
  const start = i;
  const c = n[i];
  if (c === undefined) return 0;
  if (c >= '①' && c <= '⑳') return i + 1;
  if (c === '(') {
    let j = i + 1;
    while (j < n.length && j - i <= 4 && (arabicDigit(n[j]) >= 0 || chineseDigit(n[j]) >= 0 || n[j] === '十')) j++;
    if (j > i + 1 && n[j] === ')') return j + 1;
    return 0;
  }
  if (c === '第') {
    let j = i + 1;
    while (j - i <= 4 && (chineseDigit(n[j]) >= 0 || n[j] === '十' || arabicDigit(n[j]) >= 0)) j++;
    if (j > i + 1 && (n.startsWith('部分', j) || n[j] === '章' || n[j] === '篇' || n[j] === '节')) return j + (n[j] === '部' ? 2 : 1);
    return 0;
  }
  let j = i;
  if (arabicDigit(c) >= 0) {
    while (arabicDigit(n[j]) >= 0 && j - start < 3) j++;
    const m = n[j];
    if ((m === '.' || m === '．' || m === '、') && arabicDigit(n[j + 1]) < 0) return j + 1;
    return 0;
  }
  while ((chineseDigit(n[j]) >= 0 || n[j] === '十') && j - start < 3) j++;
  if (j > start && (n[j] === '、' || n[j] === '.' || n[j] === '．' || n[j] === ',')) return j + 1;
  return 0;
}

// ---------------------------------------------------------------------------
// Kind

/** The kind of a figure from its unit as written (Simplified or Traditional). */
export function figureKind(unit: string): FigureKind {
  const u = normalizeText(unit).trim();
  const base = u.split('(')[0] ?? u;
  if (base === '%' || base === '‰' || base === '‱' || base.endsWith('百分点') || base === '百分之' || base === '千分之') {
    return 'percent';
  }
  if (base.endsWith('元') || base === '英镑') return 'money';
  if (base === '人' || base === '名' || base === '人次' || base === '位') return 'people';
  if (base === '件' || base === '案' || base === '起' || base === '宗' || base === '件次' || base === '例' || base === '单') {
    return 'cases';
  }
  if (
    base === '次' ||
    base === '场' ||
    base === '期' ||
    base === '场次' ||
    base === '轮' ||
    base === '批次' ||
    base === '堂' ||
    base === '期次' ||
    base === '课次' ||
    base === '班次'
  ) {
    return 'events';
  }
  return 'other';
}

// ---------------------------------------------------------------------------
// Paragraph context

interface Para {
  raw: string;
  n: string; // normalised
  quotes: Uint8Array;
  markerEnd: number;
  tokens: NumberToken[];
  tokenAt: Map<number, NumberToken>; // by start offset
}

function makePara(raw: string): Para {
  const n = normalizeText(raw);
  const tokens = scanNumbers(raw);
  const tokenAt = new Map<number, NumberToken>();
  for (const t of tokens) tokenAt.set(t.start, t);
  return { raw, n, quotes: quoteMask(n), markerEnd: listMarkerEnd(n), tokens, tokenAt };
}

// ---------------------------------------------------------------------------
// Reading one quantity

interface Quantity {
  textStart: number;
  textEnd: number;
  value: number;
  valueMax?: number;
  unitStart: number;
  unitEnd: number;
  unit: string; // normalised base unit (for rules)
  unitText: string; // the unit as written
  /** 百分之X / 千分之X: the numeral before 分之 is part of the unit. */
  fraction: boolean;
  qualifiers: { at: number; word: string; rel: Rel }[];
  numberStart: number;
  /** Offset after the number (and its multiplier / 余), where the unit starts. */
  tokensUsed: NumberToken[];
}

function scaled(value: number, multiplier: number): number {
  return multiplier === 1 ? value : Number((value * multiplier).toPrecision(15));
}

/** After a number at `i`: 余/多, a multiplier, 余/多 again ("1000余万", "2万余"). */
function readNumberTail(p: Para, i: number, token: NumberToken, q: Quantity['qualifiers']): { end: number; multiplier: number } {
  let j = i;
  let multiplier = 1;
  let trailing = false;
  const hasOwnMultiplier = token.multiplier !== 1;
  for (let round = 0; round < 2; round++) {
    const c = p.n[j];
    if (c !== undefined && TRAIL_NUMBER.has(c) && !trailing) {
      q.push({ at: j, word: c, rel: TRAIL_NUMBER.get(c)! });
      trailing = true;
      j++;
      continue;
    }
    // 1000余万元, 三千余万: the multiplier after 余.
    if (!hasOwnMultiplier && multiplier === 1 && trailing) {
      const m = multiplierAt(p.n, j, false);
      if (m) {
        multiplier = m.value;
        j += m.length;
        continue;
      }
    }
    break;
  }
  return { end: j, multiplier };
}

/** The unit at `i` (longest match), with a bracketed part: 件(次). */
function readUnit(p: Para, i: number): { start: number; end: number; unit: string } | null {
  let k = i;
  if (p.n[k] === ' ' && p.n[k + 1] !== ' ') k++;
  const w = UNITS.startingAt(p.n, k);
  if (!w) return null;
  let end = k + w.length;
  if (isLatin(w[0]) && isLatin(p.n[end])) return null;
  const reject = UNIT_REJECT.get(w);
  if (w.length === 1 && reject && p.n[end] !== undefined && reject.includes(p.n[end]!)) return null;
  // 个 + 多 + 月: "2个多月" is read by the caller; here only 件(次).
  if (p.n[end] === '(') {
    const inner = p.n.indexOf(')', end + 1);
    if (inner > end + 1 && inner - end <= 4 && BRACKET_UNITS.has(p.n.slice(end + 1, inner))) end = inner + 1;
  }
  const per = perUnitEnd(p.n, end);
  return { start: k, end: per, unit: per > end ? p.n.slice(k, per) : w };
}

/**
 * A unit "per" something is one unit (万吨/年 → 吨/年, 微克/立方米, 元/人, 公里/小时,
 * 0.6人/百亿元): the end of "/denominator" at `i`, or `i` when there is none.
 */
function perUnitEnd(n: string, i: number): number {
  if (n[i] !== '/') return i;
  let k = i + 1;
  while (k - i <= 3 && (n[k] === '百' || n[k] === '千' || n[k] === '万' || n[k] === '亿' || n[k] === '十')) k++;
  const w = PER_UNITS.startingAt(n, k);
  return w ? k + w.length : i;
}

/**
 * The unit of a list whose last value alone carries it (0.5、0.8个百分点; 3.2、4.5和6.1%):
 * from `i` after a bare number, over 、/和/及/与 and bare Arabic numbers, to a number with
 * a unit. Not 年 (2024、2025年 are years) and not across anything else.
 */
function sharedUnit(p: Para, i: number): { unit: string; text: string } | null {
  const n = p.n;
  let pos = i;
  for (let guard = 0; guard < 8; guard++) {
    const sep = n[pos];
    if (sep !== '、' && sep !== '和' && sep !== '及' && sep !== '与') return null;
    const token = p.tokenAt.get(pos + 1);
    if (!token || token.code || token.script !== 'arabic' || Number.isNaN(token.value)) return null;
    const tail = readNumberTail(p, token.end, token, []);
    const unit = readUnit(p, tail.end);
    if (unit) return unit.unit === '年' || unit.unit === '' ? null : { unit: unit.unit, text: p.raw.slice(unit.start, unit.end) };
    pos = tail.end;
  }
  return null;
}

function isConnector(c: string | undefined): boolean {
  return c === '至' || c === '到' || c === '-' || c === '~';
}

// ---------------------------------------------------------------------------
// Labels

// --- Plan and action verbs before the counted noun -------------------------
// 力争专精特新中小企业突破6000家, 建成老年食堂1733个, 严格按照建设标准建成综治中心8个:
// what is counted is the noun phrase after the plan word or the action verb, never the clause.

/** Plan adverbs and verbs of doing that open a clause before the counted noun. */
const PLAN_LEADS = new WordSet([
  '力争',
  '确保',
  '争取',
  '努力',
  '推动',
  '推进',
  '建成',
  '新建',
  '建设提升',
  '改造提升',
  '建成投用',
  '建设完成',
  '严格',
  '全面',
  '加快',
  '大力',
  '持续',
]);
/** Verbs joined to a plan word (新建和改造, 新建扩建, 新建改造提升). */
const SECOND_VERBS = new WordSet(['改造', '扩建', '改建', '改善', '提升', '改善提升', '改造提升', '提标']);
/** Words that are nouns when the plan word is followed by these characters (建成区, 全面性, 持续性). */
const PLAN_LEAD_REJECT_AFTER = new Map<string, string>(Object.entries({ 建成: '区', 全面: '性', 持续: '性期' }));
/** Prepositions that open a phrase of manner (按照…建成X): the label starts after the verb that ends it. */
const MANNER_PREPOSITIONS = new WordSet(['按照', '根据', '依据', '对照', '参照']);
/** Verbs of review after 经 (经清理依法确认X): the label starts after the last of them. */
const REVIEW_VERBS = new WordSet(['确认', '认定', '审核', '审查', '批准', '核实', '核查', '评审', '验收']);
const PLAN_VERBS = new WordSet(['建成', '新建', '建设', '完成', '设立', '打造', '培育', '认定', '创建', '实施']);

/** Start of [s, e) after plan words, a 按照… manner phrase and a 经…确认 review phrase, keeping at least 2 characters. */
function dropPlanLead(n: string, s: number, e: number): number {
  for (let guard = 0; guard < 6 && s < e; guard++) {
    const w = PLAN_LEADS.startingAt(n, s);
    if (w && e - (s + w.length) >= 2 && !(PLAN_LEAD_REJECT_AFTER.get(w) ?? '').includes(n[s + w.length] ?? '')) {
      s += w.length;
      // 力争为经营主体减负: the 为 that follows a plan word introduces the beneficiary.
      if (n[s] === '为' && e - s > 3) s++;
      // 新建和改造高标准农田, 新建扩建污水处理厂: a second verb joined to the first goes with it.
      const joined = '和及与、'.includes(n[s] ?? '') ? 1 : 0;
      const second = SECOND_VERBS.startingAt(n, s + joined);
      if (second && e - (s + joined + second.length) >= 2) s += joined + second.length;
      continue;
    }
    const manner = MANNER_PREPOSITIONS.startingAt(n, s);
    if (manner) {
      const k = lastWordEnd(n, PLAN_VERBS, s + manner.length, e);
      if (k > 0 && e - k >= 2) {
        s = k;
        continue;
      }
    }
    if (n[s] === '经' && e - s > 4) {
      let last = -1;
      for (let k = s + 1; k < e - 2; k++) {
        const r = REVIEW_VERBS.startingAt(n, k);
        if (r && e - (k + r.length) >= 2) last = k + r.length;
      }
      if (last > 0) {
        s = last;
        continue;
      }
    }
    break;
  }
  return s;
}

/** End of the last word of `set` in [from, e) that leaves 2 characters (按照建设标准建成X: 建成, not 建设), or -1. */
function lastWordEnd(n: string, set: WordSet, from: number, e: number): number {
  for (let k = e - 3; k >= from; k--) {
    const w = set.startingAt(n, k);
    if (w && e - (k + w.length) >= 2) return k + w.length;
  }
  return -1;
}

/** 11个重点项目投资突破2000亿元, 3920个新投产项目增加产值…: a change verb after the counted noun ends it. */
function countedNounEndsAtChange(n: string, e: number): boolean {
  // 20处重点区域面貌显著提升；: a degree adverb before the verb ends the noun as well.
  const at = e + (DEGREE_ADVERBS.startingAt(n, e)?.length ?? 0);
  const w = CHANGE_VERBS.startingAt(n, at);
  if (!w || w.length < 2 || w === '新增' || w === '完成' || w === '实现') return false;
  // Only a change that leads to a value (突破2000亿元, 增加产值5100亿元) or ends the clause,
  // not one inside a word (稳增长方案).
  const end = at + w.length;
  // 增加值, 增长率: the verb is part of a noun.
  if ('值额量率点'.includes(n[end] ?? '')) return false;
  if (end >= n.length || CLAUSE_PUNCT.at(n, end)) return true;
  for (let k = end; k < n.length && k <= end + CHANGE_TO_VALUE_MAX; k++) {
    if (arabicDigit(n[k]) >= 0) return true;
    if (!isHan(n[k])) return false;
  }
  return false;
}
/** Degree adverbs before a change verb (显著提升, 大幅增长). */
const DEGREE_ADVERBS = new WordSet(['显著', '明显', '大幅', '稳步', '持续', '进一步', '全面']);
/** How far after such a change verb its value may start (增加|产值|5100亿元). */
const CHANGE_TO_VALUE_MAX = 3;

function trimLeaders(n: string, s: number, e: number): number {
  for (let guard = 0; guard < 8 && s < e; guard++) {
    // Enumerators: 一是 二是 … 十是, 二要, 其一.
    if (chineseDigit(n[s]) > 0 || n[s] === '十') {
      let j = s;
      while (j < e && j - s < 3 && (chineseDigit(n[j]) > 0 || n[j] === '十')) j++;
      if ((n[j] === '是' || n[j] === '要') && j + 1 < e) {
        s = j + 1;
        continue;
      }
    }
    // 五年生产原煤…, 三年安排…: a span of years is when, not what.
    if (isChineseNumeralChar(n[s]) && n[s + 1] === '年' && e - s > 3) {
      s += 2;
      continue;
    }
    // …企业358户和种子独角兽企业1户: a connector that joins the previous item is not the label.
    if (e - s > 2 && LEADING_CONNECTORS.has(n[s]!) && !(CONNECTOR_WORDS.get(n[s]!) ?? '').includes(n[s + 1]!)) {
      s++;
      continue;
    }
    if ((n[s] === '的' || n[s] === '之') && e - s > 2) {
      s++;
      continue;
    }
    const w = LABEL_LEADERS.startingAt(n, s);
    const reject = w ? LEADER_REJECT_AFTER.get(w) : undefined;
    if (w && e - (s + w.length) >= 2 && !(reject && reject.includes(n[s + w.length] ?? ''))) {
      s += w.length;
      continue;
    }
    break;
  }
  return s;
}

/** Start of the head of [s, e): after the last 的 / 等 / 期间 / 后 that leaves at least 2 characters. */
function cutAfterMarkers(n: string, s: number, e: number, quotes: Uint8Array): number {
  for (let k = e - 2; k > s; k--) {
    if (quotes[k]) continue;
    const w = CUT_AFTER.endingAt(n, k, s + 1);
    if (!w) continue;
    if (w === '后' && (HOU_REJECT_AFTER.includes(n[k] ?? '') || HOU_REJECT_BEFORE.includes(n[k - 2] ?? ''))) continue;
    if (w === '等' && (n[k] === '级' || n[k - 2] === '平' || n[k - 2] === '同')) continue;
    if (w === '的' && (n[k - 2] === '目' || n[k] === '士')) continue;
    // …支出相当于生产总值的比例: a ratio alone names nothing; it keeps what it is the ratio of.
    if (w === '的' && e - k === 2 && RATIO_NOUNS.has(n.slice(k, e))) continue;
    return k;
  }
  return s;
}

/** Cut [s, e) to at most LABEL_MAX characters at a verb or preposition, else keep the end. */
function cutLength(n: string, s: number, e: number): number {
  if (e - s <= LABEL_MAX) return s;
  for (let k = s + 1; k < e - 1; k++) {
    if (e - k > LABEL_MAX) continue;
    if (VERB_STARTS.startingAt(n, k)) return k;
    const pw = PREPOSITIONS.endingAt(n, k);
    if (pw) return k;
  }
  // No word boundary: a little over the limit rather than a cut inside a word.
  return e - s <= LABEL_MAX + 2 ? s : e - LABEL_MAX;
}

/** Text of [s, e) from the source with determiners (各类 …) dropped. */
function labelText(p: Para, s: number, e: number): string {
  let out = '';
  let from = s;
  for (let k = s; k < e - 2; k++) {
    if (p.n.charCodeAt(k) !== GE) continue;
    const d = DETERMINERS.find((w) => p.n.startsWith(w, k));
    if (!d) continue;
    out += p.raw.slice(from, k);
    from = k + d.length;
    k = from - 1;
  }
  return withoutMarkup(out + p.raw.slice(from, e)).trim();
}
const GE = '各'.charCodeAt(0);

/** Text that looks like markup (<span>, </p>, &nbsp;) is not part of a label. */
function withoutMarkup(s: string): string {
  if (s.indexOf('<') < 0 && s.indexOf('&') < 0) return s;
  return s.replace(/<\/?[A-Za-z][^<>]{0,40}>/g, '').replace(/&#?[A-Za-z0-9]{1,8};/g, '');
}

/** Start of a tag (<…>) or an entity (&nbsp;) that ends at `i`, or -1. */
function markupStart(n: string, i: number): number {
  const last = n[i - 1];
  if (last !== '>' && last !== ';') return -1;
  const open = last === '>' ? '<' : '&';
  for (let k = i - 2; k >= 0 && i - k <= 42; k--) {
    const c = n[k]!;
    if (c === open) return last === '>' && !/[A-Za-z/]/.test(n[k + 1] ?? '') ? -1 : k;
    if (last === ';' && !/[A-Za-z0-9#]/.test(c)) return -1;
    if (c === '<' || c === '>') return -1;
  }
  return -1;
}

interface BackScan {
  start: number;
  /** The scan stopped at this separator (、), or null. */
  sep: string | null;
}

/** Scan back from `end` over the phrase in the clause, stopping at punctuation, numbers and adverbs (BACK_STOPS). */
function scanBack(p: Para, end: number, lowerBound: number): BackScan & { end: number } {
  const n = p.n;
  let e = end;
  let i = e;
  let stoppedAtDigit = false;
  let sep: string | null = null;
  while (i > lowerBound && e - i < 40) {
    // Inside a quotation (“千村引领、万村提升”, “三类500强”) nothing ends the phrase.
    if (p.quotes[i - 1] && p.quotes[i] && i < e) {
      i--;
      continue;
    }
    // <span>受理案件</span>35件: markup debris is skipped (and left out of the label).
    const tag = markupStart(n, i);
    if (tag >= lowerBound) {
      i = tag;
      continue;
    }
    if (CLAUSE_PUNCT.at(n, i - 1)) {
      if (n[i - 1] === '、') sep = '、';
      break;
    }
    const c = n[i - 1]!;
    if (c === '(' || c === '[' || c === '【') break;
    if (c === ')' || c === ']') {
      let k = i - 2;
      while (k > lowerBound && i - k < 12 && n[k] !== '(' && !CLAUSE_PUNCT.at(n, k)) k--;
      if (n[k] === '(' && k >= lowerBound) {
        i = k;
        continue;
      }
      break;
    }
    if (arabicDigit(c) >= 0) {
      // 5G基站, A4纸, PM2.5浓度: digits in a word with Latin letters are part of the phrase.
      let k = i - 1;
      while (k > lowerBound && (arabicDigit(n[k - 1]) >= 0 || (n[k - 1] === '.' && arabicDigit(n[k - 2]) >= 0))) k--;
      if (isLatin(n[i]) || isLatin(n[k - 1])) {
        i = k;
        continue;
      }
      // 承办人大代表建议12类35件: a class right before the number is not the phrase; the one before it is.
      if (n[i] === '类' && i + 1 === e) {
        i = k;
        e = k;
        continue;
      }
      stoppedAtDigit = true;
      break;
    }
    if (!p.quotes[i - 1]) {
      const stop = BACK_STOPS.endingAt(n, i, lowerBound);
      if (stop) {
        const before = n[i - stop.length - 1] ?? '';
        const reject = FUNCTION_WORD_REJECT.get(stop);
        if (!(reject && reject.includes(before))) {
          if (i < e) break;
          // Nothing collected yet: the adverb sits between the phrase and the number.
          i -= stop.length;
          e = i;
          continue;
        }
      }
    }
    i--;
  }
  if (stoppedAtDigit) {
    // Date residue after a number that is not a figure: 2023年度… 5月…
    for (const w of ['年以来', '年度', '年底', '年初', '年末', '年', '月份', '月', '日', '号']) {
      if (n.startsWith(w, i) && i + w.length < e) {
        i += w.length;
        break;
      }
    }
  }
  return { start: i, end: e, sep };
}

/** Trim leaders, cut after 的/等/后 and to length: the label range inside [i, e), or null. */
function finishLabel(p: Para, i: number, e: number): [number, number] | null {
  const n = p.n;
  let s = trimLeaders(n, i, e);
  s = dropPlanLead(n, s, e);
  s = cutAfterMarkers(n, s, e, p.quotes);
  s = trimLeaders(n, s, e);
  s = cutLength(n, s, e);
  s = trimLeaders(n, s, e);
  s = dropPlanLead(n, s, e);
  s = wholeQuotes(p, s, e);
  if (e - s < 1) return null;
  return [s, e];
}

/**
 * A label never starts inside a quotation (建设者之家”床位): it takes the whole quotation
 * when that stays short, else starts after it.
 */
function wholeQuotes(p: Para, s: number, e: number): number {
  if (s <= 0 || !p.quotes[s] || !p.quotes[s - 1] || CLOSE_OF[p.n.charCodeAt(s)]) return s;
  let open = s - 1;
  while (open > 0 && s - open < QUOTE_SPAN_MAX && p.quotes[open - 1] && !CLOSE_OF[p.n.charCodeAt(open)]) open--;
  if (CLOSE_OF[p.n.charCodeAt(open)] && e - open <= LABEL_MAX + 8) return open;
  let k = s;
  while (k < e && p.quotes[k]) k++;
  return k < e ? k : s;
}

/** Split [s, e) at 和 / 及 / 与 (outside quotes, not in 参与, 涉及 …) into items of two characters or more. */
function splitConjunctions(p: Para, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  let from = s;
  for (let k = s + 2; k < e - 2; k++) {
    const c = p.n[k]!;
    if ((c !== '和' && c !== '及' && c !== '与') || p.quotes[k]) continue;
    const reject = FUNCTION_WORD_REJECT.get(c);
    if (reject && reject.includes(p.n[k - 1] ?? '')) continue;
    out.push([from, k]);
    from = k + 1;
  }
  out.push([from, e]);
  return out;
}

interface Before {
  range: [number, number] | null;
  /** 甲、乙分别为…: the labels of the figures in turn. */
  each?: string[];
  /** A change verb or a comparison stood between the phrase and the number (…增长5%). */
  changed?: boolean;
  /** The source ranges of the 分别 list items, for sharedHeadLabels. */
  items?: [number, number][];
}

/**
 * The phrase before the number, in its clause. With 分别 ("respectively") before the
 * number and a list before that (甲、乙分别为X和Y), each figure takes its item in turn; with
 * 均/都 ("all": 甲、乙均为X) the figure takes the whole list.
 */
/** 2020年的 / 2025年底的 right before `e`: where the date starts, else `e`. */
function dateOfStart(n: string, e: number, lowerBound: number): number {
  if (n[e - 1] !== '的') return e;
  let k = e - 1;
  if (n[k - 1] === '底' || n[k - 1] === '末' || n[k - 1] === '初') k--;
  if (n[k - 1] !== '年') return e;
  k--;
  let d = k;
  while (d > lowerBound && k - d < 4 && arabicDigit(n[d - 1]) >= 0) d--;
  return k - d === 4 ? d : e;
}

function longest(...words: (string | null)[]): string | null {
  let best: string | null = null;
  for (const w of words) if (w && (!best || w.length > best.length)) best = w;
  return best;
}

function phraseBefore(p: Para, start: number, lowerBound: number): Before {
  const n = p.n;
  let e = start;
  if (n[e - 1] === ' ' && e - 1 > lowerBound) e--; // 受理案件 35 件
  let mode: 'each' | 'all' | null = null;
  let changed = false;
  // Leaders, change verbs, their adverbs, a comparison and a date, from the number back:
  // 城乡居民收入|分别|比上年|增长|了| 5%; 人均GDP|从|2020年的| 5.2万元.
  for (let guard = 0; guard < 10; guard++) {
    const date = dateOfStart(n, e, lowerBound);
    if (date < e) {
      e = date;
      continue;
    }
    const w = longest(
      NUMBER_LEADERS.endingAt(n, e, lowerBound),
      CHANGE_VERBS.endingAt(n, e, lowerBound),
      CHANGE_ADVERBS.endingAt(n, e, lowerBound),
    );
    if (w) {
      const reject = FUNCTION_WORD_REJECT.get(w);
      if (reject && reject.includes(n[e - w.length - 1] ?? '')) break;
      // 总量达1461.4万户: a noun that leads the number is the label when nothing precedes it.
      if (LEADING_NOUNS.has(w) && (e - w.length <= lowerBound || CLAUSE_PUNCT.at(n, e - w.length - 1))) break;
      if (w.startsWith('分别')) mode = 'each';
      else if ((w[0] === '均' || w[0] === '都') && !mode) mode = 'all';
      if (CHANGE_VERBS.words.has(w)) changed = true;
      e -= w.length;
      continue;
    }
    const cmp = comparisonStart(n, lowerBound, e);
    if (cmp < 0 || cmp === e) break;
    e = cmp;
    changed = true;
  }
  const first = scanBack(p, e, lowerBound);
  const range = finishLabel(p, first.start, first.end);
  if (!mode || !range) return { range, changed };
  // Collect the list: items separated by 、 and by 和/及/与.
  const items: [number, number][] = [];
  let scan = first;
  for (let guard = 0; guard < 8; guard++) {
    items.unshift(...splitConjunctions(p, scan.start, scan.end));
    if (scan.sep !== '、' || scan.start - 1 <= lowerBound) break;
    scan = scanBack(p, scan.start - 1, lowerBound);
    if (scan.end - scan.start < 1) break;
  }
  const labels = items
    .map(([a, b]) => finishLabel(p, a, b))
    .filter((r): r is [number, number] => r !== null)
    .map(([a, b]) => labelText(p, a, b))
    .filter((l) => l.length >= 2);
  // 一、二、三产业增加值分别…: items of one character are kept for sharedHeadLabels.
  if (labels.length < 2) return mode === 'each' && items.length >= 2 ? { range, each: [], items } : { range };
  if (mode === 'each') return { range, each: labels, items };
  // One value for several indicators: 甲和乙 (a label holds no list punctuation).
  const all = labels.join('和');
  return all.length <= LABEL_MAX + 2 ? { range, each: [all] } : { range };
}

type After =
  | { kind: 'none' }
  | { kind: 'noun'; s: number; e: number }
  | { kind: 'relative'; s: number; e: number }
  | { kind: 'predicate'; s: number; e: number };

function clauseEndFrom(n: string, i: number, max: number): number {
  let j = i;
  while (j < n.length && j - i < max && !CLAUSE_END.at(n, j)) j++;
  return j;
}

/** What follows the unit: a noun (9个社区), a relative clause (21名具有…的“法律明白人”), or a predicate. */
function phraseAfter(p: Para, at: number): After {
  const n = p.n;
  // 为87万名80岁以上老年人, 建成20个500千伏变电站: a number that is not a figure itself
  // (a threshold, a rating) belongs to the noun after it.
  const i = at + numberInNoun(p, at);
  if (i > at && !isHan(n[i])) return { kind: 'none' };
  const c = n[i];
  if (c === undefined || CLAUSE_PUNCT.has(c) || c === '(' || arabicDigit(c) >= 0) return { kind: 'none' };
  if (!isHan(c) && !OPEN_QUOTES.has(c)) return { kind: 'none' };
  // 从4000亿元增长到…: a change verb after the unit says what happened, not what was counted.
  if ((CHANGE_VERBS.startingAt(n, i)?.length ?? 0) >= 2 || (NUMBER_LEADERS.startingAt(n, i)?.length ?? 0) >= 2) return { kind: 'none' };
  if (PREDICATES.startingAt(n, i) || RELATIVE_VERBS.startingAt(n, i)) {
    const end = clauseEndFrom(n, i, 40);
    // A relative clause (21名具有…的“法律明白人”): the noun after its last 的 (outside quotes).
    for (let k = end - 1; k > i && RELATIVE_VERBS.startingAt(n, i); k--) {
      if (n[k] === '的' && !p.quotes[k] && end - (k + 1) >= 2) {
        let e = k + 1;
        while (e < end && n[e] !== '、' && e - (k + 1) < LABEL_MAX) e++;
        return { kind: 'relative', s: k + 1, e };
      }
    }
    let e = i;
    while (e < end && n[e] !== '、' && e - i < LABEL_MAX + 2) e++;
    let s = i;
    if (n[s] === '为' || n[s] === '是') s++;
    return e > s ? { kind: 'predicate', s, e } : { kind: 'none' };
  }
  let e = i;
  while (e < n.length && e - i < LABEL_MAX) {
    const ch = n[e]!;
    // A closing bracket ends the noun too: 1个督查组)疫情防控… names 督查组.
    if (CLAUSE_PUNCT.has(ch) || ch === '(' || ch === ')' || ch === '的' || arabicDigit(ch) >= 0) break;
    if (p.quotes[e]) {
      e++;
      continue;
    }
    if (e > i && (ch === '等' || ch === '暨')) break;
    if ((ch === '和' || ch === '与' || ch === '及' || ch === '或') && (arabicDigit(n[e + 1]) >= 0 || isChineseNumeralChar(n[e + 1]))) break;
    if (e > i) {
      const w = PREDICATES.startingAt(n, e);
      const reject = w ? FUNCTION_WORD_REJECT.get(w) : undefined;
      if (w && !(reject && reject.includes(n[e - 1] ?? '')) && !pairedNounAt(n, e)) break;
      if (qualifierOfNextValue(n, e)) break;
      if (e > i + 1 && ACTION_VERBS.startingAt(n, e)) {
        e = headAfterVerb(p, e);
        break;
      }
      if (e > i + 1 && countedNounEndsAtChange(n, e)) break;
      // 8个市下放…, 380个老旧小区引入…, 3家单位获…: the counted noun ends at its verb.
      if (NOUN_END_VERBS.startingAt(n, e) && (e > i + 1 || ONE_CHARACTER_NOUNS.includes(n[i]!))) {
        e = headAfterVerb(p, e);
        break;
      }
    }
    e++;
  }
  // Ending inside a quotation: take all of it when it closes soon, else stop before it.
  if (e > i && p.quotes[e - 1] && p.quotes[e]) {
    let close = e;
    while (close < n.length && close - e < 8 && p.quotes[close] && !(p.quotes[close + 1] === 0 || close + 1 >= n.length)) close++;
    if (p.quotes[close] && (close + 1 >= n.length || !p.quotes[close + 1])) e = close + 1;
    else {
      while (e > i && p.quotes[e - 1]) e--;
    }
  }
  return e > i ? { kind: 'noun', s: at, e } : { kind: 'none' };
}

/** Length of a number at `i` that modifies the noun after it (80岁以上老年人, 500千伏线路), or 0. */
function numberInNoun(p: Para, i: number): number {
  const token = arabicDigit(p.n[i]) >= 0 ? p.tokenAt.get(i) : undefined;
  if (!token || token.code) return 0;
  const c = readQuantity(p, token, i);
  if (!c) return isHan(p.n[token.end]) && !UNITS.startingAt(p.n, token.end) ? token.end - i : 0;
  return isThreshold(p, c.q) ? c.q.textEnd - i : 0;
}

// ---------------------------------------------------------------------------
// Exclusions

/** An ordinal: 第 before the number, also through a list (第1、2、3批, 第十二至十五条). */
function isOrdinal(p: Para, start: number): boolean {
  const n = p.n;
  let k = start - 1;
  while (k >= 0 && start - k < 16) {
    const c = n[k]!;
    if (c === '第') return true;
    if (
      arabicDigit(c) >= 0 ||
      isChineseNumeralChar(c) ||
      c === '、' ||
      c === ',' ||
      c === ' ' ||
      c === '和' ||
      c === '及' ||
      c === '至' ||
      c === '到' ||
      c === '-' ||
      c === '~' ||
      c === '与'
    ) {
      k--;
      continue;
    }
    break;
  }
  // Ranks and weekdays: 前3名, 排名3, 周一, 星期一, 初一, 礼拜一.
  const before = n[start - 1];
  if (before === '周' || before === '初' || n.startsWith('星期', start - 2) || n.startsWith('礼拜', start - 2)) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Main

interface Candidate {
  q: Quantity;
  token: NumberToken;
}

function relationOf(q: Quantity['qualifiers'], range: boolean): FigureRelation {
  if (range) return 'range';
  if (q.length === 0) return 'exact';
  const rels = new Set(q.map((x) => x.rel));
  if (rels.size === 1) return q[0]!.rel;
  return 'about';
}

/**
 * Read the quantity that starts with `token`, or null. `consumedTo` is the end of the
 * previous figure (nothing before it may be reused).
 */
function readQuantity(p: Para, token: NumberToken, consumedTo: number): Candidate | null {
  const n = p.n;
  if (token.code || Number.isNaN(token.value)) return null;
  const qualifiers: Quantity['qualifiers'] = [];
  const used: NumberToken[] = [token];

  // Leading qualifier (近 约 超过 逾 不足 至少 …; 上 only before a bare 百/千/万).
  let textStart = token.start;
  const lead = LEAD_SET.endingAt(n, token.start, Math.max(consumedTo, p.markerEnd));
  if (lead) {
    const before = n[token.start - lead.length - 1] ?? '';
    const reject = LEAD_REJECT_BEFORE.get(lead);
    if (!(reject && reject.includes(before))) {
      qualifiers.push({ at: token.start - lead.length, word: lead, rel: LEAD_QUALIFIERS.get(lead)! });
      textStart = token.start - lead.length;
    }
  } else if (token.bare && n[token.start - 1] === '上' && token.start - 1 >= consumedTo) {
    qualifiers.push({ at: token.start - 1, word: '上', rel: 'more' });
    textStart = token.start - 1;
  }

  // 百分之X / 千分之X; other fractions (三分之一) are not figures.
  if (n.startsWith('分之', token.end)) {
    const next = p.tokenAt.get(token.end + 2);
    if (!next || next.code || Number.isNaN(next.value)) return null;
    const unit = token.value === 100 && token.text.length === 1 ? '%' : token.value === 1000 && token.text.length === 1 ? '‰' : '';
    if (!unit) return { q: fakeSkip(token, next), token };
    used.push(next);
    let end = next.end;
    const tw = TRAIL_UNIT_SET.startingAt(n, end);
    if (tw) {
      qualifiers.push({ at: end, word: tw, rel: TRAIL_UNIT.get(tw)! });
      end += tw.length;
    }
    return {
      token,
      q: {
        textStart,
        textEnd: end,
        value: next.value,
        unitStart: token.start,
        unitEnd: token.end + 2,
        unit,
        unitText: unit,
        fraction: true,
        qualifiers,
        numberStart: token.start,
        tokensUsed: used,
      },
    };
  }

  // Number, 余/多, multiplier.
  const tail = readNumberTail(p, token.end, token, qualifiers);
  let value = scaled(token.value, tail.multiplier);
  let pos = tail.end;
  let valueMax: number | undefined;

  // Range: 3至5次, 3-5次, 3到5次, 3-5万元.
  if (isConnector(n[pos]) && qualifiers.every((x) => x.at < token.start)) {
    let k = pos + 1;
    if (n[k] === '-' && n[pos] === '-') k++;
    const second = p.tokenAt.get(k);
    if (second && !second.code && !Number.isNaN(second.value) && second.script === token.script) {
      const tail2 = readNumberTail(p, second.end, second, qualifiers);
      const unit2 = readUnit(p, tail2.end);
      if (unit2 && !(n[second.end] === '-' && arabicDigit(n[second.end + 1]) >= 0)) {
        let max = scaled(second.value, tail2.multiplier);
        const m2 = second.multiplier !== 1 ? second.multiplier : tail2.multiplier;
        if (token.multiplier === 1 && tail.multiplier === 1 && m2 !== 1) value = scaled(token.value, m2);
        if (max > value) {
          valueMax = max;
          used.push(second);
          pos = tail2.end;
        } else max = NaN;
      }
    }
  }

  let unit = readUnit(p, pos);
  let shared: { unit: string; text: string } | null = null;
  if (!unit && valueMax === undefined && token.script === 'arabic') {
    // 分别提高0.5、0.8个百分点; 增长3.2%、4.5和6.1%: a unit written once for a list.
    shared = sharedUnit(p, pos);
    if (shared) unit = { start: pos, end: pos, unit: shared.unit };
  }
  if (!unit) {
    // 总投资1.2亿, 超过3万: an amount with 万/亿 and no unit closes its clause.
    const folded = token.multiplier !== 1 || tail.multiplier !== 1;
    const c = n[pos];
    if (!folded || !(c === undefined || CLAUSE_END.has(c) || c === '、' || c === ')')) return null;
    unit = { start: pos, end: pos, unit: '' };
  }
  let end = unit.end;
  let unitName = unit.unit;
  let unitText = shared ? shared.text : p.raw.slice(unit.start, unit.end);

  if (shared) {
    qualifiers.sort((a, b) => a.at - b.at);
    return {
      token,
      q: {
        textStart,
        textEnd: pos,
        value,
        unitStart: pos,
        unitEnd: pos,
        unit: unitName,
        unitText,
        fraction: false,
        qualifiers,
        numberStart: token.start,
        tokensUsed: used,
      },
    };
  }
  // Percent range written with both signs: 30%-50%.
  if (valueMax === undefined && unitName === '%' && isConnector(n[end])) {
    const second = p.tokenAt.get(end + 1);
    if (second && !second.code && n[second.end] === '%' && second.value > value) {
      valueMax = second.value;
      used.push(second);
      end = second.end + 1;
    }
  }
  // 2个多月, 1年多, 3年余: 多/余 after a time unit.
  if (TIME_SET.has(unitName) && (n[end] === '多' || n[end] === '余') && !qualifiers.some((x) => TRAIL_NUMBER.has(x.word))) {
    qualifiers.push({ at: end, word: n[end]!, rel: 'more' });
    end++;
  } else if (unitName === '个' && n[end] === '多' && n[end + 1] === '月') {
    qualifiers.push({ at: end, word: '多', rel: 'more' });
    unitText += p.raw[end + 1];
    end += 2;
    unitName = '个月';
  }
  const tw = TRAIL_UNIT_SET.startingAt(n, end);
  if (tw) {
    qualifiers.push({ at: end, word: tw, rel: TRAIL_UNIT.get(tw)! });
    end += tw.length;
  }
  qualifiers.sort((a, b) => a.at - b.at);
  return {
    token,
    q: {
      textStart,
      textEnd: end,
      value,
      valueMax,
      unitStart: unit.start,
      unitEnd: unit.end,
      unit: unitName,
      unitText,
      fraction: false,
      qualifiers,
      numberStart: token.start,
      tokensUsed: used,
    },
  };
}

/** A quantity that is read only to be skipped (三分之一). */
function fakeSkip(token: NumberToken, next: NumberToken): Quantity {
  return {
    textStart: token.start,
    textEnd: next.end,
    value: NaN,
    unitStart: token.end,
    unitEnd: token.end,
    unit: '',
    unitText: '',
    fraction: true,
    qualifiers: [],
    numberStart: token.start,
    tokensUsed: [token, next],
  };
}

/** Whether a read quantity is a figure (rules 2 and 3 above). */
function isFigure(p: Para, c: Candidate, after: After): boolean {
  const { q, token } = c;
  const n = p.n;
  if (Number.isNaN(q.value) || (q.unit === '' && q.unitEnd === q.unitStart && q.fraction)) return false;
  const start = token.start;
  if (start < p.markerEnd) return false;
  if (p.quotes[start] || p.quotes[q.textEnd - 1]) return false;
  if (isOrdinal(p, q.textStart)) return false;
  // Codes and slogans: letters or + touching the number (5G, A4, 1+1).
  const prev = n[start - 1];
  const next = n[token.end];
  const latinUnit = isLatin(next) && q.unitStart === token.end && isLatin(q.unitText[0]);
  if (isLatin(prev) || (isLatin(next) && !latinUnit) || prev === '+' || prev === '×' || next === '+' || next === '×' || prev === '.')
    return false;
  if ((prev === '-' || prev === '~') && arabicDigit(n[start - 2]) >= 0) return false; // 2023-06-12, 023-1234

  const hasQualifier = q.qualifiers.length > 0;
  const unit = q.unit;

  // Years and time frames.
  if (unit === '年') {
    if (token.script === 'arabic' && token.intDigits.length === 4 && !token.decimal && /^(19|20)/.test(token.intDigits)) return false;
    if (q.valueMax !== undefined) {
      const second = q.tokensUsed[1];
      if (second && second.intDigits.length === 4 && /^(19|20)/.test(second.intDigits)) return false;
    }
    const after1 = n[q.unitEnd] ?? '';
    if ('来度底初末中级'.includes(after1) || n.startsWith('以来', q.unitEnd)) return false;
    const b = n.slice(Math.max(0, q.textStart - 2), q.textStart);
    if (
      b.endsWith('近') ||
      b.endsWith('每') ||
      b === '过去' ||
      b === '未来' ||
      b === '今后' ||
      b.endsWith('前') ||
      b.endsWith('后') ||
      b === '近几' ||
      q.qualifiers.some((x) => x.word === '近')
    ) {
      return false;
    }
    if (token.script === 'chinese' && !n.startsWith('连续', q.textStart - 2)) return false;
  }
  if (TIME_SET.has(unit) && unit !== '年' && (n[q.textEnd] === '来' || n.startsWith('以来', q.textEnd))) return false;
  // 9时30分, 10点15分: a clock time, not points.
  if (unit === '分' && (n[q.textStart - 1] === '时' || n[q.textStart - 1] === '点')) return false;

  // Chinese numerals (rule 3).
  if (token.script === 'chinese' && !q.fraction) {
    if (token.digitString) return false;
    if (unit === '分') return false;
    const b1 = n[q.textStart - 1] ?? '';
    if (b1 === '数' || b1 === '几' || b1 === '若' || n[token.end] === '几') return false;
    if (token.bare && !hasQualifier && !(token.multiplier >= 1e4 && ATTAINED.endingAt(n, q.textStart))) return false;
    // Idioms that alternate numerals: 三番五次, 五花八门, 接二连三.
    if (!hasQualifier && token.value < 10) {
      if (isChineseNumeralChar(n[q.textStart - 2]) && !CLAUSE_PUNCT.has(n[q.textStart - 1] ?? '')) return false;
      // 六位一体, 一人一档, 两个一百年: numeral-unit-numeral is a slogan pattern.
      if (chineseDigit(n[q.textEnd]) > 0) return false;
    }
    if (token.value === 1 && token.text.length === 1) {
      const closes = q.textEnd >= n.length || CLAUSE_END.has(n[q.textEnd]!);
      if (!closes) return false;
      // 最多跑一次, 每季度一次, 只跑一次: a limit or a rate, not a count.
      const before = n.slice(Math.max(0, q.textStart - 4), q.textStart);
      if (/最多|最少|至多|每|只|仅/.test(before)) return false;
    }
  }
  if (FIXED_PHRASES.startingAt(n, q.textStart)) return false;
  if (namesSomething(p, c, after)) return false;

  // N-unit naming a scheme: 600分评级机制, 六人小组, 8小时工作制.
  if (after.kind === 'noun' && (!COUNT_SET.has(unit) || unit === '人' || unit === '名')) {
    const head = n.slice(after.s, Math.min(after.e, after.s + 6));
    if (SCHEME_NOUNS.some((w) => head.includes(w))) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Numbers that name something rather than count it (docs/report-model.md §4)

/** Nouns that, counted, are the report's own structure: 三个部分, 八个方面工作. */
const STRUCTURE_NOUNS = new WordSet(['部分', '方面']);
/** What follows a session ordinal: 十四届人大三次会议, 十二届市委八次全会. */
const SESSION_NOUNS = new WordSet(['会议', '全会', '全体会议']);
/** Nouns after an Arabic N期 that make it a project phase: 4期工程, 3期项目. */
const PHASE_NOUNS = new WordSet(['工程', '项目', '扩建', '改造', '基金', '建设']);

/**
 * The number is part of a name (rule 2): a session ordinal (X届…X次会议/全会), a project
 * phase (二期, 三期工程), a class (一类, 7类), a round written with 二 (二轮: a count says 两),
 * a rank (前五位), the report's own structure (三个部分), an indefinite 一批, a saying that
 * repeats its measure (干一件成一件), or a threshold naming a group (亿元以上项目,
 * 3岁以下婴幼儿, 年运量150万吨以上的园区).
 */
function namesSomething(p: Para, c: Candidate, after: After): boolean {
  const { q, token } = c;
  const n = p.n;
  const unit = q.unit;
  const chinese = token.script === 'chinese';
  if (unit === '次' && (SESSION_NOUNS.startingAt(n, q.textEnd) || afterSessionNumber(n, q.textStart))) return true;
  // 三期工程, 机场四期、…: a phase, unless it closes its clause (举办培训班四期。).
  const closes = q.textEnd >= n.length || CLAUSE_END.has(n[q.textEnd]);
  if (unit === '期' && (PHASE_NOUNS.startingAt(n, q.textEnd) || (chinese && !closes))) return true;
  if (chinese && token.text === '二' && COUNT_SET.has(unit)) return true;
  // 一类地区, 1类创新药, 12类35件: a class names a kind; what is counted is in the classes.
  if (unit === '类') return true;
  if (n[q.textStart - 1] === '前' && (unit === '位' || unit === '名' || unit === '强')) return true;
  if (after.kind === 'noun' && STRUCTURE_NOUNS.startingAt(n, after.s)) return true;
  if (chinese && token.value === 1 && token.text.length === 1) {
    if (unit === '批') return true;
    const again = token.text + q.unitText;
    for (let k = Math.max(0, q.textStart - 5); k < q.textStart; k++) if (p.raw.startsWith(again, k)) return true;
  }
  // 25兆瓦级, 万吨级: a size class.
  if (n[q.textEnd] === '级') return true;
  // 24小时开放, 24小时在线: round the clock, a schedule rather than an amount.
  if (unit === '小时' && q.value === 24 && isHan(n[q.textEnd]) && !CLAUSE_END.has(n[q.textEnd])) return true;
  return isThreshold(p, q);
}

/** 十一届十次、十一次全会: a 届 before the number, through a list of session numbers. */
function afterSessionNumber(n: string, start: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= 12; k--) {
    const ch = n[k]!;
    if (ch === '届') return true;
    if (!(isChineseNumeralChar(ch) || arabicDigit(ch) >= 0 || ch === '次' || ch === '、' || ch === '和')) return false;
  }
  return false;
}

/**
 * An amount of money or a measure with 以上/以下 (or 超/超过) right before a noun names a
 * group by a threshold: 亿元以上项目, 3岁以下婴幼儿, 150万吨以上的物流园区. Counts (1200名以上
 * 科技特派员) and percentages (60%以上的机构) stay figures.
 */
function isThreshold(p: Para, q: Quantity): boolean {
  if (COUNT_SET.has(q.unit) || PERCENT_SET.has(q.unit) || q.qualifiers.length === 0) return false;
  // 以上/以下/以内 after it, or 超/超过/逾 before it; 近2000亿元的基地 states an amount.
  if (!q.qualifiers.some((x) => (x.at >= q.unitEnd && x.rel !== 'about') || x.rel === 'more')) return false;
  let k = q.textEnd;
  if (p.n[k] === '的') k++;
  const ch = p.n[k];
  if (!isHan(ch) || p.quotes[k]) return false;
  if (PREDICATES.startingAt(p.n, k) || CHANGE_VERBS.startingAt(p.n, k) || '和及与或至到'.includes(ch!)) return false;
  return k > q.textEnd || q.qualifiers.some((x) => x.at >= q.unitEnd);
}

/** A label that only says how (连续, 实现, 或): not a label. */
function weak(label: string): boolean {
  return label === '' || WEAK_LABELS.has(normalizeText(label));
}

/** Percent followed by a verb: 100%覆盖, 100%办结 (not 至, 和, 的 …). */
function percentVerb(p: Para, i: number): [number, number] | null {
  const n = p.n;
  if (!isHan(n[i]) || '的至到和及与或并且为是在以较比同占'.includes(n[i]!) || isChineseNumeralChar(n[i])) return null;
  // 从75.6%提升至76.5%: a change verb after the value leads to the next value; it says nothing of this one.
  if ((CHANGE_VERBS.startingAt(n, i)?.length ?? 0) >= 2 || (NUMBER_LEADERS.startingAt(n, i)?.length ?? 0) >= 2) return null;
  let e = i;
  while (e < n.length && e - i < 4 && isHan(n[e]) && n[e] !== '的' && !isChineseNumeralChar(n[e])) e++;
  return [i, e];
}

interface Prev {
  end: number;
  /** End of the noun after its measure word (48个行政执法部门|公示…): the next label starts after it. */
  nounEnd: number;
  label: string;
  /** Labels left for the next figures of a 分别 list. */
  pending: string[];
}

/** Only connectors between two figures: 99.6%和98.7%, 3件、5件. */
function connectedTo(p: Para, prev: Prev | null, start: number): boolean {
  if (!prev || start - prev.end > 3) return false;
  for (let k = prev.end; k < start; k++) if (!'和及与、,或'.includes(p.n[k]!)) return false;
  return true;
}

/** The label of a figure (rule 5). `pending` receives labels left for the next figures. */
function figureLabel(
  p: Para,
  q: Quantity,
  after: After,
  prev: Prev | null,
  pending: string[],
  earlier: readonly string[],
  indicator: { text: string },
): string {
  // The phrase before starts after the previous figure, and after the noun that figure counted
  // (48个行政执法部门|公示执法信息2.6万条) unless nothing is left then (任务指标的161.44%).
  const looseBound = Math.max(p.markerEnd, prev ? prev.end : 0);
  let lowerBound = Math.max(p.markerEnd, prev && prev.nounEnd <= q.textStart ? prev.nounEnd : looseBound);
  if (lowerBound > looseBound) {
    const tight = phraseBefore(p, q.textStart, lowerBound);
    if (!tight.range || weak(labelText(p, tight.range[0], tight.range[1]))) lowerBound = looseBound;
  }
  if (after.kind === 'noun' || after.kind === 'relative') {
    let l = labelText(p, after.s, after.e);
    if (after.kind === 'noun') l = modifierBeforeNumber(p, q, lowerBound, l);
    if (l) {
      // 地区生产总值连续迈上4个万亿元台阶、达14.2万亿元: what later values measure is the
      // indicator before the change verb, not the noun counted here.
      if (CHANGE_VERBS.endingAt(p.n, q.textStart, lowerBound)) {
        const b = phraseBefore(p, q.textStart, lowerBound);
        if (b.changed && b.range) indicator.text = labelText(p, b.range[0], b.range[1]);
      }
      return l;
    }
  }
  if (prev && prev.pending.length > 0 && connectedTo(p, prev, q.textStart)) {
    pending.push(...prev.pending.slice(1));
    return prev.pending[0]!;
  }
  const b = phraseBefore(p, q.textStart, lowerBound);
  const each = b.each && ((b.items && sharedHeadLabels(p, b.items, listLength(p, q, b.items.length + 1))) || b.each);
  if (each && each.length > 0) {
    pending.push(...each.slice(1));
    return each[0]!;
  }
  const before = b.range;
  let label = before ? labelText(p, before[0], before[1]) : '';
  if (weak(label)) label = '';
  // …收入增长4.6%，总量突破1900亿元: a bare 总量/规模 is the total of the indicator before it.
  const last = earlier[earlier.length - 1];
  if (last && label.length <= 3 && GENERIC_NOUNS.has(normalizeText(label))) return last + label;
  if (before) {
    const whole = bareHeadWithSubject(p, q, before, label, prev) ?? reachOfNamedThing(p, q, label);
    if (whole) return whole;
  }
  if (PERCENT_SET.has(q.unit)) {
    const v = percentVerb(p, q.textEnd);
    if (v) return label + labelText(p, v[0], v[1]);
  }
  if (label) return urbanRuralPair(p, q, label, pending);
  // 12类35件, 3256批次、8902人次: a figure right after another counts the same thing.
  if (prev && prev.label && (prev.end === q.textStart || connectedTo(p, prev, q.textStart))) return prev.label;
  if (after.kind === 'predicate') return labelText(p, after.s, after.e);
  // 为期6个月的专项整治, 90%的事项: the noun after 的.
  if (p.n[q.textEnd] === '的') {
    const of = phraseAfter(p, q.textEnd + 1);
    if (of.kind === 'noun') return labelText(p, of.s, of.e);
  }
  const inherited = inheritedLabels(p, q, earlier);
  if (inherited.length > 0) {
    const total = totalAfterIncrement(p, q, lowerBound, inherited);
    pending.push(...total.slice(1));
    return total[0]!;
  }
  // Last resort: a light verb or adverb of two characters or more (连续, 为期) rather than nothing.
  const verb = before ? labelText(p, before[0], before[1]) : '';
  return verb.length >= 2 ? verb : '';
}

// --- Generic head nouns take their modifier ---------------------------------
// 投资, 产量, 企业, 项目, 举措 alone say what kind of thing is counted, not which: the
// modifier written before them in the same clause is part of the label.

/** Ratio nouns that never stand alone after 的 (…占生产总值的比重). */
const RATIO_NOUNS = new Set(['比例', '比重', '占比']);
/** Amounts that a preceding count's noun owns: 810个重点项目完成投资N亿元. */
const OWNED_AMOUNTS = new Set(['投资', '产值', '产量', '营收']);
/** Adverbs and verbs that, dropped from before an amount, leave it nameless (完成投资, 累计产量). */
const AMOUNT_VERBS = new WordSet(['完成', '累计', '实现', '新增']);
/** A share of the whole (占全国) is the share of the figure before it. */
const SHARE_OF_WHOLE = /^占(?:全国|全省|全市|全区|全球|世界)$/;
/** Counted nouns that alone name only a kind: the modifier before the number is theirs (带动上下游千余家企业). */
const GENERIC_COUNTED = new Set(['企业', '项目', '举措', '措施', '单位', '产品', '活动', '平台', '省份']);
/** Stages of a project that name which projects are counted (新开工…等2个项目 → 新开工项目). */
const PROJECT_STAGES = new WordSet(['新开工', '开工', '续建', '建成通车', '建成投产', '竣工投产', '建成', '竣工', '投产']);
/** Longest predicate that turns into a modifier of the counted noun (3家单位获某奖 → 获某奖单位). */
const COUNT_PREDICATE_MAX = 16;

/** 国家和地区, 国际及地区: a connector followed by 地区 joins one noun, not two clauses. */
function pairedNounAt(n: string, e: number): boolean {
  return (n[e] === '和' || n[e] === '及' || n[e] === '与') && n.startsWith('地区', e + 1);
}

/** 116个国家和地区近4000名运动员: a qualifier of the next value (近, 超, 约) ends the counted noun. */
function qualifierOfNextValue(n: string, e: number): boolean {
  const w = LEAD_SET.startingAt(n, e);
  if (!w) return false;
  const next = n[e + w.length];
  return arabicDigit(next) >= 0 || isChineseNumeralChar(next);
}

/** Nothing of the clause stands before the number (…，3家单位获…). */
function clauseStartsWithCount(p: Para, q: Quantity, lowerBound: number): boolean {
  const k = q.textStart - 1;
  return k < lowerBound || k < 0 || CLAUSE_PUNCT.at(p.n, k);
}

/**
 * 3家单位获某奖, 34个项目进入某名录: a clause that opens with a count of a generic noun says
 * which ones by its predicate; the label is the predicate made a modifier (获某奖单位).
 */
function predicateOfCount(p: Para, q: Quantity, noun: string): string {
  const n = p.n;
  const from = q.textEnd + noun.length;
  let e = from;
  while (e < n.length && e - from <= COUNT_PREDICATE_MAX && !CLAUSE_PUNCT.at(n, e)) {
    // A digit is a value of its own unless it is part of a Latin word (5G).
    if (arabicDigit(n[e]) >= 0 && !isLatin(n[e + 1]) && !isLatin(n[e - 1])) return noun;
    e++;
  }
  if (e === from || e - from > COUNT_PREDICATE_MAX || !CLAUSE_PUNCT.at(n, e)) return noun;
  const predicate = p.raw.slice(from, e);
  // 5家单位获评文明单位: the predicate already ends with the noun.
  return normalizeText(predicate).endsWith(normalizeText(noun)) ? predicate : predicate + noun;
}
/** Generic heads right after a verb that ends a counted noun (285个计划新开工项目, 拟竣工投产项目). */
const HEADS_AFTER_VERB = new WordSet(['项目', '企业', '工程', '单位']);

/** End of a generic head that closes a counted noun shortly after the verb at `e` (计划新|开工项目), else `e`. */
function headAfterVerb(p: Para, e: number): number {
  // Only a project stage (开工, 投产) makes the verb a modifier of the head right after it.
  const stage = PROJECT_STAGES.startingAt(p.n, e);
  const w = stage ? HEADS_AFTER_VERB.startingAt(p.n, e + stage.length) : null;
  return w ? e + stage!.length + w.length : e;
}

/** True when nothing ends the sentence between `from` and `to`. */
function sameSentence(n: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SENTENCE_END.at(n, k)) return false;
  return true;
}

/**
 * A bare amount or share whose subject was dropped: 完成投资 after 810个重点项目 (the
 * projects' investment), 累计产量, 占全国 after 棉花总产616.5万吨 (the share of that total).
 */
function bareHeadWithSubject(p: Para, q: Quantity, before: [number, number], label: string, prev: Prev | null): string | null {
  const n = p.n;
  const head = normalizeText(label);
  const subject = prev && prev.label && sameSentence(n, prev.end, q.textStart) && !prev.label.includes('占') ? prev.label : '';
  if (SHARE_OF_WHOLE.test(head)) return subject ? subject + label + '比重' : null;
  if (!OWNED_AMOUNTS.has(head)) return null;
  const verb = AMOUNT_VERBS.endingAt(n, before[0]);
  if (!verb) return null;
  const verbText = p.raw.slice(before[0] - verb.length, before[0]);
  return verb === '完成' && subject ? subject + verbText + label : verbText + label;
}

/** How far before the number 累计 may stand (累计达到, 累计建成): a short verb phrase. */
const TOTAL_MARK_SPAN = 6;

/**
 * 新增公园127座，…累计达到1100座: a value reached 累计 after an increment is the running
 * total of the thing, not another increment: the inherited label loses its 新增.
 */
function totalAfterIncrement(p: Para, q: Quantity, lowerBound: number, inherited: string[]): string[] {
  const from = Math.max(lowerBound, q.textStart - TOTAL_MARK_SPAN);
  if (!p.n.slice(from, q.textStart).includes('累计')) return inherited;
  return inherited.map((l) => (normalizeText(l).startsWith('新增') && l.length >= 4 ? l.slice(2) : l));
}

/** Verbs of reach: 惠及N人的X is how many X reaches. */
const REACH_VERBS = new Set(['惠及', '覆盖', '辐射', '带动', '服务']);

/** 惠及3400万人的调水工程: the label is the thing named after 的 with its verb (调水工程惠及). */
function reachOfNamedThing(p: Para, q: Quantity, label: string): string | null {
  if (!REACH_VERBS.has(normalizeText(label)) || p.n[q.textEnd] !== '的') return null;
  const of = phraseAfter(p, q.textEnd + 1);
  if (of.kind !== 'noun') return null;
  // …的调水工程启动建设: the named thing ends where its own predicate starts.
  let e = of.s + 2;
  while (e < of.e && !PROJECT_STAGES.startingAt(p.n, e) && !p.n.startsWith('启动', e)) e++;
  return labelText(p, of.s, e) + label;
}

/** A generic counted noun (企业, 举措) with the modifier written right before the number: 稳经济30项举措. */
function modifierBeforeNumber(p: Para, q: Quantity, lowerBound: number, noun: string): string {
  if (!GENERIC_COUNTED.has(normalizeText(noun))) return noun;
  const b = phraseBefore(p, q.textStart, lowerBound);
  if (!b.range) return clauseStartsWithCount(p, q, lowerBound) ? predicateOfCount(p, q, noun) : noun;
  if (b.changed || b.range[1] !== q.textStart) return noun;
  // 新开工晏城至表白寺等2个项目: examples before 等 are not the modifier; the project stage is.
  if (p.n[b.range[1] - 1] === '等') {
    for (const at of [b.range[0], b.range[0] - 2]) {
      const stage = at >= 0 ? PROJECT_STAGES.startingAt(p.n, at) : null;
      if (stage) return p.raw.slice(at, at + stage.length) + noun;
    }
    return noun;
  }
  // 从6个方面出台21条措施: what follows another count's measure word is not a modifier.
  if (UNITS.startingAt(p.n, b.range[0]) || arabicDigit(p.n[b.range[0] - 1]) >= 0) return noun;
  const modifier = labelText(p, b.range[0], b.range[1]);
  return modifier.length >= 2 && !weak(modifier) && modifier.length + noun.length <= LABEL_MAX ? modifier + noun : noun;
}

// --- Asides inside a label ----------------------------------------------------
// 医保集中带量采购为群众减负N亿元, 公共文化机构年均服务群众N人次: who benefits and how
// often are asides of the clause; the label is the indicator without them.

/** Beneficiaries after 为 (为群众节省…, 为企业减负…). */
const BENEFICIARIES = new WordSet(['群众', '企业', '居民', '经营主体', '市场主体', '农民', '农户', '市民', '患者', '纳税人', '消费者']);
/** Verbs after a frequency adverb (年均服务, 年均接待): the adverb is how often, not what. */
const FREQUENCY_VERBS = new WordSet(['服务', '接待', '开展', '举办', '培训', '救助']);

/** The label without a 为+beneficiary phrase or a 年均 before a verb, when at least 2 characters stay on each side. */
function withoutAsides(label: string): string {
  const n = normalizeText(label);
  for (let k = 0; k < n.length - 3; k++) {
    // 作为企业…, 成为…, 认为…: 为 inside a word is not the beneficiary's.
    if (n[k] === '为' && (k === 0 || !'作成认因以称'.includes(n[k - 1]!))) {
      const who = BENEFICIARIES.startingAt(n, k + 1);
      if (who && n.length - (k + 1 + who.length) >= 2) return withoutAsides(label.slice(0, k) + label.slice(k + 1 + who.length));
    }
    if (k >= 2 && n.startsWith('年均', k) && FREQUENCY_VERBS.startingAt(n, k + 2)) return label.slice(0, k) + label.slice(k + 2);
  }
  return label;
}

// --- Lists with a shared head ---------------------------------------------
// 食品、石化、医药等产业增加值分别增长…; 城镇、农村居民人均可支配收入分别…; 国家级、部级创新平台
// 分别达到…: the head noun is written once, after the last modifier, and belongs to every item.

/** Words that start the head of a list's last item (…农村|居民人均可支配收入, 普惠小微|贷款余额). */
const LIST_HEADS = new WordSet([
  '居民',
  '常住居民',
  '产业',
  '行业',
  '领域',
  '贷款',
  '增加值',
  '产值',
  '全产业链',
  '收入',
  '投资',
  '企业',
  '平台',
  '创新平台',
  '项目',
  '限上',
  '零售额',
  '营收',
  '营业收入',
  '利润',
  '总额',
  '规模',
  '总量',
  '比重',
  '占比',
  '人口',
  '人数',
  '机构',
  '产量',
  '产能',
  '销量',
  '出口',
  '进口',
  '普及率',
]);
/** Longest modifier of a list item that still shares the last item's head. */
const LIST_MODIFIER_MAX = 5;

/**
 * Labels of a 分别 list whose items are modifiers of one head written once at the end, or
 * null when the list is not of that shape. `values` is how many values follow; items split
 * at 和 inside the last one (软件和信息服务业增加值) are joined back while items outnumber values.
 */
function sharedHeadLabels(p: Para, items: readonly [number, number][], values: number): string[] | null {
  const n = p.n;
  const ranges = items.map(([a, b]) => finishLabel(p, a, b)).filter((r): r is [number, number] => r !== null && r[1] - r[0] >= 1);
  if (ranges.length !== items.length) return null;
  const last = items[items.length - 1]!;
  let a = dropPlanLead(n, trimLeaders(n, last[0], last[1]), last[1]);
  const lastStart = a;
  const b = last[1];
  while (ranges.length > values && ranges.length > 2 && '和及与'.includes(n[ranges[ranges.length - 2]![1]] ?? '')) {
    ranges.pop();
    a = ranges.pop()![0];
    ranges.push([a, b]);
  }
  const merged = ranges.length > 0 && ranges[ranges.length - 1]![0] !== lastStart;
  if (ranges.length !== values || ranges.length < 2) return null;
  const earlier = ranges.slice(0, -1);
  // 营业总收入、利润总额分别…: items that carry a head of their own are whole indicators.
  if (earlier.some(([x, y]) => hasListHead(n, x, y))) return null;
  const longestModifier = Math.max(...earlier.map(([x, y]) => y - x));
  if (longestModifier > LIST_MODIFIER_MAX || b - a <= longestModifier) return null;
  const split = headSplit(p, earlier, a, b, merged);
  if (!split) return null;
  const head = labelText(p, split.head, b);
  const out = earlier.map(([x, y]) => labelText(p, x, y) + head);
  out.push(labelText(p, a, split.modifierEnd) + head);
  return out;
}

/** Where the modifier of the list's last item [a, b) ends and its shared head starts. */
function headSplit(
  p: Para,
  earlier: readonly [number, number][],
  a: number,
  b: number,
  merged: boolean,
): { modifierEnd: number; head: number } | null {
  const n = p.n;
  const fits = (k: number) => k > a && b - k >= 2;
  const longestModifier = Math.max(...earlier.map(([x, y]) => y - x));
  // 食品、石化、医药、信息等产业增加值: after 等.
  for (let k = a + 1; k < b - 2; k++) if (n[k] === '等' && !p.quotes[k]) return { modifierEnd: k, head: k + 1 };
  // 国家级、部级创新平台: short items that end as the last item's short modifier does.
  const endChar = n[earlier[0]![1] - 1];
  if (endChar && longestModifier <= SHORT_MODIFIER && earlier.every(([, y]) => n[y - 1] === endChar)) {
    for (let k = a; k < Math.min(b, a + SHORT_MODIFIER); k++)
      if (n[k] === endChar && fits(k + 1)) return { modifierEnd: k + 1, head: k + 1 };
  }
  // 制造业、普惠小微贷款余额: before the first head word, about as far in as the other items are
  // long, unless 和 joined the last item (住宿和餐饮业增加值: kept whole).
  const reach = merged ? b : a + longestModifier + 2;
  for (let k = a + 1; fits(k) && k <= reach; k++) {
    const w = LIST_HEADS.startingAt(n, k);
    // 规上制造业、工业新兴产业增加值: items that are industries already (…业) share 增加值, not 产业增加值.
    if (w && !(endChar === '业' && (w === '产业' || w === '行业'))) return { modifierEnd: k, head: k };
  }
  // 小学、初中、高中入学率: items all of one length are parallel, and so is the last one's
  // modifier. Items of mixed lengths give no such sign (工业机器人|产量 would be cut anywhere).
  const length = earlier[0]![1] - earlier[0]![0];
  if (merged || !earlier.every(([x, y]) => y - x === length)) return null;
  return fits(a + length) ? { modifierEnd: a + length, head: a + length } : null;
}

/** Modifiers this short (国家级, 省级) are matched by their last character. */
const SHORT_MODIFIER = 3;

/** True when [x, y) holds a head word after its first character (营业总收入, 利润总额). */
function hasListHead(n: string, x: number, y: number): boolean {
  for (let k = x + 1; k < y - 1; k++) if (LIST_HEADS.startingAt(n, k)) return true;
  return false;
}

/**
 * 城乡居民收入分别增长4.4%、5.6%: two values for a 城乡 indicator are the urban (城镇) and the
 * rural (农村) one, in that order.
 */
function urbanRuralPair(p: Para, q: Quantity, label: string, pending: string[]): string {
  if (label.length < 4 || label[0] !== '城' || normalizeText(label.slice(0, 2)) !== '城乡' || listLength(p, q, 3) !== 2) return label;
  const traditional = label[1] === '鄉';
  pending.push((traditional ? '農村' : '农村') + label.slice(2));
  return (traditional ? '城鎮' : '城镇') + label.slice(2);
}

/**
 * A value with nothing of its own before it but a change verb (…达到5.67万亿元、增长5.4%;
 * 从4000亿元增长到4398.6亿元; 甲X、乙Y，分别增长a、b) measures what the figures before it
 * in the sentence measured: a list of m such values takes the labels of the m figures
 * before it, in order.
 */
function inheritedLabels(p: Para, q: Quantity, earlier: readonly string[]): string[] {
  if (earlier.length === 0 || !earlier[earlier.length - 1]) return [];
  const m = listLength(p, q, Math.min(8, earlier.length));
  const take = earlier.slice(earlier.length - m);
  return take.every((l) => l.length > 0) ? take : [];
}

/** How many values form the list that starts with `q` (5.4%、12.1%和7.9% → 3), at most `max`. */
function listLength(p: Para, q: Quantity, max: number): number {
  let count = 1;
  let pos = q.textEnd;
  while (count < max) {
    let k = pos;
    while (k - pos < 2 && (p.n[k] === '、' || p.n[k] === '和' || p.n[k] === '及' || p.n[k] === '与')) k++;
    if (k === pos) break;
    const token = p.tokenAt.get(k);
    if (!token || token.code) break;
    // A cheap reading (number, 余/多, unit, 以上): enough to count the values.
    pos = readNumberTail(p, token.end, token, []).end;
    const unit = readUnit(p, pos);
    if (unit) {
      pos = unit.end;
      pos += TRAIL_UNIT_SET.startingAt(p.n, pos)?.length ?? 0;
    }
    count++;
  }
  return count;
}

function sentenceBounds(n: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !SENTENCE_END.at(n, s - 1)) s--;
  let e = at;
  while (e < n.length && !SENTENCE_END.at(n, e)) e++;
  if (e < n.length && n[e] !== '\n' && n[e] !== '\r') e++;
  return [s, e];
}

/**
 * Figures of a report body, in document order. `paragraphs[i]` is the text of
 * block i, `sections[i]` its outline path ("" when none).
 */
export function extractFigures(paragraphs: readonly string[], sections: readonly string[]): Figure[] {
  const out: Figure[] = [];
  for (let b = 0; b < paragraphs.length; b++) {
    const raw = paragraphs[b] ?? '';
    if (!raw) continue;
    const p = makePara(raw);
    const section = sections[b] ?? '';
    let consumedTo = 0;
    let prevFigure: Prev | null = null;
    let sentence: [number, number] = [-1, -1];
    let sentenceText = '';
    let sentenceLabels: string[] = [];
    for (const token of p.tokens) {
      if (token.start < consumedTo) continue;
      const c = readQuantity(p, token, consumedTo);
      if (!c) continue;
      const { q } = c;
      consumedTo = Math.max(consumedTo, q.textEnd);
      const isPercent = PERCENT_SET.has(q.unit);
      const after: After = isPercent ? { kind: 'none' } : phraseAfter(p, q.textEnd);
      if (!isFigure(p, c, after)) continue;

      if (q.textStart >= sentence[1]) {
        sentence = sentenceBounds(p.n, q.textStart);
        sentenceText = raw.slice(sentence[0], sentence[1]).trim();
        sentenceLabels = [];
      }
      const pending: string[] = [];
      const indicator = { text: '' };
      const label = withoutAsides(figureLabel(p, q, after, prevFigure, pending, sentenceLabels, indicator));
      sentenceLabels.push(indicator.text || label);
      const qualifier = q.qualifiers.map((x) => raw.slice(x.at, x.at + x.word.length)).join('…');
      const figure: Figure = {
        text: raw.slice(q.textStart, q.textEnd),
        value: q.value,
        unit: q.unitText,
        qualifier,
        relation: relationOf(q.qualifiers, q.valueMax !== undefined),
        kind: figureKind(q.unit),
        label,
        section,
        sentence: sentenceText,
        block: b,
        start: q.textStart,
      };
      if (q.valueMax !== undefined) figure.valueMax = q.valueMax;
      out.push(figure);
      const nounEnd = after.kind === 'noun' || after.kind === 'relative' ? after.e : q.textEnd;
      prevFigure = { end: q.textEnd, nounEnd, label, pending };
    }
  }
  return out;
}
