// The five contents the central rules require of a 法治政府建设年度报告
// (docs/report-model.md §5), and where the report gives each: a part of its own, a
// subsection, or (for the leaders' duty, content 3) a sentence inside a section.

import type { OutlineEntry } from './types';

export type RequiredWhere = 'part' | 'subsection' | 'sentence';

export interface RequiredFinding {
  content: 1 | 2 | 3 | 4 | 5;
  found: boolean;
  where: RequiredWhere | null;
  /** The paragraph it was found in (for scrolling), or -1. */
  block: number;
  /** The outline path of the heading or sentence. */
  section: string;
  /** The heading or sentence that gives it. */
  evidence: string;
}

// Heading wordings, both scripts. Checked in this order: a heading counts for one content only.
const LEADERS = /第一(责任|負責|负责|責任)人|(党政|黨政)主要(负责|負責)(人|同志)|主要(负责|負責)人履行/;
const SHORTCOMINGS = /不足|问题|問題|差距|短板|薄弱|困难|困難|欠缺/;
const NEXT_YEAR =
  /下一?(步|年|阶段|階段)|(工作|主要)(思路|打算|安排|计划|計劃|展望|重点|重點)|改进(措施|方向)|改進(措施|方向)|努力方向|今后|今後|明年|\d{4}年.{0,8}(思路|打算|安排|计划|計劃)/;
const OTHER = /其[他它].{0,6}(情况|情況|事项|事項)/;
const MEASURES =
  /(举措|舉措|措施|做法|工作)(和|及|与|與|、)?(成效|成績|成绩|成果)|(开展|開展|推进|推進|建设|建設|落实|落實)(工作)?(的)?(情况|情況)|主要(工作|举措|舉措|做法|成效|成績|成绩)|工作(成效|回顾|回顧)|(成效|成績|成绩)(和|与|與|及)/;

const ORDER: [RequiredFinding['content'], RegExp][] = [
  [3, LEADERS],
  [2, SHORTCOMINGS],
  [4, NEXT_YEAR],
  [5, OTHER],
  [1, MEASURES],
];

// A sentence that reports the leaders' duty being done (content 3 inside a section).
const LEADERS_SENTENCE =
  /(党政|黨政)?主要(负责|負責)(人|同志).{0,20}(履行|履職|履职|落实|落實|带头|帶頭)|(履行|履職|履职|落实|落實).{0,20}第一(责任|責任)人(职责|職責)/;

function contentOfHeading(title: string): RequiredFinding['content'] | null {
  for (const [content, re] of ORDER) if (re.test(title)) return content;
  return null;
}

export function requiredContents(
  outline: readonly OutlineEntry[],
  paragraphs: readonly string[],
  sections: readonly string[],
): RequiredFinding[] {
  const findings = new Map<number, RequiredFinding>();
  const take = (content: RequiredFinding['content'], f: Omit<RequiredFinding, 'content' | 'found'>) => {
    if (!findings.has(content)) findings.set(content, { content, found: true, ...f });
  };
  // Parts first (top-level headings).
  for (const entry of outline) {
    const content = entry.level === 1 ? contentOfHeading(entry.title) : null;
    if (content) {
      take(content, { where: 'part', block: entry.block, section: sections[entry.block] ?? '', evidence: entry.marker + entry.title });
    }
  }
  // What the shortcomings and next-year parts say is not a report of last year's
  // work: a 第一责任人 subsection under 下步工作打算 is a plan, not content 3.
  const elsewhere = [findings.get(2), findings.get(4)].filter((f) => f !== undefined).map((f) => f.section);
  const outside = (section: string) => !elsewhere.some((root) => section === root || section.startsWith(root + ' > '));
  for (const entry of outline) {
    const section = sections[entry.block] ?? '';
    const content = entry.level > 1 && outside(section) ? contentOfHeading(entry.title) : null;
    if (content) take(content, { where: 'subsection', block: entry.block, section, evidence: entry.marker + entry.title });
  }
  // The leaders' duty is often one sentence of a section.
  if (!findings.has(3)) {
    for (let i = 0; i < paragraphs.length; i++) {
      const section = sections[i] ?? '';
      if (!outside(section)) continue;
      const sentence = paragraphs[i]!.split(/(?<=[。；！？])/).find((s) => LEADERS_SENTENCE.test(s));
      if (sentence) {
        take(3, { where: 'sentence', block: i, section, evidence: sentence.trim().slice(0, 120) });
        break;
      }
    }
  }
  return ([1, 2, 3, 4, 5] as const).map(
    (content) => findings.get(content) ?? { content, found: false, where: null, block: -1, section: '', evidence: '' },
  );
}
