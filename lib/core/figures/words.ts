// Word lists for reading quantities: units, measure words, qualifiers, fixed phrases, scheme nouns.

import type { FigureRelation } from '../types';

// Word lists (Simplified)

/** A set of words looked up by their last (or first) character, for scans in both directions. */
export class WordSet {
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
export const PER_UNITS = new WordSet([
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
export const UNITS = new WordSet([...LATIN_UNITS, ...PERCENT_UNITS, ...MONEY_UNITS, ...TIME_UNITS, ...COUNT_CLASSIFIERS, ...MEASURE_UNITS]);
export const COUNT_SET = new Set(COUNT_CLASSIFIERS);
export const TIME_SET = new Set(TIME_UNITS);
export const PERCENT_SET = new Set(PERCENT_UNITS);

/**
 * A unit followed by these characters is the start of a word, not a unit
 * (3组织 → 组织, 条例, 期间, 人民, 项目 …).
 */
export const UNIT_REJECT = new Map<string, string>(
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
export const BRACKET_UNITS = new Set([
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

export type Rel = Exclude<FigureRelation, 'exact' | 'range'>;

export const LEAD_QUALIFIERS = new Map<string, Rel>([
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
export const LEAD_SET = new WordSet([...LEAD_QUALIFIERS.keys()]);
/** A leading qualifier is not one when it ends a word: 节约, 签约, 最近, 附近, 赶超. */
export const LEAD_REJECT_BEFORE = new Map<string, string>(
  Object.entries({
    约: '节制签预违集特公条合履解邀相缔践婚隐',
    近: '最附临就靠亲贴远邻',
    超: '赶高',
  }),
);
export const TRAIL_NUMBER = new Map<string, Rel>([
  ['余', 'more'],
  ['多', 'more'],
]);
export const TRAIL_UNIT = new Map<string, Rel>([
  ['以上', 'more'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['以下', 'less'],
  ['以内', 'less'],
]);
export const TRAIL_UNIT_SET = new WordSet([...TRAIL_UNIT.keys()]);

/** Fixed political phrases with a numeral and measure word: not counts. */
export const FIXED_PHRASES = new WordSet([
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
export const ATTAINED = new WordSet(['突破', '达到', '达', '超过', '迈上', '跨上', '跨越', '首破']);

/** Nouns that name a scheme: N-unit before them names it (600分评级机制, 六人小组). */
export const SCHEME_NOUNS = [
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
