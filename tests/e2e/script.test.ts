// Simplified ⇄ Traditional on the live page: converted in place, restored exactly,
// form state and handlers kept, later content converted, site rules applied on load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../support/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const serialize = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

async function choose(panel: Page, name: string) {
  await panel.getByRole('radio', { name }).click({ timeout: 10_000 });
  await expect.poll(() => panel.getByRole('radio', { name }).getAttribute('aria-checked')).toBe('true');
}

describe('script conversion', () => {
  it('converts a Simplified report to Traditional and restores the page exactly, keeping typed input and handlers', async () => {
    const { page, tabId } = await h.openFixture('a-ucap-000');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.getByRole('treeitem').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The page's own state: a typed search term and a click handler.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typed';
      document.body.prepend(input);
      (window as unknown as { clicks: number }).clicks = 0;
      document.body.addEventListener('click', () => (window as unknown as { clicks: number }).clicks++);
    });
    await page.fill('#typed', '法治政府建设');
    const before = await serialize(page);
    expect(await bodyText(page)).toContain('主要举措和成效');

    await choose(panel, '繁體');
    await expect.poll(() => bodyText(page)).toContain('主要舉措和成效');
    // The panel's outline follows; numbers never change.
    await expect.poll(() => panel.getByRole('treeitem').first().textContent(), { timeout: 10_000 }).toContain('舉措');
    expect(await page.inputValue('#typed')).toBe('法治政府建设');

    await choose(panel, 'As published');
    await expect.poll(() => serialize(page)).toBe(before);
    expect(await page.inputValue('#typed')).toBe('法治政府建设');
    await page.click('h1');
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
    await panel.close();
    await page.close();
  });

  it('converts a Traditional report to Simplified, and content the page adds later', async () => {
    const { page, tabId } = await h.openFixture('b-trs-002-t');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.locator('.script-bar').textContent(), { timeout: 10_000 }).toContain('Published in Traditional');
    await choose(panel, '简体');
    await expect.poll(() => bodyText(page)).toContain('法治政府建设主要举措和成效');
    // Pagination-style content arriving after conversion is converted too.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = '餘下全文：繼續推進法治政府建設。';
      document.querySelector('.TRS_Editor, .trs_editor_view, #zoom, body')!.append(p);
    });
    await expect.poll(() => page.textContent('#late')).toBe('余下全文：继续推进法治政府建设。');
    await panel.close();
    await page.close();
  });

  it('converts on load a site that has a rule', async () => {
    await h.worker.evaluate(() => chrome.storage.sync.set({ siteRules: [{ pattern: 'www.scpc.gov.cn', view: 'traditional' }] }));
    try {
      const { page } = await h.openFixture('b-trs-004');
      await expect.poll(() => bodyText(page), { timeout: 10_000 }).toContain('關於2022年法治政府建設情況的報告');
      await page.close();
    } finally {
      await h.worker.evaluate(() => chrome.storage.sync.remove('siteRules'));
    }
  });
});
