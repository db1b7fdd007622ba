// The citation metadata is the article's own: each rule on a small made-up page.
import { describe, expect, it } from 'vitest';
import { docNumberLine, readMeta, signatureOf } from '../../lib/core/meta';
import { parsePage } from '../../lib/node/page-file';
import type { Block } from '../../lib/core/types';

const blocks = (texts: string[]): Block[] =>
  texts.map((text) => ({ text, tag: 'p', bold: false, boldLead: 0, centered: false, heading: false }));

const TITLE = '某区2024年度法治政府建设情况报告';
const PROSE = '2024年，某区坚持以习近平法治思想为指导，统筹推进法治政府建设各项工作，取得了新的进展。现将有关情况报告如下。';
const BODY = [PROSE, '一、主要举措和成效', '严格落实重大行政决策程序，全年审查各类文件，依法行政水平不断提升，群众满意度持续提高。'];
const bodyHtml = (texts: string[] = BODY) => `<div id="zoom">${texts.map((t) => `<p>${t}</p>`).join('')}</div>`;

/** A page: header, title, info line, body, and whatever comes after. */
function page({ head = '', info = '', body = bodyHtml(), after = '', tags = '' } = {}) {
  return parsePage(`<html><head><title>${TITLE}</title>${tags}</head><body>${head}<h1>${TITLE}</h1>${info}${body}${after}</body></html>`);
}

