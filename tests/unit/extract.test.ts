import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { pageTitle } from '../../lib/core/detect';
import { findArticle } from '../../lib/core/extract';
import { readReport } from '../../lib/core/model';
import { parsePage } from '../../lib/node/page-file';

// A portal page with no known body container: a report of short numbered
// paragraphs, and a sidebar with one long paragraph of news.
const items = Array.from({ length: 24 }, (_, i) => `<p>${i + 1}.加强依法行政工作第${i + 1}项。</p>`).join('');
const page = `<html><head><title>某区2023年法治政府建设年度报告_某区人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
<div class="main-left"><h2>某区2023年法治政府建设年度报告</h2><p>一、主要举措和成效</p>${items}<p>二、存在的不足和原因</p>${items}</div>
<div class="side"><h3>要闻</h3><p>${'区委召开常委会议，传达学习中央和省委有关会议精神，研究部署近期重点工作，强调要坚持稳中求进工作总基调，'.repeat(3)}</p></div>
</body></html>`;

describe('finding the report body on an unknown portal template', () => {
  it('Readability alone is not trusted with short Chinese paragraphs', () => {
    const doc = parsePage(page);
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    // Readability takes the sidebar's one long paragraph for the article: the
    // reason findArticle weighs its pick (recorded so a change in Readability is seen).
    const kept = article?.textContent ?? '';
    expect(kept).toContain('区委召开常委会议');
    expect(kept).not.toContain('加强依法行政工作第24项');
  });

  it('takes the box with the report, not the sidebar', () => {
    const doc = parsePage(page);
    const found = findArticle(doc)!;
    expect(found.element.getAttribute('class')).toBe('main-left');
    const { model } = readReport(doc, 'https://www.example.gov.cn/a.html');
    expect(model.outline.filter((e) => e.level === 1).map((e) => e.title)).toEqual(['主要举措和成效', '存在的不足和原因']);
    expect(model.text).not.toContain('区委召开常委会议');
  });
});

describe('the article title', () => {
  it('is not the header logo that comes first in the page', () => {
    const doc = parsePage(`<html><head><title>关于2023年度法治政府建设情况的报告_政务公开_某市人民政府</title></head><body>
      <div class="header"><h1 class="logo">某市人民政府门户网站</h1></div>
      <div class="main"><h1>关于2023年度法治政府建设情况的报告</h1><p>正文</p></div></body></html>`);
    expect(pageTitle(doc)).toBe('关于2023年度法治政府建设情况的报告');
  });

  it('falls back to a title element that is not a site name, then to <title>', () => {
    const logoOnly = parsePage(
      '<html><head><title>某市人民政府</title></head><body><h1>某市人民政府</h1><h2 class="article-title">2023年法治政府建设年度报告</h2></body></html>',
    );
    expect(pageTitle(logoOnly)).toBe('2023年法治政府建设年度报告');
    const none = parsePage('<html><head><title>2023年法治政府建设年度报告-某区人民政府网</title></head><body><p>x</p></body></html>');
    expect(pageTitle(none)).toBe('2023年法治政府建设年度报告');
  });
});
