import { describe, expect, it } from 'vitest';
import { normalizeDate, readMeta, signatureOf } from '../../lib/core/meta';
import { parsePage } from '../../lib/node/page-file';
import type { Block } from '../../lib/core/types';

const blocks = (texts: string[]): Block[] =>
  texts.map((text) => ({ text, tag: 'p', bold: false, boldLead: 0, centered: false, heading: false }));

describe('dates', () => {
  it('normalises the forms portals write', () => {
    expect(normalizeDate('2024年1月31日')).toBe('2024-01-31');
    expect(normalizeDate('2023-06-12 09:27')).toBe('2023-06-12');
    expect(normalizeDate('2021-08-01-06:08:00')).toBe('2021-08-01');
    expect(normalizeDate('2023/6/2')).toBe('2023-06-02');
    expect(normalizeDate('二〇二四年三月二十日')).toBe('2024-03-20');
    expect(normalizeDate('20230612')).toBe('2023-06-12');
    expect(normalizeDate('2023年13月1日')).toBe('');
    expect(normalizeDate('无')).toBe('');
  });
});

describe('metadata', () => {
  it('reads a metadata table with padded labels, a bold-label cell and meta tags', () => {
    const doc =
      parsePage(`<html><head><meta name="ContentSource" content="某区司法局"><meta name="PubDate" content="2024-03-20 10:00"></head><body>
      <table class="bd1"><tr><td>索　引　号：</td><td>11500000/2024-00012</td><td><b>主题分类：</b></td><td>司法</td></tr>
      <tr><td><b>发文机关：</b></td><td>某区人民政府</td><td><b>成文日期：</b></td><td>2024年03月15日</td></tr>
      <tr><td><b>发文字号：</b>某府发〔2024〕3号</td><td><b>发布日期：</b></td><td>—&nbsp;&nbsp;—</td></tr></table></body></html>`);
    expect(readMeta(doc, [])).toEqual({
      publisher: '某区人民政府',
      published: '2024-03-20',
      written: '2024-03-15',
      indexNo: '11500000/2024-00012',
      docNo: '某府发〔2024〕3号',
      source: '某区司法局',
    });
  });

  it('reads date and source lines and the signature block', () => {
    const doc = parsePage('<html><body><div class="info">2023-06-12 09:27</div><div> 来源: 平昌县金宝新区管理委员会</div></body></html>');
    const meta = readMeta(doc, blocks(['正文。', '船營區人民政府', '2024年1月31日']));
    expect(meta.published).toBe('2023-06-12');
    expect(meta.source).toBe('平昌县金宝新区管理委员会');
    expect(meta.written).toBe('2024-01-31');
    expect(meta.publisher).toBe('船營區人民政府');
    expect(signatureOf(blocks(['正文。', 'XX街道办事处 2024年1月31日']))).toMatchObject({ publisher: 'XX街道办事处', date: '2024-01-31' });
  });
});