describe('the publication date is the article’s own', () => {
  it('is read from the date line under the title, in numeric and Chinese forms', () => {
    expect(readMeta(page({ info: '<div class="info">2025-03-20 09:00</div>' }), blocks(BODY)).published).toBe('2025-03-20');
    expect(readMeta(page({ info: '<div>2025年03月20日 07时41分</div>' }), blocks(BODY)).published).toBe('2025-03-20');
    expect(readMeta(page({ info: '<div>发布时间：2025-03-20</div>' }), blocks(BODY)).published).toBe('2025-03-20');
    expect(readMeta(page({ info: '<div><span>日期：</span><span>2025-03-20</span></div>' }), blocks(BODY)).published).toBe('2025-03-20');
  });

  it('is read from a 时间： line inside the body above the first paragraph, but not from one further down', () => {
    const top = ['来源：某区司法局', '时间：2025-03-21', ...BODY];
    expect(readMeta(page({ body: bodyHtml(top) }), blocks(top)).published).toBe('2025-03-21');
    const low = [...BODY, '时间：2025-03-22', '地点：区政府第一会议室'];
    expect(readMeta(page({ body: bodyHtml(low) }), blocks(low)).published).toBe('');
  });

  it('is read from the first meta tag of a name in any case, before a tag with that property', () => {
    const tags =
      '<meta property="pubdate" content="2025-01-01"><meta name="pubdate" content="2025-03-18"><meta name="PUBDATE" content="2025-02-02">';
    expect(readMeta(page({ tags }), blocks(BODY)).published).toBe('2025-03-18');
    expect(readMeta(page({ tags: '<meta property="PubDate" content="2025-01-05">' }), blocks(BODY)).published).toBe('2025-01-05');
  });

  it('is read from meta tags, by name or property', () => {
    expect(readMeta(page({ tags: '<meta name="PubDate" content="2025-03-20 10:00">' }), blocks(BODY)).published).toBe('2025-03-20');
    expect(
      readMeta(page({ tags: '<meta property="article:published_time" content="2025-03-19T08:00:00+08:00">' }), blocks(BODY)).published,
    ).toBe('2025-03-19');
  });

  it('is never a date of a related-articles list, in any of its forms', () => {
    const lists = [
      '<div class="xgwz"><h3>相关文章</h3><ul><li><a href="/a">某区2023年度法治政府建设情况报告</a><span>2024-03-22</span></li></ul></div>',
      '<ul><li><a href="/a">某区2023年度法治政府建设情况报告</a> 2024-03-22</li><li><a href="/b">某区召开全面依法治区工作会议</a> 2025-02-26</li></ul>',
      '<div><div class="t">相关链接</div><p><a href="/a">某区2023年度法治政府建设情况报告</a></p><p>2024-03-22</p></div>',
      '<div><p>上一篇：<a href="/a">某区2024年度行政复议工作情况通报</a> 2025-01-08</p></div>',
      '<table><tr><td><a href="/a">某区2023年度法治政府建设情况报告</a></td><td>2024-03-22</td></tr></table>',
      '<div class="box"><div class="item"><a href="/a">某区2023年度法治政府建设情况报告</a><i>2024-03-22</i></div><div class="item"><a href="/b">某区2025年重大行政决策事项目录</a><i>2025-03-12</i></div></div>',
    ];
    for (const after of lists) expect(readMeta(page({ after }), blocks(BODY)).published, after).toBe('');
  });

  it('is never the date of a column list under a heading of its own, even with one item', () => {
    const after =
      '<div class="col"><h3>政策文件</h3><ul><li><a href="/a">某区2023年度法治政府建设情况报告</a><span>2024-03-22</span></li></ul></div>';
    expect(readMeta(page({ after }), blocks(BODY)).published).toBe('');
  });

  it('reads a metadata table whose values are links (发布机构 → the body’s page)', () => {
    const head =
      '<table><tr><td>发布机构</td><td><a href="/org/12">某市人民政府办公室</a></td><td>发布日期</td><td>2025-01-02</td></tr></table>';
    expect(readMeta(page({ head }), blocks(BODY))).toMatchObject({ publisher: '某市人民政府办公室', published: '2025-01-02' });
  });

  it('is never a sidebar date before the article, nor a header clock', () => {
    const sidebar =
      '<div class="left"><div class="hd">最新发布</div><div class="it"><a href="/x">某区2023年度法治政府建设情况报告</a><span>2024-03-22</span></div></div>';
    expect(readMeta(page({ head: sidebar }), blocks(BODY)).published).toBe('');
    expect(readMeta(page({ head: '<div class="top">今天是2025年3月18日 星期二</div>' }), blocks(BODY)).published).toBe('');
    expect(readMeta(page({ head: '<div class="top">2025-03-18</div>' }), blocks(BODY)).published).toBe('');
    expect(readMeta(page({ head: '<div class="top">今天是：2025-03-18 星期二</div>' }), blocks([])).published).toBe('');
  });

  it('starts looking at the title element when the page names its title differently', () => {
    const doc = parsePage(
      `<html><head><meta name="ArticleTitle" content="某区法治政府建设情况的报告全文"></head><body><div class="top">2025-03-18</div><div class="art-title">${TITLE}</div><div>2025-03-10</div>${bodyHtml()}</body></html>`,
    );
    expect(readMeta(doc, blocks(BODY)).published).toBe('2025-03-10');
  });

  it('takes the article’s own labelled date even with dated lists around it', () => {
    const after = '<ul><li><a href="/a">某区2023年度法治政府建设情况报告</a><span>2024-03-22</span></li></ul>';
    expect(readMeta(page({ info: '<div>發布時間：2025-02-14 16:30　來源：某縣司法局</div>', after }), blocks(BODY))).toMatchObject({
      published: '2025-02-14',
      source: '某縣司法局',
    });
  });

  it('reads a hidden timestamp only from an input named for a time', () => {
    const input = (name: string) => `<input type="hidden" name="${name}" value="1707359460000">`;
    expect(readMeta(page({ after: input('pubTs') }), blocks(BODY)).published).toBe('2024-02-08');
    expect(readMeta(page({ after: input('artid') }), blocks(BODY)).published).toBe('');
  });

  it('is not the signature date: that is when it was written', () => {
    const signed = [...BODY, '某区人民政府', '2025年3月10日'];
    expect(readMeta(page({ body: bodyHtml(signed) }), blocks(signed))).toMatchObject({
      published: '',
      written: '2025-03-10',
      publisher: '某区人民政府',
    });
  });
});

