import { describe, expect, it } from 'vitest';
import { citationLine } from '../../lib/view/citation';
import { emptyMeta } from '../../lib/core/meta';

describe('citation line', () => {
  it('follows GB/T 7714 for online documents', () => {
    const meta = { ...emptyMeta(), publisher: '平昌县金宝新区管理委员会', published: '2023-06-12' };
    expect(
      citationLine(
        { title: '关于2022年法治政府建设情况的报告', meta, url: 'https://www.scpc.gov.cn/a.html' },
        new Date('2026-11-21T10:00:00Z'),
      ),
    ).toBe('平昌县金宝新区管理委员会. 关于2022年法治政府建设情况的报告[EB/OL]. (2023-06-12)[2026-11-21]. https://www.scpc.gov.cn/a.html');
  });

  it('adds the document number and leaves out what the page does not give', () => {
    const meta = { ...emptyMeta(), docNo: '某府发〔2024〕3号' };
    expect(citationLine({ title: '报告', meta, url: 'https://x.gov.cn/' }, new Date('2026-01-02T00:00:00Z'))).toBe(
      '报告（某府发〔2024〕3号）[EB/OL]. [2026-01-02]. https://x.gov.cn/',
    );
  });
});
