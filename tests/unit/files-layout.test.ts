// Paragraphs from positioned text, as a PDF or an OFD gives it: runs out of order,
// lines that wrap inside a sentence, indents, short last lines, running heads and
// page numbers.
import { describe, expect, it } from 'vitest';
import { boilerplateLines, linesOf, paragraphsOf, type TextRun } from '../../lib/files/layout';

const SIZE = 10;
const LEFT = 50;
const PER_LINE = 30;

/** A page of text laid out as a typesetter would: paragraphs wrapped at 30 characters, the first line indented. */
function typeset(page: number, paragraphs: string[], options: { head?: string; foot?: string; title?: string } = {}): TextRun[] {
  const runs: TextRun[] = [];
  let y = 60;
  const put = (x: number, text: string, size = SIZE) => {
    // Each line in two runs, the second written first: order comes from position, not the file.
    const half = Math.ceil(text.length / 2);
    runs.push({ page, x: x + half * size, y, width: (text.length - half) * size, size, text: text.slice(half) });
    runs.push({ page, x, y, width: half * size, size, text: text.slice(0, half) });
  };
  if (options.head) put(LEFT + 100, options.head, 8);
  y += 20;
  if (options.title) {
    put(LEFT + (PER_LINE * SIZE - options.title.length * 16) / 2, options.title, 16);
    y += 30;
  }
  for (const p of paragraphs) {
    let rest = p;
    let first = true;
    while (rest) {
      const room = first ? PER_LINE - 2 : PER_LINE;
      put(LEFT + (first ? 2 * SIZE : 0), rest.slice(0, room));
      rest = rest.slice(room);
      first = false;
      y += 15;
    }
  }
  if (options.foot) put(LEFT + 140, options.foot, 8);
  return runs;
}

const long = (seed: string, n: number) => Array.from({ length: n }, (_, i) => seed[i % seed.length]).join('') + '。';

describe('lines and paragraphs from positions', () => {
  it('puts runs back in reading order and joins the lines of a paragraph', () => {
    const a = long('依法行政制度体系更加完善', 70);
    const b = long('行政执法工作体系全面建立', 45);
    const read = paragraphsOf(linesOf(typeset(1, [a, b])));
    expect(read.paragraphs.map((p) => p.text)).toEqual([a, b]);
  });

  it('opens a paragraph after a short last line even without an indent', () => {
    const runs = typeset(1, ['短的一行。', long('法治政府建设', 40)]).map((r) => (r.x === LEFT + 2 * SIZE ? { ...r, x: LEFT } : r));
    expect(paragraphsOf(linesOf(runs)).paragraphs).toHaveLength(2);
  });

  it('makes a line opening with 一、 a heading, and takes the larger first line as the title', () => {
    const read = paragraphsOf(linesOf(typeset(1, ['一、主要举措', long('全面履行政府职能', 40)], { title: '法治政府建设年度报告' })));
    expect(read.title).toBe('法治政府建设年度报告');
    expect(read.paragraphs[0]).toMatchObject({ text: '一、主要举措', heading: true, page: 1 });
    expect(read.paragraphs[1]!.heading).toBeUndefined();
  });

  it('leaves out a running head and page numbers repeated on every page, keeping each paragraph’s page', () => {
    const words = ['加强行政执法监督', '推进政务公开工作', '完善依法决策机制'];
    const runs = [1, 2, 3].flatMap((n) => typeset(n, [long(words[n - 1]!, 50)], { head: 'XX县人民政府文件', foot: `— ${n} —` }));
    const lines = linesOf(runs);
    expect([...boilerplateLines(lines)].map((l) => l.text)).toEqual([
      'XX县人民政府文件',
      '—1—',
      'XX县人民政府文件',
      '—2—',
      'XX县人民政府文件',
      '—3—',
    ]);
    const read = paragraphsOf(lines);
    expect(read.paragraphs.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(read.paragraphs.every((p) => !p.text.includes('XX县') && !p.text.includes('—'))).toBe(true);
  });

  it('continues a sentence across a page break', () => {
    const text = long('推进严格规范公正文明执法', 58);
    const runs = typeset(1, [text]);
    // The last line of the paragraph moves to the top of page 2.
    const lastY = Math.max(...runs.map((r) => r.y));
    const moved = runs.map((r) => (r.y === lastY ? { ...r, page: 2, y: 80 } : r));
    const read = paragraphsOf(linesOf([...moved, ...typeset(2, [long('加强行政复议工作', 40)]).map((r) => ({ ...r, y: r.y + 15 }))]));
    expect(read.paragraphs.map((p) => [p.text.length, p.page])).toEqual([
      [text.length, 1],
      [41, 2],
    ]);
  });

  it('keeps one space between Latin words and none where justified Chinese text spreads out', () => {
    const runs: TextRun[] = [
      { page: 1, x: 0, y: 10, width: 20, size: 10, text: '共 8' },
      { page: 1, x: 30, y: 10, width: 20, size: 10, text: ' 小时' },
      { page: 1, x: 60, y: 10, width: 40, size: 10, text: 'Word' },
      { page: 1, x: 110, y: 10, width: 40, size: 10, text: 'Press' },
    ];
    expect(linesOf(runs)[0]!.text).toBe('共8小时Word Press');
  });
});