describe('publisher and source are names', () => {
  it('never a unit in brackets', () => {
    const body = bodyHtml([PROSE, '（单位：万元）', '一、主要举措和成效', BODY[2]!]);
    expect(readMeta(page({ body }), blocks(BODY))).toMatchObject({ publisher: '', source: '' });
    const cell = '<table><tr><td colspan="3">（单位：件）</td></tr><tr><td>项目</td><td>2023年</td><td>2024年</td></tr></table>';
    expect(readMeta(page({ after: cell }), blocks(BODY)).publisher).toBe('');
  });

  it('never a statistics table’s header cell', () => {
    const table =
      '<table><tr><td>来源</td><td>自然人</td><td>法人</td></tr><tr><td>当面</td><td>6</td><td>1</td></tr><tr><td>网络</td><td>12</td><td>2</td></tr></table>';
    expect(readMeta(page({ body: bodyHtml() + table }), blocks(BODY)).source).toBe('');
  });

  it('never the date next to an empty label, which stays the date line', () => {
    const info = '<div><span>来源：</span><span>2025-01-20 10:15</span><span>作者：</span></div>';
    expect(readMeta(page({ info }), blocks(BODY))).toMatchObject({ source: '', published: '2025-01-20' });
  });

  it('never the next label of the table', () => {
    const info = '<table><tr><td>发布机构：</td><td>浏览次数：</td></tr><tr><td>信息来源：</td><td>主题分类：</td></tr></table>';
    expect(readMeta(page({ info }), blocks(BODY))).toMatchObject({ publisher: '', source: '' });
  });

  it('is not copied from one to the other', () => {
    expect(readMeta(page({ info: '<div>来源：某区司法局</div>' }), blocks(BODY))).toMatchObject({ publisher: '', source: '某区司法局' });
  });
});

describe('the 文号', () => {
  it('is read from the document-number line at the top of the body', () => {
    const top = ['某府发〔2025〕7号', '市人民政府：', ...BODY];
    expect(readMeta(page({ body: bodyHtml(top) }), blocks(top)).docNo).toBe('某府发〔2025〕7号');
    expect(docNumberLine(blocks([TITLE, '某政办函 [2024] 12号', PROSE]))).toBe('某政办函[2024]12号');
    // Chrome lines above it do not push it out of reach.
    expect(
      docNumberLine(
        blocks(['下载', '打印', '【字号：', '大', '中', '小', '来源：某市日报', '时间：2025-03-20', TITLE, '某府发〔2025〕7号']),
      ),
    ).toBe('某府发〔2025〕7号');
    // A 文号 cited in a sentence, or further down, is not the page's.
    expect(docNumberLine(blocks([PROSE, '根据《某府发〔2025〕7号》文件要求，现报告如下。']))).toBe('');
  });

  it('comes from the metadata table when it gives one, and an empty 文号 cell gives none', () => {
    const table = (value: string) => `<table><tr><td>文号</td><td>${value}</td><td>主题分类</td><td>司法</td></tr></table>`;
    const top = ['某府发〔2025〕7号', ...BODY];
    expect(readMeta(page({ head: table('某府办发〔2025〕2号'), body: bodyHtml(top) }), blocks(top)).docNo).toBe('某府办发〔2025〕2号');
    expect(readMeta(page({ head: table('') }), blocks(BODY)).docNo).toBe('');
    expect(readMeta(page({ head: table(TITLE) }), blocks(BODY)).docNo).toBe('');
  });
});

describe('the signature', () => {
  it('is found before the chrome lines a portal leaves at the end of the body', () => {
    const end = [...BODY, '某区人民政府', '2025年3月10日', '扫一扫在手机打开当前页', '分享到：', '【打印本页】', '【关闭窗口】'];
    expect(signatureOf(blocks(end))).toMatchObject({ publisher: '某区人民政府', date: '2025-03-10' });
  });

  it('is found before the appendices that follow it', () => {
    const appendix = [
      '附件1',
      '某区2024年度行政执法情况统计表',
      '一、行政许可',
      '全年办理行政许可事项若干件，均在法定时限内办结。',
      '二、行政处罚',
      '全年作出行政处罚决定若干件。',
    ];
    const all = [...BODY, '某区人民政府', '2025年3月10日', ...appendix];
    expect(signatureOf(blocks(all))).toMatchObject({ publisher: '某区人民政府', date: '2025-03-10' });
  });
});

describe('lists of many dated items', () => {
  it('are read once per item, and none of their dates is taken', () => {
    const items = Array.from(
      { length: 600 },
      (_, i) => `<div class="it"><a href="/b${i}">某区第${i}号法治政府建设情况报告全文</a><span>2024-02-01</span></div>`,
    ).join('');
    const start = performance.now();
    expect(readMeta(parsePage(`<html><body><h1>报告</h1><div>${items}</div></body></html>`), []).published).toBe('');
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
