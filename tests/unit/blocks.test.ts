import { describe, expect, it } from 'vitest';
import { readBlocks, readBlocksInSteps } from '../../lib/core/blocks';
import { parsePage } from '../../lib/node/page-file';

const read = (html: string) => {
  const doc = parsePage(`<html><body><div id="c">${html}</div></body></html>`);
  return readBlocks(doc.getElementById('c')!);
};

describe('reading paragraphs from markup', () => {
  it('reads a number split across inline tags as one run of text, and maps it back to its nodes', () => {
    const { blocks, sources } = read('<p>共受理办件服务<span>105</span><span>00余件</span>(次)。</p>');
    expect(blocks[0]!.text).toBe('共受理办件服务10500余件(次)。');
    const start = blocks[0]!.text.indexOf('10500');
    const src = sources[0]!;
    expect(src.nodes[src.nodeIndex[start]!]!.data).toBe('105');
    expect(src.nodes[src.nodeIndex[start + 3]!]!.data).toBe('00余件');
    expect(src.offset[start + 3]).toBe(0);
  });

  it('splits paragraphs at <br> and block elements, and collapses U+3000, nbsp and en-spaces', () => {
    const { blocks } = read(
      '\u3000\u3000一、总体情况<br><br>&nbsp;&nbsp;正文第一段。<br>街道办事处\u2002\u2002\u20022024年1月31日<div>（一）分项</div>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['一、总体情况', '正文第一段。', '街道办事处 2024年1月31日', '（一）分项']);
  });

  it('leaves out scripts, styles, hidden elements and Word debris', () => {
    const { blocks } = read(
      '<p>甲<o:p></o:p></p><script>var a="乙"</script><style>p{}</style><p style="display:none">丙</p><p hidden>丁</p><p style="text-indent:2em"></p><p>戊</p>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['甲', '戊']);
  });

  it('marks bold lead headings and centred paragraphs', () => {
    const { blocks } = read(
      '<p><strong>一、主要举措</strong></p><p style="text-align:center">标题</p><p>普通<b>段</b>落文字很长很长。</p>',
    );
    expect(blocks.map((b) => [b.bold, b.centered])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  });

  it('survives very deep nesting without recursion', () => {
    const html = '<span>'.repeat(20000) + '深' + '</span>'.repeat(20000);
    expect(read(html).blocks[0]!.text).toBe('深');
  });
});

describe('readBlocksInSteps', () => {
  it('pauses about every slice of characters and reads exactly what readBlocks reads', () => {
    const paragraphs = Array.from(
      { length: 400 },
      (_, i) => `<p>第${i}段：本年度区政府坚持把法治政府建设摆在全局工作的重要位置，统筹推进各项任务落实。</p>`,
    );
    const doc = parsePage(`<html><body><div id="c">${paragraphs.join('<br>')}</div></body></html>`);
    const root = doc.getElementById('c')!;
    const steps = readBlocksInSteps(root, {}, 2_000);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    const whole = readBlocks(root);
    const chars = whole.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(chars / 2_000) - 1);
    expect(step.value.blocks).toEqual(whole.blocks);
    expect(step.value.sources.map((s) => s.nodes)).toEqual(whole.sources.map((s) => s.nodes));
  });
});
