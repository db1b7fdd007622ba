// @vitest-environment node
// The page watcher answers the page's own changes, never the reader's: wrapping
// chrome lines in hidden spans (and unwrapping them) must not start a reading,
// or reading and cleaning would follow each other without end.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ReaderSession } from '../../lib/page/session';
import { watchPage } from '../../lib/page/page-watch';
import { readerChange } from '../../lib/page/reader-changes';

const labels = { publisher: '发布机构', written: '成文日期', published: '发布日期', indexNo: '索引号', docNo: '文号', source: '来源' };
const URL = 'https://www.nanping.gov.cn/zwgk/fzzf/202503/t20250310_41822.html';
const QUIET = 20;

const HTML = `<!doctype html><html><head><title>南坪区2024年度法治政府建设情况报告</title></head><body>
<h1>南坪区2024年度法治政府建设情况报告</h1>
<div class="article">
  <p>来源：南坪区司法局<br>时间：2025-03-10<br>　　2024年，南坪区深入推进依法行政，全面提升政府治理法治化水平，现将有关情况报告如下。<br>　　一、主要工作<br>　　全年审查行政规范性文件21件，办理行政复议案件57件，行政机关负责人出庭应诉率达到100%。</p>
  <p>　　二、存在的问题<br>分享：<br>　　部分街道执法力量不足，执法人员培训覆盖面不够，行政执法数字化水平仍待提高。<br>　　三、下一步打算<br>　　持续深化行政执法体制改革，开展执法案卷评查不少于2次，推动法治政府建设再上新台阶。</p>
</div></body></html>`;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup() {
  const dom = new JSDOM(HTML, { url: URL });
  const doc = dom.window.document as unknown as Document;
  const session = new ReaderSession(doc, URL, labels);
  const calls = { stale: 0, settled: 0 };
  // As the reader script does: a change makes the panel stale, quiet brings a new reading.
  const unwatch = watchPage(
    doc,
    () => calls.stale++,
    () => {
      calls.settled++;
      void session.reread(URL);
    },
    QUIET,
  );
  const done = () => {
    unwatch();
    session.dispose();
    dom.window.close();
  };
  return { doc, session, calls, done };
}

describe('page watcher and the reader’s own changes', () => {
  it('does not fire on cleaning, undoing or cleaning again', async () => {
    const { doc, session, calls, done } = setup();
    session.setClean(true);
    expect(doc.querySelectorAll('[data-portal-reader-wrap]').length).toBeGreaterThan(0);
    await wait(QUIET * 4);
    session.setClean(false);
    await wait(QUIET * 4);
    session.setClean(true);
    await wait(QUIET * 4);
    expect(calls).toEqual({ stale: 0, settled: 0 });
    done();
  });

  it('fires once on a real change, and the reading it starts does not make it fire again', async () => {
    const { doc, session, calls, done } = setup();
    session.setClean(true);
    const p = doc.createElement('p');
    p.textContent = '　　附：2024年度行政复议和行政应诉案件统计情况说明，共计收到申请57件。';
    doc.querySelector('.article')!.append(p);
    await wait(QUIET * 8);
    expect(calls).toEqual({ stale: 1, settled: 1 });
    // The reread unwrapped and wrapped again while cleaned; the page is still clean.
    expect(session.cleaned).toBe(true);
    expect(doc.querySelectorAll('[data-portal-reader-wrap]').length).toBeGreaterThan(0);
    await wait(QUIET * 8);
    expect(calls).toEqual({ stale: 1, settled: 1 });
    done();
  });

  it('keeps a page change made just before the reader’s own change', async () => {
    const { doc, session, calls, done } = setup();
    doc.querySelector('.article p')!.append(doc.createElement('br'), doc.createTextNode('　　新增一段由页面脚本加载的正文。'));
    session.setClean(true); // synchronously after the page's change, before its records are delivered
    await wait(QUIET * 8);
    expect(calls.stale).toBe(1);
    expect(calls.settled).toBe(1);
    done();
  });

  it('notices the page removing a paragraph that holds a hidden wrapper', async () => {
    const { doc, session, calls, done } = setup();
    session.setClean(true);
    await wait(QUIET * 2);
    doc.querySelectorAll('.article p')[1]!.remove();
    await wait(QUIET * 8);
    expect(calls.stale).toBe(1);
    expect(calls.settled).toBe(1);
    done();
  });

  it('only changes made inside readerChange are the reader’s', async () => {
    const { doc, calls, done } = setup();
    const article = doc.querySelector('.article')!;
    readerChange(() => article.append(doc.createElement('span')));
    await wait(QUIET * 4);
    expect(calls.stale).toBe(0);
    article.append(doc.createTextNode('页面脚本写入的文字'));
    await wait(QUIET * 4);
    expect(calls.stale).toBe(1);
    done();
  });
});
