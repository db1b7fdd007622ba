// The extension as a reader uses it: badge on a report page, the side panel's
// outline scrolling the page, the figures copied, and a page that is not a report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { launch, type Harness } from '../support/browser';
import { capturePanelTabs } from '../support/panel';
import { nonReportFixtures, reportFixtures } from '../support/fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

async function waitForBadge(tabId: number): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const text = await h.badgeText(tabId);
    if (text) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  return '';
}

/** Where a piece of text sits in the viewport (top of its first occurrence), or null. */
function textTop(page: Page, text: string): Promise<number | null> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + needle.length);
        return r.getBoundingClientRect().top;
      }
    }
    return null;
  }, text);
}

describe('a report page', () => {
  const fixture = reportFixtures().find((f) => f.expected.family.startsWith('A')) ?? reportFixtures()[0]!;

  it('marks the badge, shows title, outline and figures, scrolls to a heading and copies the figures', async () => {
    const { page, tabId } = await h.openFixture(fixture.name);
    expect(await waitForBadge(tabId)).toBe('RPT');

    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.locator('.report-title').textContent(), { timeout: 10_000 }).toBe(fixture.expected.title);
    const entries = panel.getByRole('treeitem');
    expect(await entries.count()).toBe(fixture.expected.outline!.length);

    // Click a heading far down the report: the page scrolls it into view.
    const target = fixture.expected.outline![fixture.expected.outline!.length - 2]!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await entries.nth(fixture.expected.outline!.length - 2).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const top = await textTop(page, target.title.slice(0, 8));
    expect(top).not.toBeNull();
    expect(top!).toBeGreaterThanOrEqual(0);
    expect(top!).toBeLessThan(900);

    // Copy all figures as TSV: a header row, then one row per figure.
    await panel.getByRole('tab', { name: /Figures/ }).click();
    const rows = await panel.locator('.figures-table tbody tr').count();
    expect(rows).toBeGreaterThan(3);
    await panel.getByRole('button', { name: /^Copy all/ }).click();
    await expect.poll(() => panel.locator('.notice').textContent()).toContain(String(rows));
    const clip = await h.readClipboard();
    const lines = clip.trimEnd().split('\n');
    expect(lines[0]!.split('\t').slice(0, 7)).toEqual(['section', 'label', 'value', 'unit', 'qualifier', 'text', 'sentence']);
    expect(lines).toHaveLength(rows + 1);
    const first = lines[1]!.split('\t');
    expect(first[7]).toBe(fixture.expected.title);
    expect(first[10]).toBe(page.url());
    await panel.close();
    await page.close();
  });
});

describe('the outline from the keyboard, following the reading position', () => {
  it('moves with arrows, collapses a part, goes to a heading with Enter, and marks the section in view', async () => {
    const { page, tabId } = await h.openFixture('b-trs-004');
    const panel = await h.openPanel(tabId);
    const items = panel.getByRole('treeitem');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(17);
    await items.first().focus();
    await panel.keyboard.press('ArrowDown'); // 二、
    const child = (await items.nth(2).textContent())!.replace(/^[▾▸]/, ''); // (一) of 二、
    await panel.keyboard.press('ArrowLeft'); // collapse 二、
    expect(await items.nth(1).getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => items.count()).toBe(17 - 7); // (一), (二) and its 1.–5.
    await panel.keyboard.press('ArrowDown'); // 三、
    expect(await panel.evaluate(() => document.activeElement?.textContent?.replace(/^[▾▸]/, ''))).toBe('三、法治政府建设工作存在不足');
    await panel.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    // The page scrolled to 三、: the panel marks it as the current section.
    await expect
      .poll(async () => (await panel.locator('[aria-current="location"]').textContent())?.replace(/^[▾▸]/, ''))
      .toBe('三、法治政府建设工作存在不足');
    // A section inside the collapsed 二、 is marked on 二、.
    const top = (await textTop(page, child.replace(/^\(一\)|^（一）/, '').slice(0, 8)))!;
    await page.evaluate((y) => window.scrollTo(0, window.scrollY + y - 40), top);
    await expect.poll(async () => (await panel.locator('[aria-current="location"]').textContent())?.replace(/^[▾▸]/, '')).toMatch(/^二、/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => panel.locator('[aria-current="location"]').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});

describe('a page that is not a report', () => {
  const fixture = nonReportFixtures().find((f) => f.expected.kind === 'notice') ?? nonReportFixtures()[0]!;

  it('leaves the badge empty, explains why in the panel, and reads it on request', async () => {
    const { page, tabId } = await h.openFixture(fixture.name);
    await page.waitForTimeout(300);
    expect(await h.badgeText(tabId)).toBe('');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.locator('.not-report').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.locator('.reasons li').count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: /Read it as a report anyway/ }).click();
    await expect.poll(() => panel.locator('.report-title').textContent(), { timeout: 10_000 }).toBe(fixture.expected.title);
    await panel.close();
    await page.close();
  });
});

describe('npm start without a display', () => {
  it('captures every tab of a report’s panel: outline, figures and check', async () => {
    const { page, tabId } = await h.openFixture('b-trs-004');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.getByRole('treeitem').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'portal-reader-start-'));
    try {
      const files = await capturePanelTabs(panel, dir, 'b-trs-004');
      expect(files.map((f) => basename(f))).toEqual([
        'b-trs-004.panel-outline.png',
        'b-trs-004.panel-figures.png',
        'b-trs-004.panel-check.png',
      ]);
      // Three different pictures: each tab was shown before it was captured.
      expect(new Set(files.map((f) => readFileSync(f).toString('base64'))).size).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await panel.close();
    await page.close();
  });
});
