import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../lib/core/blocks';
import { parsePage } from '../../lib/node/page-file';

const read = (html: string) => {
  const doc = parsePage(`<html><body><div id="c">${html}</div></body></html>`);
  return readBlocks(doc.getElementById('c')!).blocks;
};

describe('paragraphs that come from a table', () => {
  it('marks the cells of a data table, and only them', () => {
    const blocks = read(
      '<p>一、总体情况</p><table><tbody><tr><th>项目</th><th>数量</th></tr><tr><td>一、本年新收申请</td><td>12</td></tr></tbody></table><p>二、存在的问题</p>',
    );
    expect(blocks.map((b) => [b.text, b.inTable])).toEqual([
      ['一、总体情况', false],
      ['项目', true],
      ['数量', true],
      ['一、本年新收申请', true],
      ['12', true],
      ['二、存在的问题', false],
    ]);
  });

  it('takes rows directly under <table> and a caption alike', () => {
    const blocks = read('<table><caption>统计表</caption><tr><td>（一）予以公开</td><td>3</td></tr></table>');
    expect(blocks.every((b) => b.inTable)).toBe(true);
  });

  it('does not mark text a one-cell layout table holds', () => {
    const blocks = read('<table><tr><td><p>一、主要举措</p><p>正文。</p></td></tr><tr><td>二、下步安排</td></tr></table>');
    expect(blocks.map((b) => b.inTable)).toEqual([false, false, false]);
  });

  it('marks a data table nested in a layout table, and the text after it is not', () => {
    const blocks = read(
      '<table><tr><td><p>三、收到申请情况</p><table><tr><td>一、新收申请</td><td>5</td></tr></table><p>四、行政复议情况</p></td></tr></table>',
    );
    expect(blocks.map((b) => [b.text, b.inTable])).toEqual([
      ['三、收到申请情况', false],
      ['一、新收申请', true],
      ['5', true],
      ['四、行政复议情况', false],
    ]);
  });
});
