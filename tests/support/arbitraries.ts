// Shared generators (fast-check) for the property tests (tests/unit/property-*.test.ts):
// text mixing every marker form, digits, 万/亿, qualifiers, unbalanced brackets,
// ideographic and zero-width spaces, lone and paired surrogates and very long lines;
// HTML pages from a small grammar; the seed and the run counts.

import fc from 'fast-check';
import { escapeHtml } from './adversarial';

export const URL = 'https://www.example.gov.cn/art/2024/3/1/art_1_1.html';
// Seeded for a reproducible suite; a failure prints its seed and shrunk input.
// FC_SEED=random (or a number) and FC_RUNS=10 (a multiplier) explore further.
export const SEED = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20240301);
export const RUNS = Number(process.env.FC_RUNS ?? 1);
export const run = (numRuns: number) => ({ numRuns: Math.round(numRuns * RUNS), seed: SEED });
// Generous: the suite shares two cores; a hang still fails.
export const TIMEOUT = 20_000;

// ---------------------------------------------------------------------------
// Text

export const CJK = '依法行政工作推进法治政府建设情况报告年度区县市人民办理案件共计开展培训次人个项家名元件场部门单位制度的了和与及等是会议';
export const MARKERS = [
  '一、',
  '二、',
  '十二、',
  '（一）',
  '(一)',
  '（十）',
  '1.',
  '2．',
  '1、',
  '12.',
  '(1)',
  '（3）',
  '①',
  '⑳',
  '第一部分',
  '第二章',
  '一是',
];
export const NUMBER_PARTS = [
  '0',
  '1',
  '2',
  '5',
  '9',
  '12',
  '1,234',
  '3.5',
  '１２',
  '２．５',
  '一',
  '两',
  '三',
  '十',
  '百',
  '千',
  '万',
  '亿',
  '万亿',
  '二〇二三',
  '零',
];
export const QUALIFIERS = [
  '余',
  '多',
  '近',
  '约',
  '超过',
  '逾',
  '不足',
  '以上',
  '左右',
  '%',
  '‰',
  '个百分点',
  '百分之',
  '千分之',
  '至',
  '-',
  '~',
];
export const BRACKETS = ['（', '）', '(', ')', '【', '】', '《', '》', '〔', '〕', '“', '”', '"', '「'];
export const ODD = [
  '\u3000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\ud842\udfb7',
  ' ',
  '\t',
  '。',
  '，',
  '；',
  '：',
  '、',
  '.',
  ',',
  '年',
  '月',
  '日',
];

export const cjkChar = fc.constantFrom(...CJK);
export const piece = fc.oneof(
  { weight: 4, arbitrary: cjkChar },
  { weight: 2, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_PARTS) },
  { weight: 2, arbitrary: fc.constantFrom(...QUALIFIERS) },
  { weight: 1, arbitrary: fc.constantFrom(...BRACKETS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
/** Now and then one piece repeated into a very long line. */
export const longRun = fc
  .tuple(fc.oneof(piece, fc.constantFrom(...MARKERS, ...BRACKETS)), fc.integer({ min: 200, max: 2000 }))
  .map(([p, n]) => p.repeat(n));
export const textOf = (maxPieces: number) =>
  fc.array(fc.oneof({ weight: 30, arbitrary: piece }, { weight: 1, arbitrary: longRun }), { maxLength: maxPieces }).map((a) => a.join(''));
/** A paragraph, usually opening with a marker. */
export const paragraph = fc.tuple(fc.option(fc.constantFrom(...MARKERS), { freq: 2 }), textOf(40)).map(([m, t]) => (m ?? '') + t);

// ---------------------------------------------------------------------------
// HTML from a small grammar

export const STYLES = [
  'display:none',
  'display: none',
  'font-weight:bold',
  'text-align:center',
  'visibility:hidden',
  'font-family:黑体',
  'color:red',
];
export const CLASSES = ['TRS_Editor', 'pages_content', 'share', 'footer', 'qrcode', 'article-content', 'x'];
export const attrs = fc
  .record(
    {
      style: fc.constantFrom(...STYLES),
      class: fc.constantFrom(...CLASSES),
      id: fc.constantFrom('zoom', 'UCAP-CONTENT', 'a'),
      align: fc.constant('center'),
    },
    { requiredKeys: [] },
  )
  .map((a) =>
    Object.entries(a)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join(''),
  );

export const { node: htmlNode } = fc.letrec<{ node: string; element: string; table: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: paragraph.map(escapeHtml) },
    { weight: 1, arbitrary: fc.constant('<br>') },
    { weight: 3, arbitrary: tie('element') },
    { weight: 1, arbitrary: tie('table') },
  ),
  element: fc
    .tuple(fc.constantFrom('p', 'div', 'span', 'font', 'b', 'strong', 'h2', 'td'), attrs, fc.array(tie('node'), { maxLength: 5 }))
    .map(([tag, a, children]) => `<${tag}${a}>${children.join('')}</${tag}>`),
  table: fc
    .array(fc.array(tie('node'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
    .map((rows) => `<table>${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`),
}));

export const TITLES = ['某某区2023年法治政府建设年度报告', '关于2022年度法治政府建设情况的报告', '关于印发某某方案的通知', '', '报告'];
export const page = fc
  .tuple(fc.oneof(fc.constantFrom(...TITLES), textOf(8)), fc.boolean(), fc.array(htmlNode, { maxLength: 8 }))
  .map(
    ([title, withMeta, body]) =>
      `<html><head><title>${escapeHtml(title)}</title>${withMeta ? `<meta name="ArticleTitle" content="${escapeHtml(title).replace(/"/g, '&quot;')}">` : ''}` +
      `</head><body>${body.join('')}</body></html>`,
  );
