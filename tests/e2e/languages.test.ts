// The interface follows the browser's language: Traditional Chinese here (English
// is what the other end-to-end tests see).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../support/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'zh-TW' });
});
afterAll(async () => {
  await h?.close();
});

describe('in Traditional Chinese', () => {
  it('labels the panel, the badge and the check in zh-TW', async () => {
    const { page, tabId } = await h.openFixture('b-trs-004');
    await expect.poll(() => h.badgeText(tabId), { timeout: 10_000 }).toBe('報告');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.getByRole('tab').allTextContents(), { timeout: 10_000 }).toEqual(['目錄', '數據 (10)', '檢查']);
    expect(await panel.getByLabel('清理頁面').count()).toBe(1);
    await panel.getByRole('tab', { name: '檢查' }).click();
    expect(await panel.locator('.timeliness').textContent()).toContain('逾期');
    await panel.close();
    await page.close();
  });
});

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The text of the header the reader puts on a cleaned page (inside a closed shadow root: read through the DevTools protocol). */
async function cleanedHeaderText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const text = (n: DomNode): string =>
    n.nodeType === 3 ? n.nodeValue : n.nodeName === 'STYLE' ? '' : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join(' ');
  const find = (n: DomNode): DomNode | undefined =>
    n.attributes?.includes('data-portal-reader-skip') && n.shadowRoots?.length
      ? n
      : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean);
  const host = find(root);
  return host ? text(host).replace(/\s+/g, ' ').trim() : '';
}

describe('the header on a cleaned page', () => {
  it('speaks the page’s language (Simplified here) while the panel speaks the interface’s', async () => {
    const { page, tabId } = await h.openFixture('b-trs-004');
    const panel = await h.openPanel(tabId);
    await panel.getByLabel('清理頁面').check({ timeout: 10_000 });
    await expect.poll(() => cleanedHeaderText(page), { timeout: 10_000 }).toContain('关于2022年法治政府建设情况的报告');
    const header = await cleanedHeaderText(page);
    expect(header).toContain('发布日期 2023-06-12');
    expect(header).toContain('来源 平昌县金宝新区管理委员会');
    expect(header).not.toMatch(/發布|來源/);
    await panel.close();
    await page.close();
  });
});
