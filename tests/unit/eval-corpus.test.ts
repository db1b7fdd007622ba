// The pure helpers of the real-corpus section of `npm run eval`, on tiny made-up texts.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/node/page-file';
import {
  chromeKind,
  classifyFigures,
  corpusDir,
  corpusParagraphs,
  findArticleTitle,
  findBodyContainer,
  headingsByLevel,
  makeShell,
  mapBlocksToParagraphs,
  paragraphPresence,
  parseCsv,
} from '../../scripts/eval-corpus';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, after a BOM', () => {
    const rows = parseCsv('\uFEFFprovince,title,full_text\r\n某省,"某省政府工作报告","第一行\n第二行，有逗号, 和""引号"""\r\n');
    expect(rows).toEqual([{ province: '某省', title: '某省政府工作报告', full_text: '第一行\n第二行，有逗号, 和"引号"' }]);
  });
});

describe('corpusParagraphs', () => {
  it('numbers the non-empty trimmed lines', () => {
    expect(corpusParagraphs('  下载\n\n　\n 各位代表： \n一、工作回顾\n')).toEqual(['下载', '各位代表：', '一、工作回顾']);
  });
});

describe('mapBlocksToParagraphs', () => {
  const paragraphs = ['打印', '某市政府工作报告', '各位代表：', '一、工作回顾', '全年粮食产量增长2%。主要工作如下。', '打印'];
  it('maps equal blocks in order, repeated lines to the next occurrence, and pieces to their paragraph', () => {
    expect(mapBlocksToParagraphs(['各 位代表：', '一、工作回顾', '全年粮食产量增长2%。', '主要工作如下。', '打印'], paragraphs)).toEqual([
      3, 4, 5, 5, 6,
    ]);
  });
  it('leaves blocks that are not in the text unmapped', () => {
    expect(mapBlocksToParagraphs(['网站地图', ''], paragraphs)).toEqual([null, null]);
  });
});

describe('paragraphPresence', () => {
  const paragraphs = ['打印', '某市政府工作报告', '各位代表：', '一、工作回顾', '来源：某日报'];
  it('counts chrome left out and report lines lost, the title line shown as the title', () => {
    expect(paragraphPresence(paragraphs, [3, 4, 5], [1, 5], '某市政府工作报告')).toEqual({
      chromeHidden: 1,
      chromeTotal: 2,
      reportLost: [],
    });
    expect(paragraphPresence(paragraphs, [4], [1, 5], '另一个标题').reportLost).toEqual([2, 3]);
  });
});

describe('headingsByLevel', () => {
  it('counts headings per level in level order', () => {
    expect(headingsByLevel([1, 2, 2, 1, 3, 2])).toBe('L1 2 · L2 3 · L3 1');
    expect(headingsByLevel([])).toBe('');
  });
});

describe('templates', () => {
  const page = `<html><head><title>某区旧新闻标题_某区人民政府</title><meta name="ArticleTitle" content="某区旧新闻标题">
<meta name="description" content="旧新闻的摘要"></head><body><div class="nav">首页</div>
<h1 class="title">某区旧新闻标题</h1><div class="info">发布日期：2020-01-01</div>
<div class="box"><div id="zoom"><meta name="ContentStart"><p>旧正文。</p><meta name="ContentEnd"></div></div>
<div class="footer">版权所有</div></body></html>`;

  it('finds the body at the CMS content marker and the title in the ArticleTitle meta tag', () => {
    const doc = parsePage(page);
    expect(findBodyContainer(doc)?.id).toBe('zoom');
    expect(findArticleTitle(doc)).toBe('某区旧新闻标题');
  });

  it('falls back to a known body box and the <title> before the site name', () => {
    const doc = parsePage(
      '<html><head><title>某县通知｜某县政府</title></head><body><div class="TRS_Editor"><p>正文</p></div></body></html>',
    );
    expect(findBodyContainer(doc)?.className).toBe('TRS_Editor');
    expect(findArticleTitle(doc)).toBe('某县通知');
  });

  it('fills a shell with one <p> per line and the new title everywhere the old one was, and again for the next text', () => {
    const shell = makeShell('t', parsePage(page), 'https://www.example.gov.cn/1.html');
    if (typeof shell === 'string') throw new Error(shell);
    shell.fill('某市政府工作报告', ['下载', '某市政府工作报告', '各位代表：']);
    shell.fill('某省政府工作报告', ['打印', '某省政府工作报告', '各位代表：', '一、工作回顾']);
    const doc = shell.document;
    expect([...doc.querySelectorAll('#zoom > p')].map((p) => p.textContent)).toEqual([
      '打印',
      '某省政府工作报告',
      '各位代表：',
      '一、工作回顾',
    ]);
    expect(doc.title).toBe('某省政府工作报告_某区人民政府');
    expect(doc.querySelector('h1')?.textContent).toBe('某省政府工作报告');
    expect(doc.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content')).toBe('某省政府工作报告');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('');
    expect(doc.querySelector('.footer')?.textContent).toBe('版权所有');
  });

  it('says why a page cannot be a template', () => {
    expect(makeShell('bare', parsePage('<html><body><div>正文</div></body></html>'), 'x')).toBe('bare: no article body found');
  });
});

describe('corpusDir', () => {
  it('is the corpus folder in shared/ beside the repository unless PORTAL_READER_CORPUS says otherwise', () => {
    expect(corpusDir({})).toMatch(/[\\/]shared[\\/]corpus$/);
    expect(corpusDir({ PORTAL_READER_CORPUS: '/data/corpus' })).toBe('/data/corpus');
  });
});

describe('chromeKind', () => {
  it.each([
    ['下载', 'toolbar'],
    ['分享：', 'toolbar'],
    ['【字号：', 'font-size bar'],
    ['减小', 'font-size bar'],
    ['】', 'font-size bar'],
    ['来源：某市日报', 'source/date/editor'],
    ['时间：2025-01-20', 'source/date/editor'],
    ['2025-01-20 09:30', 'source/date/editor'],
    ['2025年01月20日 09时30分', 'source/date/editor'],
    ['责任编辑：某某', 'source/date/editor'],
    ['相关报道：', 'related links'],
    ['0a1b2c3d4e5f60718293a4b5c6d7e8f9', 'related links'],
    ['市长某某作政府工作报告。', 'photo caption'],
    ['会场一角。记者 某某 摄', 'photo caption'],
    ['首页', 'other'],
  ])('「%s」 is %s', (line, kind) => {
    expect(chromeKind(line)).toBe(kind);
  });
});

describe('classifyFigures', () => {
  it('pairs a miss with the extra read over the same span, and sorts the other extras', () => {
    const missed = [
      { text: '30万吨/年', value: 300000 },
      { text: '12个', value: 12 },
    ];
    const extra = [
      { text: '30万吨', value: 300000 },
      { text: '二期', value: 2 },
      { text: '5年', value: 5 },
    ];
    expect(classifyFigures(missed, extra)).toEqual({ spanDiffers: 1, notFound: 1, chineseNumeral: 1, otherExtra: 1 });
  });
});
