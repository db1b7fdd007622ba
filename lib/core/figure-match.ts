// Scoring extracted figures against a hand-made list: precision, recall and label
// accuracy. Used by the unit tests and by `npm run eval`. Two label rules: the
// lenient one (same thing named: equal, or one holds the other) and the strict one
// a researcher pasting the label would apply (see strictLabelVerdict).

import { Converter } from 'opencc-js/t2cn';

export interface ComparableFigure {
  text: string;
  value: number;
  label: string;
}

export interface FigureScore {
  expected: number;
  predicted: number;
  matched: number;
  labelsRight: number;
  missed: ComparableFigure[];
  extra: ComparableFigure[];
  wrongLabels: { expected: string; got: string; text: string; verdict: LabelVerdict }[];
}

const squeeze = (s: string) => s.replace(/[\s"“”‘’「」『』'，,、。：:（）()]/g, '');

/** A label is right when it names the same thing: equal, or one holds the other. */
export function labelMatches(got: string, expected: string): boolean {
  const a = squeeze(got);
  const b = squeeze(expected);
  if (a === b) return true;
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.includes(short);
}

/** Why a label is right or wrong under the strict rule. */
export type LabelVerdict = 'right' | 'empty' | 'markup' | 'bare-word' | 'verb-tail' | 'clause' | 'truncated' | 'wrong-subject';

let toSimplified: ((s: string) => string) | undefined;

/** Compared form of a label: NFKC (full-width → half-width), Simplified script, no whitespace or punctuation, lower case. */
export function normaliseLabel(s: string): string {
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified(s.normalize('NFKC'))
    .replace(/[\s\p{P}]/gu, '')
    .toLowerCase();
}

// Words that alone never name what is counted: verbs of change and achievement,
// comparison and time adverbs, qualifiers, measure words and units, numerals.
// A label made only of these (增长, 同比增长, 亿元, 个百分点, 突破) is a bare word.
const BARE_WORDS = [
  ...'增加到 增长到 提高到 提升到 提升至 下降到 降到 降低到 减少到 增长 增加 减少 下降 降低 提高 提升 突破 达到 超过 完成 实现 新增 累计 举行 举办 给予 开展 建成 新建 投入 引进 培育 办理 达成 落实 实施 推动 推进 加快 发放 下达 拨付 安排 支持 带动 吸引 扩大 缩小 增至 降至 减至 达 超 占 为 是 有'.split(
    ' ',
  ),
  ...'从 由 到 至 共 约 近 余 逾 多 超 以上 以下 左右 分别 同比 环比 年均 比上年 较上年 比 较 全年 其中 首次 共计 合计 总计 同期 上年 去年 今年 本年 均 各 达到了 稳步 显著 大幅 实际 高于 低于'.split(
    ' ',
  ),
  ...'个百分点 百分点 人次 万人 亿元 万元 千瓦时 千瓦 平方米 平方公里 公里 千米 公顷 个 项 家 件 次 人 名 户 所 座 条 套 台 辆 吨 元 倍 米 亩 度 天 年 月 日 岁 批 处 篇 部 份 场 届 期 类 级 %'.split(
    ' ',
  ),
].sort((a, b) => b.length - a.length);
const NUMERAL = /^[0-9.一二三四五六七八九十百千万亿零两]+/;

/** True when the (normalised) label is nothing but bare words and numerals. */
export function isBareWord(normalised: string): boolean {
  let rest = normalised;
  while (rest) {
    const numeral = NUMERAL.exec(rest);
    if (numeral) {
      rest = rest.slice(numeral[0].length);
      continue;
    }
    const word = BARE_WORDS.find((w) => rest.startsWith(w));
    if (!word) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/** Tags, entities, attribute or script text carried into a label from the page. */
const MARKUP = /[<>{}]|&#?[a-z0-9]+;|\b(?:class|style|href|src|id)\s*=/i;
/** Punctuation that ends or joins clauses: a label holding one is a piece of a sentence. */
const CLAUSE_MARK = /[，,；;。！？!?：:、\n]/;
/** Words that make extra text around a label a clause: verbs of change, comparisons, connectives. */
const CLAUSE_WORDS =
  /增长|增加|减少|下降|降低|提高|提升|突破|达到|超过|完成|实现|累计|分别|同比|比上年|较上年|年均|其中|以及|并且|我们|推动|推进|加快|建成|力争|确保|预计|按照|通过|经过|根据|依法|严格|围绕|确认|坚持|着力|积极|持续|进一步|高于|低于/;
/** A join word at the seam between the annotated label and extra text: "A和B", "B的", "B为". */
const JOIN_BEFORE = /[和与及或并而、]$/;
const JOIN_AFTER = /^[和与及或并而是为达占比较从由到至在将的]/;
/** Extra text beyond the annotated label that is still a modifier (全市, 规模以上 …), not a clause. */
const MAX_EXTRA = 10;
/** A shorter label that ends as the annotation does (its head noun) is right from this length. */
const MIN_HEAD = 4;
/** A non-matching label this long is a clause, not a competing noun phrase. */
const MAX_NOUN_PHRASE = 12;

/**
 * The strict label rule. After normalising both labels (normaliseLabel), a label
 * is right when it is not empty, carries no markup, is not made only of bare
 * words (BARE_WORDS: 增长, 突破, 个百分点 …), has no clause punctuation the
 * annotation lacks, and either
 * - equals the annotation, or
 * - is part of it, at least half its length or ending as it does with at least
 *   MIN_HEAD characters (生产总值 for 地区生产总值, 联合抽查比例 for
 *   上级部门要求的联合抽查比例; else 'truncated': 保有量 for 新能源汽车保有量), or
 * - holds it with at most MAX_EXTRA extra characters that contain no digit, no
 *   clause word (CLAUSE_WORDS), not the annotation again, and no join word at the
 *   seam (全市地区生产总值 is right; 投资和地区生产总值 is 'clause'; the
 *   annotation followed by bare words only, 地区生产总值增长 or 地区生产总值比上年,
 *   is 'verb-tail', a clause fragment of its own class).
 * Any other label is 'wrong-subject' (another noun phrase of the sentence), or
 * 'clause' when it holds a digit or clause word or is longer than MAX_NOUN_PHRASE.
 */
export function strictLabelVerdict(got: string, expected: string): LabelVerdict {
  const a = normaliseLabel(got);
  const b = normaliseLabel(expected);
  if (!a) return 'empty';
  if (MARKUP.test(got)) return 'markup';
  if (isBareWord(a)) return 'bare-word';
  if (CLAUSE_MARK.test(got) && !CLAUSE_MARK.test(expected)) return 'clause';
  if (a === b) return 'right';
  if (b.includes(a)) return a.length * 2 >= b.length || (b.endsWith(a) && a.length >= MIN_HEAD) ? 'right' : 'truncated';
  const at = a.indexOf(b);
  if (at >= 0 && b) {
    const before = a.slice(0, at);
    const after = a.slice(at + b.length);
    const extra = before + after;
    const beforeIsClause = before.length > MAX_EXTRA || /[0-9]/.test(before) || CLAUSE_WORDS.test(before) || JOIN_BEFORE.test(before);
    if (after && isBareWord(after) && !beforeIsClause) return 'verb-tail';
    const clause =
      extra.length > MAX_EXTRA ||
      /[0-9]/.test(extra) ||
      CLAUSE_WORDS.test(extra) ||
      extra.includes(b) ||
      JOIN_BEFORE.test(before) ||
      JOIN_AFTER.test(after);
    return clause ? 'clause' : 'right';
  }
  return /[0-9]/.test(a) || CLAUSE_WORDS.test(a) || a.length > MAX_NOUN_PHRASE ? 'clause' : 'wrong-subject';
}

export interface ScoreOptions {
  /** 'lenient' (default): labelMatches; 'strict': strictLabelVerdict. */
  labels?: 'lenient' | 'strict';
}

function sameFigure(a: ComparableFigure, b: ComparableFigure): boolean {
  return squeeze(a.text) === squeeze(b.text) && Math.abs(a.value - b.value) < 1e-6 * Math.max(1, Math.abs(b.value));
}

/** Matches in document order: each expected figure takes the next unused predicted one that is the same. */
export function scoreFigures(
  predicted: readonly ComparableFigure[],
  expected: readonly ComparableFigure[],
  options: ScoreOptions = {},
): FigureScore {
  const verdictOf = (got: string, exp: string): LabelVerdict =>
    options.labels === 'strict' ? strictLabelVerdict(got, exp) : labelMatches(got, exp) ? 'right' : 'wrong-subject';
  const used = new Array<boolean>(predicted.length).fill(false);
  const score: FigureScore = {
    expected: expected.length,
    predicted: predicted.length,
    matched: 0,
    labelsRight: 0,
    missed: [],
    extra: [],
    wrongLabels: [],
  };
  let cursor = 0;
  for (const exp of expected) {
    let found = -1;
    for (let i = cursor; i < predicted.length && found < 0; i++) if (!used[i] && sameFigure(predicted[i]!, exp)) found = i;
    for (let i = 0; i < cursor && found < 0; i++) if (!used[i] && sameFigure(predicted[i]!, exp)) found = i;
    if (found < 0) {
      score.missed.push(exp);
      continue;
    }
    used[found] = true;
    cursor = found + 1;
    score.matched++;
    const got = predicted[found]!;
    const verdict = verdictOf(got.label, exp.label);
    if (verdict === 'right') score.labelsRight++;
    else score.wrongLabels.push({ expected: exp.label, got: got.label, text: exp.text, verdict });
  }
  predicted.forEach((p, i) => {
    if (!used[i]) score.extra.push(p);
  });
  return score;
}

export function ratios(s: Pick<FigureScore, 'expected' | 'predicted' | 'matched' | 'labelsRight'>) {
  return {
    precision: s.predicted ? s.matched / s.predicted : s.expected ? 0 : 1,
    recall: s.expected ? s.matched / s.expected : 1,
    labelAccuracy: s.matched ? s.labelsRight / s.matched : 1,
  };
}
