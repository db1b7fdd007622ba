// Inputs built to hurt regular expressions and loops over page text: long runs of
// one bracket, marker or numeral, dotted and comma-separated digit chains, deep
// nesting, many line breaks and table cells. Shared by the pathological tests
// and the worst-case benchmark (scripts/worst-case.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR } from './fixtures';

/** Size of the text inputs: 1 MB of UTF-8. */
export const MB = 1_000_000;

export interface Adversarial {
  name: string;
  /** What the input is, for the table. */
  what: string;
  /** The page. */
  html: string;
  /**
   * The paragraphs handed straight to buildOutline and extractFigures (raw, not
   * collapsed by readBlocks), or null to take the paragraphs readBlocks reads
   * from the page.
   */
  lines: string[] | null;
}

const encoder = new TextEncoder();

/** `unit` repeated until the result holds `bytes` bytes of UTF-8 (at least once). */
export function repeatTo(unit: string, bytes = MB): string {
  const n = Math.max(1, Math.ceil(bytes / encoder.encode(unit).length));
  return unit.repeat(n);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const TITLE = '某某区人民政府关于2023年法治政府建设情况的报告';

/** A portal-like page around `body` (HTML). No CMS body class: the generic finders run. */
export function pageAround(body: string, title = TITLE): string {
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' +
    escapeHtml(title) +
    '_某某区人民政府</title></head>' +
    '<body><div class="header">首页 &gt; 政务公开</div><div class="main"><h1>' +
    escapeHtml(title) +
    '</h1>' +
    '<div id="content">' +
    body +
    '</div></div><div class="footer">主办单位：某某区人民政府</div></body></html>'
  );
}

/** Each line of `text` as a `<p>`. */
export function textPage(text: string): string {
  return pageAround(
    text
      .split('\n')
      .map((l) => '<p>' + escapeHtml(l) + '</p>')
      .join(''),
  );
}

function textCase(name: string, what: string, text: string): Adversarial {
  return { name, what, html: textPage(text), lines: text.split('\n') };
}

/** The text in one `<p>` as it is, line breaks and all (they reach textContent raw). */
function rawTextCase(name: string, what: string, text: string): Adversarial {
  return { name, what, html: pageAround('<p>' + escapeHtml(text) + '</p>'), lines: text.split('\n') };
}

/** A real report's paragraphs, repeated: the reference for ordinary text. */
function ordinaryReport(bytes: number): string {
  const html = readFileSync(join(FIXTURE_DIR, 'd-ucap-000-t.html'), 'utf8');
  const paras = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)]
    .map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, ' ')
        .trim(),
    )
    .filter((t) => t.length > 0);
  return repeatTo(paras.join('\n') + '\n', bytes).replace(/\n$/, '');
}

/** 10,000 markers of every form on one line, with headings and figures between them. */
function markersOneLine(): string {
  const forms = ['一、', '（一）', '(一)', '1.', '1．', '1、', '(1)', '（1）', '①', '第一部分', '十二、', '（十）'];
  const parts: string[] = [];
  for (let i = 0; i < 10_000; i++) parts.push(forms[i % forms.length]! + '推进依法行政共办理案件1,234件增长3.5%');
  return parts.join('');
}

/** The adversarial inputs, each about `bytes` of text (the structural ones by count). */
export function adversarialInputs(bytes = MB): Adversarial[] {
  const scale = bytes / MB;
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  const cases: Adversarial[] = [
    textCase('ordinary', 'a real report, repeated (reference)', ordinaryReport(bytes)),
    textCase('parens', '((((((((', repeatTo('(', bytes)),
    textCase('parens-full', '（（（（（（', repeatTo('（', bytes)),
    textCase('paren-marker-open', '(一(一(一(一…', repeatTo('(一', bytes)),
    textCase('dotted', '1.1.1.1.1…', repeatTo('1.', bytes) + '1'),
    textCase('commas', '1,1,1,1…', repeatTo('1,', bytes) + '1'),
    textCase('digits', '111111… one number', repeatTo('1', bytes)),
    textCase('cn-ones', '一一一一…', repeatTo('一', bytes)),
    textCase('cn-ten', '十十十十…', repeatTo('十', bytes)),
    textCase('wan-yi', '万亿万亿…', repeatTo('万亿', bytes)),
    textCase('jin', '近近近近…', repeatTo('近', bytes)),
    textCase('percent-words', '百分之百分之…', repeatTo('百分之', bytes)),
    textCase('di', '第第第第…', repeatTo('第', bytes)),
    textCase('cn-markers', '一、一、一、… on one line', repeatTo('一、', bytes)),
    textCase('markers-10k', '10,000 markers of every form on one line', repeatTo(markersOneLine(), bytes)),
    textCase('marker-commas', '（一）、、、、…x (heading trim)', '（一）' + repeatTo('、，, ', bytes) + 'x'),
    textCase('quotes', '““““ and 《《《《 unclosed', repeatTo('“《', bytes)),
    textCase('figures-dense', '近3万余人，… figure after figure', repeatTo('近3万余人，约1.5亿元、30%-50%，', bytes)),
    textCase('surrogates', 'lone and paired surrogates, zero-width', repeatTo('\ud800𠀀\u200b\ufeff\udc00一、', bytes)),
    rawTextCase('ws-lines', 'a 1 MB run of newlines, U+3000 and nbsp, then a marker', repeatTo('\u3000 \u00a0\n', bytes) + '一、标题'),
    textCase('long-line', 'one 1 MB paragraph of prose', repeatTo('依法行政工作稳步推进，法治政府建设取得新成效', bytes)),
    {
      name: 'br-50k',
      what: '50,000 <br> in one paragraph',
      html: pageAround('<p>' + Array.from({ length: count(50_000) }, (_, i) => `${(i % 20) + 1}.办理案件${i}件`).join('<br>') + '</p>'),
      lines: null,
    },
    {
      name: 'spans-20k',
      what: '20,000 nested <span>',
      html: pageAround('<p>' + '<span>一、依法'.repeat(count(20_000)) + '</span>'.repeat(count(20_000)) + '</p>'),
      lines: null,
    },
    {
      name: 'divs-5k',
      what: '5,000 nested <div> with 来源 labels',
      html: pageAround('<div><span>来源：</span>'.repeat(count(5_000)) + '2024年1月1日' + '</div>'.repeat(count(5_000))),
      lines: null,
    },
    {
      name: 'table-10k',
      what: 'a table of 10,000 cells',
      html: pageAround(
        '<table>' +
          Array.from(
            { length: count(100) },
            (_, r) =>
              '<tr>' + Array.from({ length: 100 }, (_, c) => `<td>${c % 7 === 0 ? '来源' : `（${r}）${c}.5万元`}</td>`).join('') + '</tr>',
          ).join('') +
          '</table>',
      ),
      lines: null,
    },
    {
      name: 'style-attr',
      what: 'a 1 MB style attribute of font-family:黑…',
      html: pageAround(`<p><span style="${repeatTo('font-family:黑', bytes)}">一、依法行政</span>工作情况</p>`),
      lines: null,
    },
    {
      name: 'long-title',
      what: 'a 1 MB <title> of 政府-政府…',
      html: pageAround('<p>一、总体情况</p>', repeatTo('政府政府政府 - 网', bytes) + 'x'),
      lines: null,
    },
  ];
  return cases;
}
