import { describe, expect, it } from 'vitest';
import { csvCell, figuresCSV, figuresJSON, figuresMarkdown, figuresTSV } from '../../lib/view/export';
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
    expect(lines[2]!.split('\t')[2]).toBe('3-5');
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

  it('JSON carries the source and clean rows', () => {
    const parsed = JSON.parse(figuresJSON(figures, source));
    expect(parsed.source).toEqual(source);
    expect(parsed.figures[1]).toMatchObject({ value: 3, valueMax: 5, relation: 'range' });
    expect(parsed.figures[0].block).toBeUndefined();
  });
});
