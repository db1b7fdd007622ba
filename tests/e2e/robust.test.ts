// Untrusted page text reaches the panel only as text; a page that changes under
// the reader is followed; every change the reader made is undone on request.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../support/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const hostile = readFileSync(resolve(import.meta.dirname, '../fixtures/hostile/markup-in-text.html'), 'utf8');

describe('markup-looking text on the page', () => {
  it('shows literally in the panel and runs nothing', async () => {
    const url = h.server.route('www.hostile.gov.cn/art/2024/3/20/art_1_1.html', hostile);
    const { page, tabId } = await h.openUrl(url);
    const panel = await h.openPanel(tabId);
    await expect
      .poll(() => panel.locator('.report-title').textContent(), { timeout: 10_000 })
      .toBe('某区2023年<img src=x onerror="window.__pwned=1">法治政府建设年度报告');
    const outline = () => panel.getByRole('treeitem').allTextContents();
    await expect.poll(async () => (await outline()).some((t) => t.includes('主要举措和成效<img'))).toBe(true);
    expect((await outline()).some((t) => t.includes('<script>window.__pwned=2</script>'))).toBe(true);
    await panel.getByRole('tab', { name: /Figures/ }).click();
    await panel.locator('.figures-table tbody tr').first().hover();
    await panel.getByRole('tab', { name: 'Check' }).click();
    // Nothing from the page became markup in the panel, and nothing ran anywhere.
    expect(await panel.locator('img, script:not([src]), a[href^="javascript:"]').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await panel.close();
    await page.close();
  });
});

describe('a page that changes under the reader', () => {
  it('marks the panel stale and shows the new outline once the page settles', async () => {
    const { page, tabId } = await h.openFixture('b-trs-004');
    const panel = await h.openPanel(tabId);
    const items = panel.getByRole('treeitem');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(17);
    // The portal's pagination appends the rest of the report.
    await page.evaluate(() => {
      const body = document.querySelector('.TRS_Editor, .trs_editor_view, .view, #zoom')!;
      for (const text of ['五、其他需要报告的情况', '本年度无其他需要报告的情况。']) {
        const p = document.createElement('p');
        p.textContent = text;
        body.append(p);
      }
    });
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(18);
    expect(await items.last().textContent()).toBe('五、其他需要报告的情况');
    await panel.getByRole('tab', { name: 'Check' }).click();
    expect(await panel.locator('.required > li').nth(4).getAttribute('class')).toBe('found');
    expect(await panel.locator('.stale').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});

describe('undoing every change', () => {
  it('cleaning, conversion and highlights off leave the page as it was, with selection, scroll and handlers', async () => {
    const { page, tabId } = await h.openFixture('c-hanweb-003-t');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => items(), { timeout: 10_000 }).toBeGreaterThan(0);
    function items() {
      return panel.getByRole('treeitem').count();
    }
    await page.evaluate(() => {
      (window as unknown as { clicks: number }).clicks = 0;
      document.addEventListener('click', () => (window as unknown as { clicks: number }).clicks++);
      window.scrollTo(0, 400);
      // Select part of a long text node of the report.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text | null;
      while (node && node.data.trim().length < 40) node = walker.nextNode() as Text | null;
      const range = document.createRange();
      range.setStart(node!, 5);
      range.setEnd(node!, 25);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const selection = await page.evaluate(() => getSelection()!.toString());
    expect(selection.length).toBeGreaterThan(0);

    await panel.getByLabel('Clean page').check();
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-portal-reader-hidden]').length)).toBeGreaterThan(3);
    await panel.getByRole('radio', { name: '简体' }).click();
    await expect.poll(() => panel.getByRole('radio', { name: '简体' }).getAttribute('aria-checked')).toBe('true');
    await panel.getByRole('tab', { name: /Figures/ }).click();
    await panel.locator('.figures-table tbody tr').nth(2).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('portal-reader-figure'))).toBe(true);

    await panel.getByRole('radio', { name: 'As published' }).click();
    await panel.getByLabel('Clean page').uncheck();
    await expect.poll(() => page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.evaluate(() => window.scrollTo(0, 400));
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(selection);
    await page.mouse.click(5, 5);
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
    // Closing the panel takes the figure's highlight away.
    await panel.close();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('portal-reader-figure'))).toBe(false);
    await page.close();
  });
});

describe('the reader injected twice', () => {
  it('answers from the copy already in the page', async () => {
    const { page, tabId } = await h.openFixture('b-trs-004');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.getByRole('treeitem').count(), { timeout: 10_000 }).toBe(17);
    // "Read it anyway" on a page already read: the reader there sends its model again.
    await panel.evaluate(() => {
      const w = window as unknown as { models: number };
      w.models = 0;
      chrome.runtime.onMessage.addListener((m: { type?: string }) => {
        if (m.type === 'pr:model') w.models++;
      });
    });
    const reply = await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'pr:load-reader', tabId: id, force: true }), tabId);
    expect(reply).toEqual({ ok: true });
    await expect.poll(() => panel.evaluate(() => (window as unknown as { models: number }).models)).toBe(1);
    expect(await panel.getByRole('treeitem').count()).toBe(17);
    await panel.close();
    await page.close();
  });
});

describe('SPA navigation', () => {
  it('follows the page to another report without a reload', async () => {
    const { page, tabId } = await h.openFixture('b-trs-004');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.getByRole('treeitem').count(), { timeout: 10_000 }).toBe(17);
    await page.evaluate(() => {
      history.pushState({}, '', location.pathname.replace(/[^/]+$/, 't20240320_1.html'));
      const title = '某镇2023年法治政府建设年度报告';
      document.title = title;
      document.querySelector('meta[name="ArticleTitle" i]')?.setAttribute('content', title);
      for (const h of Array.from(document.querySelectorAll('h1, h2'))) h.textContent = title;
      const body = document.querySelector('.TRS_Editor, .trs_editor_view, .view, #zoom')!;
      body.replaceChildren(
        ...[
          '一、主要举措和成效',
          '全年办理行政复议案件12件。',
          '二、存在的不足和原因',
          '基层法治力量薄弱。',
          '三、下一年度主要安排',
          '加强培训。',
        ].map((text) => {
          const p = document.createElement('p');
          p.textContent = text;
          return p;
        }),
      );
    });
    await expect.poll(() => panel.locator('.report-title').textContent(), { timeout: 10_000 }).toBe('某镇2023年法治政府建设年度报告');
    expect(await panel.getByRole('treeitem').allTextContents()).toEqual([
      '一、主要举措和成效',
      '二、存在的不足和原因',
      '三、下一年度主要安排',
    ]);
    await panel.close();
    await page.close();
  });
});
