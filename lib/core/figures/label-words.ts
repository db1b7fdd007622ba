// Word lists for labels: number leaders, stops, label leaders, weak labels (verbs: label-verbs.ts).

import { normalizeText } from './text';
import { WordSet } from './words';

// Label words ---------------------------------------------------------------

/** Words right before the number that introduce it and are not part of the label. */
export const NUMBER_LEADERS = new WordSet([
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
export const LEADING_NOUNS = new Set(['总数', '数量', '总量']);
/**
 * Adverbs that end the phrase before a number when scanning back: what comes
 * before them is the subject or a time phrase (联勤平台共受理…, 驻所调解室已成功调处…).
 */
export const BACK_STOPS = new WordSet([
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
export const FUNCTION_WORD_REJECT = new Map<string, string>(
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
export const LABEL_LEADERS = new WordSet([
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
export const LEADER_REJECT_AFTER = new Map<string, string>(
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
export const DETERMINERS = ['各类', '各种', '各项'];
/** After these the label starts afresh (the head is what follows). */
export const CUT_AFTER = new WordSet(['的', '等', '期间', '以来', '之后', '后']);
/** 后 is a cut only as "after (doing)": not in 后备, 后续, 落后, 最后, 前后. */
export const HOU_REJECT_AFTER = '备续期台勤盾面方来';
export const HOU_REJECT_BEFORE = '最落前之然随此今以而背';

/** Connectors that may start the phrase after a previous figure (…358户和种子企业1户). */
export const LEADING_CONNECTORS = new Set(['和', '及', '与', '或']);
/** …unless they start a word: 和美, 和谐, 及时, 与会. */
export const CONNECTOR_WORDS = new Map<string, string>(Object.entries({ 和: '美谐平睦', 及: '时早格', 与: '会' }));
/** Places and people named by one character (8个市, 3个县). */
export const ONE_CHARACTER_NOUNS = '市县区省村镇乡国人户';
/** Prepositions after which a long label may be cut as well. */
export const PREPOSITIONS = new WordSet(['在', '对', '向', '从', '通过', '按照', '根据', '依托', '围绕', '针对', '以', '把', '将', '为']);

export const LABEL_MAX = 14;

/** A label that only says how (连续, 实现, 或): not a label. */
export function weak(label: string): boolean {
  return label === '' || WEAK_LABELS.has(normalizeText(label));
}
