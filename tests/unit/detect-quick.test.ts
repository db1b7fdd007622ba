// The always-on first look (plainlyNotReport) never disagrees with detect(): where
// it says "plainly not a report", detect() stops at its own first look too. Checked
// on every fixture page and on titles and headings made to trip it (glosses,
// ruby, site names after separators, long titles).
import { describe, expect, it } from 'vitest';
import { detect, stripTitleSuffix } from '../../lib/core/detect';
import { notReportAtFirstLook, plainlyNotReport, stripSiteSuffix } from '../../lib/core/detect-quick';
import { loadPage, parsePage } from '../../lib/node/page-file';
import { fixtures } from '../support/fixtures';

const URL = 'https://www.example.gov.cn/art/2025/3/20/art_1_1.html';
const BODY = '<p>本年度，区政府坚持把法治政府建设摆在全局工作的重要位置，统筹推进各项任务落实。</p>'.repeat(6);
const page = (title: string, h1 = '') =>
  parsePage(
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${h1 ? `<h1>${h1}</h1>` : ''}${BODY}</body></html>`,
  );

/** detect() stopped at its first look: neither the title nor the heading mentioned a report. */
const stoppedFirst = (doc: Document) => detect(doc, URL).reasons.includes('the body was not examined');

describe('plainlyNotReport', () => {
  it('agrees with detect() on every fixture page, and the first look decides for most pages that are not reports', () => {
    let decided = 0;
    let notReports = 0;
    for (const f of fixtures()) {
      const { document } = loadPage(f.file, f.expected.url);
      const d = detect(document, f.expected.url);
      if (!d.isReport) notReports++;
      if (plainlyNotReport(document)) expect(d.isReport, f.name).toBe(false);
      if (!notReportAtFirstLook(document)) continue;
      decided++;
      expect(d.isReport, f.name).toBe(false);
    }
    expect(decided).toBeGreaterThan(notReports / 2);
  });

  it('leaves to detect() every title or heading that may mention a report', () => {
    const cases: [string, string][] = [
      ['2023年法治政府建设年度报告_某区人民政府', ''],
      ['2023年度報(bào)告 - 某市', ''],
      ['2023年度报bào告', ''],
      ['<ruby>报<rt>bào</rt>告</ruby>', ''],
      ['某区人民政府', ''], // a bare site name: detect() looks for title elements
      ['某某网站', '关于召开会议的通知'],
      ['首页 - 某区人民政府', '2023年工作总结'],
      ['通知公告_某区政府', '<ruby>報<rt>中</rt>告</ruby>'],
      ['通知公告_某区政府', '年度報（bào）告'],
      ['News - Government', ''], // Latin letters: may hold glosses
      ['x'.repeat(400), ''],
    ];
    for (const [title, h1] of cases) expect(plainlyNotReport(page(title, h1)), `${title} / ${h1}`).toBe(false);
  });

  it('says "plainly not a report" only where detect() stops at its first look', () => {
    const titles = [
      '关于开展安全生产检查的通知_某区人民政府',
      '区长主持召开常务会议 - 某市政府门户网站 | 首页',
      '标题——副标题 – 某局',
      '政务公开  某区政府网',
      '某区人民政府办公室关于印发方案的函',
      '政府网站 - 首页 - 平台',
      '工作动态__某委员会',
      '我们的政府',
    ];
    const headings = ['', '某区人民政府', '工作动态', '通知<span>公告</span>'];
    for (const title of titles)
      for (const h1 of headings) {
        const doc = page(title, h1);
        if (plainlyNotReport(doc)) expect(stoppedFirst(doc), `${title} / ${h1}`).toBe(true);
      }
    expect(plainlyNotReport(page(titles[0]!))).toBe(true);
  });

  it('takes site names off titles exactly as stripTitleSuffix does', () => {
    const titles = [
      '关于开展安全检查的通知_某区人民政府',
      '新闻 - 某市政府门户网站 | 首页',
      '标题——子标题 – 某局',
      '标题 - 内容 - 中心 - 平台 - 政府',
      '_政府',
      '标题-没有站名',
      '标题 | 第一 | 某某网',
      '标 题 — 某区  局',
    ];
    for (const t of titles) expect(stripSiteSuffix(t), t).toBe(stripTitleSuffix(t));
  });
});
