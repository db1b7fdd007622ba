// The interface follows the browser's language: Traditional Chinese here (English
// is what the other end-to-end tests see).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
