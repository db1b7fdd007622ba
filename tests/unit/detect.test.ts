// Whole pages through detect(): a report title over a body of its own is a report
// however the body is numbered; a page of another kind is not, whatever it quotes;
// every reason said is true of the page.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/core/detect';
import { parsePage } from '../../lib/node/page-file';

const URL = 'https://www.example.gov.cn/art/2025/3/20/art_1_1.html';

// Made-up report prose in the manner of a district's annual report.
const SENTENCES = [
  '本年度，区政府坚持把法治政府建设摆在全局工作的重要位置，统筹推进各项任务落实。',
  '区政府常务会议专题研究法治政府建设工作，及时解决推进中的困难和问题。',
  '全面落实重大行政决策程序规定，对涉及群众切身利益的事项广泛听取意见。',
  '深化行政执法体制改革，推行执法事项清单管理，规范行使行政裁量权。',
  '持续开展行政规范性文件清理，对不符合上位法规定的文件及时修改或废止。',
  '加强行政复议和行政应诉工作，行政机关负责人出庭应诉率保持较高水平。',
  '组织领导干部学法用法活动，将法治素养纳入干部教育培训的重要内容。',
  '同时也要看到，部分基层执法人员能力不足，执法规范化水平仍需提升。',
];
const prose = (i: number) => SENTENCES[i % SENTENCES.length]! + SENTENCES[(i + 3) % SENTENCES.length]!;

const BODIES: Record<string, string[]> = {
  numbered: ['一、主要举措和成效', prose(0), '（一）加强组织领导', prose(1), '二、存在的不足', prose(2), '三、下一步工作安排', prose(3)],
  'numbered only inside paragraphs': [
    prose(0) + '一、主要举措和成效方面，' + prose(1),
    '对照年度目标，二、存在的不足方面，' + prose(2),
    '为此，三、下一步工作安排是，' + prose(3),
  ],
  'numbered once': ['一、主要举措和成效', prose(0), prose(1), prose(2), prose(3)],
  'bold headed': ['<strong>主要举措和成效</strong>', prose(0), prose(1), '<strong>存在的不足</strong>', prose(2), prose(3)],
  unnumbered: [prose(0), prose(1), prose(2), prose(3)],
};

const page = (title: string, paragraphs: string[], head = `${title}_区政府文件_某某区人民政府`) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${head}</title></head><body>` +
  `<div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>` +
  `<div class="main"><h1>${title}</h1><div class="info">发布日期：2025-03-20</div>` +
  `<div class="content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
  `<div class="footer">主办：某某区人民政府办公室</div></body></html>`;

describe('a report title over a body of its own is a report, however the body is numbered', () => {
  const titles = ['某某区2024年度法治政府建设情况报告', '某某區2024年度法治政府建設情況報告', '某某区2024年政府工作報(bào)告（全文）'];
  for (const title of titles)
    it.each(Object.entries(BODIES))(`${title}: %s`, (_kind, body) => {
      const d = detect(parsePage(page(title, body)), URL);
      expect(d.isReport, d.reasons.join('; ')).toBe(true);
      expect(d.score).toBeGreaterThanOrEqual(5);
    });
});

describe('every reason is true of the page', () => {
  it('a body numbered only inside its paragraphs is said to be numbered, and never said to be unnumbered', () => {
    const d = detect(parsePage(page('某某区2024年度法治政府建设情况报告', BODIES['numbered only inside paragraphs']!)), URL);
    expect(d.reasons.join('; ')).toMatch(/with official numbering \(3 一、 and 0 \(一\) markers\)/);
    expect(d.reasons.join('; ')).not.toMatch(/no .*numbering|unnumbered/);
  });

  it('a numbered body gives the counts of its markers', () => {
    const d = detect(parsePage(page('某某区2024年度法治政府建设情况报告', BODIES.numbered!)), URL);
    expect(d.reasons.join('; ')).toMatch(/with official numbering \(3 一、 and 1 \(一\) markers\)/);
  });

  it('an unnumbered body is not said to be numbered, nor to lack numbering', () => {
    const d = detect(parsePage(page('某某区2024年度法治政府建设情况报告', BODIES.unnumbered!)), URL);
    expect(d.reasons.join('; ')).not.toMatch(/numbering|numbered/);
    expect(d.reasons.join('; ')).toMatch(/the page has \d+ characters of text besides links, with 8 sentence ends/);
  });

  it('a report title over a short text says how little text there is', () => {
    const d = detect(parsePage(page('某某区2024年度法治政府建设情况报告', ['详见附件。'])), URL);
    expect(d.isReport).toBe(false);
    expect(d.reasons.join('; ')).toMatch(/too little text of its own for a report: \d+ characters besides links, with 1 sentence ends/);
  });
});

describe('pages of another kind are not reports, whatever report they quote', () => {
  it.each([
    ['a guideline on writing the reports', '某某市法治政府建设年度报告编写指引'],
    ['a resolution on a government work report', '某某市第十六届人民代表大会第四次会议关于政府工作报告的决议'],
    ['a notice', '关于做好2024年度法治政府建设年度报告工作的通知'],
    ['an interpretation', '《某某区2024年度法治政府建设情况报告》解读'],
    ['a Traditional guideline', '某某市法治政府建設年度報告編寫指引'],
  ])('%s', (_kind, title) => {
    const d = detect(parsePage(page(title, BODIES.numbered!)), URL);
    expect(d.isReport).toBe(false);
    expect(d.reasons.join('; ')).toMatch(/the body was not examined/);
  });

  it('a page whose <title> and heading mention no report stops before its body', () => {
    const d = detect(parsePage(page('某某区召开2025年安全生产工作会议', BODIES.numbered!)), URL);
    expect(d.isReport).toBe(false);
    expect(d.reasons).toEqual(['government portal host', 'the title does not mention a report', 'the body was not examined']);
  });

  it('a report title found only in a title element when <title> is the site name', () => {
    const html = page('某某区2024年度法治政府建设情况报告', BODIES.numbered!, '某某区人民政府')
      .replace(/<h1>/, '<h1>某某区人民政府</h1><div class="article-title">')
      .replace('</h1><div class="info">', '</div><div class="info">');
    const d = detect(parsePage(html), URL);
    expect(d.isReport, d.reasons.join('; ')).toBe(true);
  });
});
