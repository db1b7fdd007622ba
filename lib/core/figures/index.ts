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
//
// Where the rules live: text.ts (normalisation, quotes), words.ts (units, qualifiers),
// quantity.ts (rules 1, 4, 6), filters.ts (rules 2, 3), labels.ts (rule 5, with
// phrases.ts, label-*.ts, noun-ends.ts, label-words.ts, change-words.ts).

import type { Figure } from '../types';
import { isFigure } from './filters';
import { withoutAsides } from './label-asides';
import { type Prev, figureLabel, sentenceBounds } from './labels';
import { type After, phraseAfter } from './phrases';
import { figureKind, makePara, readQuantity, relationOf } from './quantity';
import { PERCENT_SET } from './words';

export { figureKind } from './quantity';

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
