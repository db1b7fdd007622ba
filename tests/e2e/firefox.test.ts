// The add-on in a real Firefox (ESR, WebDriver BiDi): the badge on a report and not on
// another page, the sidebar page's outline and figures, an outline click scrolling the
// page, a copy reaching the clipboard, 繁體 and back restoring the page exactly, and a
// report on a mirror outside *.gov.cn read after a click on the toolbar button (activeTab).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxHarness } from '../support/firefox';
import { fixtures, nonReportFixtures, reportFixtures } from '../support/fixtures';
import { FILES_DIR } from '../support/report-files';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox();
}, 60_000);
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

/** Clicks (a real pointer click) the first element matching the selector whose text matches. */
async function clickText(page: Page, selector: string, text: RegExp | string): Promise<void> {
  await expect
    .poll(() => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? '')), { timeout: 10_000 })
    .toContainEqual(typeof text === 'string' ? text : expect.stringMatching(text));
  const handles = await page.$$(selector);
  for (const el of handles) {
    const content = await el.evaluate((e) => e.textContent ?? '');
    if (typeof text === 'string' ? content === text : text.test(content)) {
      await el.click();
      return;
    }
  }
  throw new Error(`no ${selector} reading ${String(text)}`);
}

const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));

describe('Firefox: a report page', () => {
  const fixture = reportFixtures().find((f) => f.name === 'a-ucap-000') ?? reportFixtures()[0]!;
  const outline = fixture.expected.outline!;

  it('marks the badge; the sidebar shows outline and figures, scrolls to a heading and copies the figures', async () => {
    const { page, tabId } = await h.openFixture(fixture.name);
    expect(await waitForBadge(tabId)).toBe('RPT');

    const panel = await h.openPanel(tabId);
    await expect.poll(() => texts(panel, '.report-title'), { timeout: 10_000 }).toEqual([fixture.expected.title]);
    expect(await texts(panel, '[role="treeitem"]')).toHaveLength(outline.length);

    // An outline click scrolls the page to that heading.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const target = outline[outline.length - 2]!;
    const items = await panel.$$('[role="treeitem"]');
    await items[outline.length - 2]!.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const top = await page.evaluate(
      (needle) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf(needle);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + needle.length);
          return r.getBoundingClientRect().top;
        }
        return null;
      },
      target.title.slice(0, 8),
    );
    expect(top).not.toBeNull();
    expect(top!).toBeGreaterThanOrEqual(0);
    expect(top!).toBeLessThan(page.viewport()?.height ?? 600);

    // The figures tab lists the figures; Copy all puts them on the clipboard as TSV.
    await clickText(panel, '[role="tab"]', /Figures/);
    await expect.poll(() => panel.$$eval('.figures-table tbody tr', (rows) => rows.length)).toBeGreaterThan(3);
    const rows = await panel.$$eval('.figures-table tbody tr', (r) => r.length);
    await clickText(panel, 'button', /^Copy all/);
    await expect.poll(() => texts(panel, '.notice')).toContainEqual(expect.stringContaining(String(rows)));
    const lines = (await h.readClipboard()).trimEnd().split('\n');
    expect(lines[0]!.split('\t').slice(0, 7)).toEqual(['section', 'label', 'value', 'unit', 'qualifier', 'text', 'sentence']);
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]!.split('\t')[10]).toBe(page.url());
    await panel.close();
    await page.close();
  });

  it('converts the page to 繁體 and back to exactly the page it was', async () => {
    const { page, tabId } = await h.openFixture(fixture.name);
    const panel = await h.openPanel(tabId);
    await expect.poll(() => texts(panel, '[role="treeitem"]'), { timeout: 10_000 }).toHaveLength(outline.length);
    const serialize = () => page.evaluate(() => document.documentElement.outerHTML);
    const before = await serialize();
    expect(await page.evaluate(() => document.body.innerText)).toContain('主要举措和成效');

    await clickText(panel, '[role="radio"]', '繁體');
    await expect.poll(() => page.evaluate(() => document.body.innerText), { timeout: 10_000 }).toContain('主要舉措和成效');
    expect(await serialize()).not.toBe(before);

    await clickText(panel, '[role="radio"]', 'As published');
    await expect.poll(serialize, { timeout: 10_000 }).toBe(before);
    await panel.close();
    await page.close();
  });
});

describe('Firefox: a page that is not a report', () => {
  const fixture = nonReportFixtures().find((f) => f.expected.kind === 'notice') ?? nonReportFixtures()[0]!;

  it('leaves the badge empty and says why in the sidebar', async () => {
    const { page, tabId } = await h.openFixture(fixture.name);
    // The always-on script has judged the page once the sidebar can show its reasons.
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.$$eval('.not-report', (e) => e.length), { timeout: 10_000 }).toBe(1);
    expect(await h.badgeText(tabId)).toBe('');
    await panel.close();
    await page.close();
  });
});

describe('Firefox: a report outside *.gov.cn', () => {
  it('is read on "Read this page" once the toolbar button was clicked on it (activeTab)', async () => {
    const fixture = fixtures().find((f) => f.name === 'b-trs-004')!;
    const url = h.server.route('mirror.example.net/fzzf/report.html', readFileSync(fixture.file, 'utf8'));
    const { page, tabId } = await h.openUrl(url);
    // No badge: the always-on script runs on the portals only.
    expect(await h.badgeText(tabId)).toBe('');
    await h.clickToolbarButton(page);
    const panel = await h.openPanel(tabId);
    await clickText(panel, 'button', 'Read this page');
    await expect.poll(() => texts(panel, '.report-title'), { timeout: 10_000 }).toEqual([fixture.expected.title]);
    expect(await texts(panel, '[role="treeitem"]')).toHaveLength(fixture.expected.outline!.length);
    await panel.close();
    await page.close();
  });
});

describe('Firefox: a tab that shows a report file', () => {
  it('is read by the sidebar from the file (pdf.js viewer: no content script there)', async () => {
    const fixture = fixtures().find((f) => f.name === 'b-trs-004')!;
    const pdf = readFileSync(join(FILES_DIR, 'b-trs-004.pdf'));
    const url = h.server.routeFile('www.filetab.gov.cn/zwgk/P020240401000000000001.pdf', new Uint8Array(pdf), 'application/pdf');
    const { page, tabId } = await h.openUrl(url);
    const panel = await h.openPanel(tabId);
    await expect.poll(() => texts(panel, '.report-title'), { timeout: 20_000 }).toEqual([fixture.expected.title]);
    expect(await texts(panel, '[role="treeitem"]')).toHaveLength(fixture.expected.outline!.length);
    await panel.close();
    await page.close();
  });
});
