// @vitest-environment node
// Chrome lines that are bare text between <br>s, in a paragraph that also holds
// report text: left out of the text, hidden on the live page in a wrapper, and
// the page put back exactly (the same nodes in the same order) on undo.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { rangeOf } from '../../lib/core/blocks';
import { HIDDEN_ATTR } from '../../lib/page/clean-page';
import { loadConverter } from '../../lib/core/convert';
import { createPageConverter } from '../../lib/page/convert-page';
import { ReaderSession } from '../../lib/page/session';

const labels = { publisher: '发布机构', written: '成文日期', published: '发布日期', indexNo: '索引号', docNo: '文号', source: '来源' };
const URL = 'https://www.hexi.gov.cn/art/2025/3/18/art_3021_88120.html';

const CHROME = ['来源：河西县司法局', '发布时间：2025-03-18 09:30', '分享：', '微信 微博', '【打印】【关闭】', '下载', '收藏'];
const REPORT = [
  '　　2024年，河西县坚持依法行政，法治政府建设各项任务有序推进，现将有关情况报告如下。',
  '　　一、主要举措和成效',
  '　　（一）健全依法决策机制。全年审查县政府规范性文件18件，合法性审查率保持100%。',
  '　　（二）规范行政执法行为。县政府门户网站执法信息下载量增长32%，来源于基层的投诉线索全部办结。',
  '　　二、存在的不足',
  '　　基层执法人员专业化水平仍需提高，部分乡镇行政执法案卷评查得分偏低，执法监督覆盖面还不够宽。',
  '　　三、下一步工作安排',
  '　　持续推进行政复议体制改革，全年组织执法人员培训不少于4次，确保持证上岗率达到100%。',
  '河西县人民政府',
  '2025年3月15日',
];

// Chrome lines as a scraper or editor leaves them: bare, behind a bold label, at a paragraph's end.
const BODY = `<div id="zoom">
  <p>${CHROME[0]}<br>${CHROME[1]}<br>${REPORT[0]}<br>${REPORT[1]}<br>${REPORT[2]}</p>
  <p>${REPORT[3]}<br><b>${CHROME[2]}</b>${CHROME[3]}<br><span class="fav">${CHROME[6]}</span> <br>${REPORT[4]}<br>${REPORT[5]}</p>
  <div>${REPORT[6]}<br>  ${CHROME[4]}  <br>${REPORT[7]}<br>${REPORT[8]}<br>${REPORT[9]}<br>${CHROME[5]}</div>
</div>`;

function page() {
  const dom = new JSDOM(
    `<!doctype html><html><head><title>河西县2024年度法治政府建设情况报告</title></head><body>
    <div class="crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
    <h1>河西县2024年度法治政府建设情况报告</h1>${BODY}
    <div class="foot">版权所有：河西县人民政府办公室</div></body></html>`,
    { url: URL },
  );
  return { dom, doc: dom.window.document as unknown as Document };
}

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Visible <br>s that start a block or follow another: each shows as an empty line. */
function emptyLines(box: Element): number {
  let count = 0;
  let lineEmpty = true;
  for (const n of Array.from(box.childNodes)) {
    if (n.nodeType === 1 && (n as Element).hasAttribute(HIDDEN_ATTR)) continue;
    if (n.nodeType === 1 && (n as Element).localName === 'br') {
      if (lineEmpty) count++;
      lineEmpty = true;
    } else if ((n.textContent ?? '').trim()) lineEmpty = false;
  }
  return count;
}

const hidden = (node: Node) => !!node.parentElement?.closest(`[${HIDDEN_ATTR}]`);
const lineOf = (t: Text) => [...CHROME, ...REPORT].find((l) => l.trim() && t.data.trim() && l.includes(t.data.trim()));

