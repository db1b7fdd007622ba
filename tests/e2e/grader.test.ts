// The grader's tab: required contents with where they are, timeliness, and a
// finding that scrolls the page; the citation line reaches the clipboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../support/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('the Check tab', () => {
  it('shows the required contents of seed 004, its lateness, and scrolls to a finding', async () => {
    const { page, tabId } = await h.openFixture('b-trs-004');
    const panel = await h.openPanel(tabId);
    await panel.getByRole('tab', { name: 'Check' }).click({ timeout: 10_000 });
    const items = panel.locator('.required > li');
    await expect.poll(() => items.count()).toBe(5);
    expect(await panel.locator('.required > li.found').count()).toBe(4);
    expect(await items.nth(4).getAttribute('class')).toBe('missing');
    // Content 3 is a sentence inside a section of this report.
    expect(await items.nth(2).locator('.finding').textContent()).toContain('a sentence inside a section');
    expect(await panel.locator('.timeliness').textContent()).toContain('Late: published 2023-06-12, due by 2023-03-31');

    const before = await page.evaluate(() => window.scrollY);
    await items.nth(3).locator('.finding').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 300);

    await panel.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => panel.locator('.grader .notice').textContent()).toBe('Citation copied');
    const clip = await h.readClipboard();
    expect(clip).toMatch(
      /^平昌县金宝新区管理委员会\. 关于2022年法治政府建设情况的报告\[EB\/OL\]\. \(2023-06-12\)\[\d{4}-\d\d-\d\d\]\. http:\/\/.*gov\.cn\//,
    );
    await panel.close();
    await page.close();
  });
});
