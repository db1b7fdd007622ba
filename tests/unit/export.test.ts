import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, figuresCSV, figuresJSON, figuresMarkdown, figuresTSV, spreadsheetNumber } from '../../lib/view/export';
import type { Figure } from '../../lib/core/types';

const source = {
  title: '关于2022年法治政府建设情况的报告',
  publisher: '某街道办事处',
  date: '2023-03-01',
  url: 'https://www.example.gov.cn/a.html',
};
const fig = (over: Partial<Figure>): Figure => ({
  text: '10500余件(次)',
  value: 10500,
  unit: '件(次)',
  qualifier: '余',
  relation: 'more',
  kind: 'cases',
  label: '受理办件服务',
  section: '一、主要举措和成效 > (一)政府职能',
  sentence: '共受理办件服务10500余件(次),办结率100%。',
  block: 3,
  start: 7,
  ...over,
});

describe('copy formats', () => {
  const figures = [
    fig({}),
    fig({
      text: '3至5次',
      value: 3,
      valueMax: 5,
      unit: '次',
      qualifier: '至',
      relation: 'range',
      label: '会前学法',
      sentence: '含"引号",逗号\t和制表符\n换行',
    }),
  ];

  it('TSV has a header row, one line per figure, and the source on every row', () => {
    const lines = figuresTSV(figures, source).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('section\tlabel\tvalue\tunit\tqualifier\ttext\tsentence\treport\tpublisher\tdate\turl');
    expect(lines[1]!.split('\t')).toEqual([
      '一、主要举措和成效 > (一)政府职能',
      '受理办件服务',
      '10500',
      '件(次)',
      '余',
      '10500余件(次)',
      '共受理办件服务10500余件(次),办结率100%。',
      ...Object.values(source),
    ]);
    // Tabs and line breaks inside a cell would break the paste.
    expect(lines[2]!.split('\t')).toHaveLength(11);
    // A range reads as text in a spreadsheet (3-5 would be read as the fifth of March).
    expect(lines[2]!.split('\t')[2]).toBe('3–5');
  });

  it('CSV quotes per RFC 4180', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('plain')).toBe('plain');
    const csv = figuresCSV(figures, source);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"含""引号"",逗号\t和制表符\n换行"');
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('Markdown escapes pipes and names the source', () => {
    const md = figuresMarkdown([fig({ label: 'a|b' })], source);
    expect(md).toContain('**关于2022年法治政府建设情况的报告** · 某街道办事处 · 2023-03-01');
    expect(md).toContain('a\\|b');
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(3);
  });

  it('Markdown keeps page text that looks like markup inert: no HTML, no emphasis or links, no extra columns', () => {
    const hostile = {
      label: '<img src=x onerror=alert(1)>',
      sentence: '<script>alert(1)</script> **粗体** [链接](javascript:alert(1)) `代码` a|b|c',
      section: '一、主要举措 & 成效 > _斜体_ ~~删~~ \\|',
    };
    const md = figuresMarkdown([fig(hostile)], { ...source, title: '<b>报告</b> | 某区' });
    // Renderers that allow HTML see no tag at all.
    expect(md).not.toMatch(/<(?!https:)/);
    // Each table row splits (on unescaped pipes, as GFM does) into exactly the seven columns.
    const cellsOf = (line: string) => line.slice(1, -1).split(/(?<!\\)\|/);
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.map((r) => cellsOf(r).length)).toEqual([7, 7, 7]);
    // Unescaped, each cell reads as the page's own text.
    const unescape = (c: string) => c.trim().replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const cells = cellsOf(rows[2]!).map(unescape);
    expect(cells[0]).toBe(hostile.section);
    expect(cells[1]).toBe(hostile.label);
    expect(cells[6]).toBe(hostile.sentence);
    // No Markdown emphasis, link or code survives unescaped.
    expect(rows[2]).not.toMatch(/(?<!\\)[*_`[\]~]/);
  });

  it('writes numbers as a spreadsheet reads them: plain digits, no float noise, no exponent', () => {
    expect(spreadsheetNumber(59.78 * 10000)).toBe('597800');
    expect(spreadsheetNumber(0.07 * 100)).toBe('7');
    expect(spreadsheetNumber(3.3e12)).toBe('3300000000000');
    expect(spreadsheetNumber(1.5e21)).toBe('1500000000000000000000');
    expect(spreadsheetNumber(12.5)).toBe('12.5');
    const tsv = figuresTSV([fig({ value: 59.78 * 10000, text: '59.78万平方米', unit: '平方米' })], source);
    expect(tsv.split('\n')[1]!.split('\t')[2]).toBe('597800');
  });

  it('spells every finite number in plain digits that read back as it to 15 significant digits', () => {
    fc.assert(
      // Within a spreadsheet's range (up to ~1e308: 15 digits of the largest double round past it).
      fc.property(fc.double({ noNaN: true, min: -1e300, max: 1e300 }), (n) => {
        const s = spreadsheetNumber(n);
        expect(s).toMatch(/^-?\d+(\.\d+)?$/);
        // Rounded to the 15 digits a spreadsheet keeps: off by at most one unit in the 15th.
        expect(Math.abs(Number(s) - n)).toBeLessThanOrEqual(Math.abs(n) * 1e-14);
      }),
    );
  });

  it('JSON carries the source and clean rows', () => {
    const parsed = JSON.parse(figuresJSON(figures, source));
    expect(parsed.source).toEqual(source);
    expect(parsed.figures[1]).toMatchObject({ value: 3, valueMax: 5, relation: 'range' });
    expect(parsed.figures[0].block).toBeUndefined();
  });
});