describe('chrome lines between <br>s in a paragraph with report text', () => {
  it('are out of the text, hidden on the page, and the report lines beside them stay visible', () => {
    const { dom, doc } = page();
    const session = new ReaderSession(doc, URL, labels);
    const paragraphs = session.model.text.split('\n\n');
    for (const line of CHROME) expect(paragraphs, line).not.toContain(line);
    for (const line of REPORT) expect(paragraphs, line).toContain(line.trim());
    const zoom = doc.querySelector('#zoom')!;
    const nodes = textNodes(zoom).filter((t) => t.data.trim());
    session.setClean(true);
    for (const t of nodes) {
      const line = lineOf(t);
      if (CHROME.includes(line!)) expect(hidden(t), t.data).toBe(true);
      else if (line) expect(hidden(t), t.data).toBe(false);
    }
    // The hidden wrapper takes the <br> ending the line: no empty line is left between report lines.
    for (const box of Array.from(zoom.querySelectorAll('p, div'))) expect(emptyLines(box), box.textContent!).toBe(0);
    const p2 = zoom.querySelectorAll('p')[1]!;
    const shown = Array.from(p2.childNodes).filter((n) => !(n.nodeType === 1 && (n as Element).hasAttribute(HIDDEN_ATTR)));
    expect(shown.map((n) => (n.nodeType === 1 ? `<${(n as Element).localName}>` : (n as Text).data))).toEqual([
      REPORT[3],
      '<br>',
      REPORT[4],
      '<br>',
      REPORT[5],
    ]);
    session.dispose();
    dom.window.close();
  });

  it('keep every block source pointing at the live text while hidden', () => {
    const { dom, doc } = page();
    const session = new ReaderSession(doc, URL, labels);
    session.setClean(true);
    const { blocks, sources } = session.reading;
    for (let i = 0; i < blocks.length; i++) {
      const range = rangeOf(doc, sources[i]!, 0, blocks[i]!.text.length);
      expect(range, blocks[i]!.text).not.toBeNull();
      expect(range!.toString().replace(/\s+/g, ''), blocks[i]!.text).toBe(blocks[i]!.text.replace(/\s+/g, ''));
    }
    session.dispose();
    dom.window.close();
  });

  it('undo puts the same nodes back in the same order', () => {
    const { dom, doc } = page();
    const before = doc.documentElement.outerHTML;
    const zoom = doc.querySelector('#zoom')!;
    const children = Array.from(zoom.querySelectorAll('p, div')).map((el) => Array.from(el.childNodes));
    const session = new ReaderSession(doc, URL, labels);
    session.setClean(true);
    expect(zoom.querySelectorAll(`[${HIDDEN_ATTR}]`).length).toBeGreaterThan(0);
    session.setClean(false);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(Array.from(zoom.querySelectorAll('p, div')).map((el) => Array.from(el.childNodes))).toEqual(children);
    Array.from(zoom.querySelectorAll('p, div')).forEach((el, i) =>
      Array.from(el.childNodes).forEach((n, k) => expect(n).toBe(children[i]![k])),
    );
    // Cleaning again after undo hides the same lines again.
    session.setClean(true);
    for (const t of textNodes(zoom)) if (CHROME.includes(lineOf(t)!)) expect(hidden(t), t.data).toBe(true);
    session.dispose();
    expect(doc.documentElement.outerHTML).toBe(before);
    dom.window.close();
  });

  it('undo is exact with the script converted in between', async () => {
    const { dom, doc } = page();
    const before = doc.documentElement.outerHTML;
    const session = new ReaderSession(doc, URL, labels);
    const module = { loadConverter, createPageConverter };
    await session.setScript({ view: 'traditional', standard: 'twp', quotes: false }, async () => module);
    session.setClean(true);
    expect(doc.querySelector('#zoom')!.textContent).toContain('報告');
    await session.setScript({ view: 'original', standard: 'twp', quotes: false }, async () => module);
    session.setClean(false);
    expect(doc.documentElement.outerHTML).toBe(before);
    session.dispose();
    dom.window.close();
  });

  it('a report whose lines merely contain 下载/来源/分享 loses nothing', () => {
    const { dom, doc } = page();
    const session = new ReaderSession(doc, URL, labels);
    session.setClean(true);
    const p2 = doc.querySelectorAll('#zoom p')[1]!;
    const report = Array.from(p2.childNodes).find((n) => n.nodeType === 3 && (n as Text).data.includes('下载量'))!;
    expect(hidden(report)).toBe(false);
    session.dispose();
    dom.window.close();
  });
});
