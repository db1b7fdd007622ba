// The reader view: opened from the panel, the report alone with its headings,
// type controls that are remembered, printing without the controls, and the
// report in Traditional script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../support/browser';
import { reportFixtures } from '../support/fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const squeeze = (s: string) => s.replace(/\s+/g, '');
const fixture = reportFixtures().find((f) => f.name === 'b-trs-004')!;

const headings = (page: Page) => page.locator('.reader-body').locator('h2, h3, h4');
const bodyFontSize = (page: Page) =>
  page
    .locator('.reader-body p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

describe('the reader view', () => {
  it('opens from the panel with the title and every heading, grows the type, and prints without its controls', async () => {
    const { page, tabId } = await h.openFixture(fixture.name);
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.locator('.report-title').textContent(), { timeout: 10_000 }).toBe(fixture.expected.title);

    const [reader] = await Promise.all([h.context.waitForEvent('page'), panel.getByRole('button', { name: 'Reader view' }).click()]);
    await reader.waitForLoadState();
    expect(reader.url()).toBe(`chrome-extension://${h.extensionId}/reader-view.html?tab=${tabId}&view=original`);
    await expect.poll(() => reader.locator('h1.reader-title').textContent(), { timeout: 10_000 }).toBe(fixture.expected.title);
    await expect.poll(() => reader.title()).toBe(fixture.expected.title);

    // Every heading of the outline, in order, at its level; no heading text lost.
    const outline = fixture.expected.outline!;
    const shown = await headings(reader).evaluateAll((els) => els.map((el) => ({ tag: el.tagName, text: el.textContent ?? '' })));
    expect(shown).toHaveLength(outline.length);
    outline.forEach((entry, i) => {
      expect(
        squeeze(shown[i]!.text).startsWith(squeeze(entry.marker + entry.title)),
        `${shown[i]!.text} ≠ ${entry.marker}${entry.title}`,
      ).toBe(true);
      expect(shown[i]!.tag).toBe(entry.level === 1 ? 'H2' : entry.level === 2 ? 'H3' : 'H4');
    });
    // The metadata and the page address, as text.
    expect(await reader.locator('.meta-url dd').textContent()).toBe(page.url());

    // A+ makes the body type larger, and the size is remembered.
    const before = await bodyFontSize(reader);
    await reader.getByRole('button', { name: 'A+' }).click();
    await expect.poll(() => bodyFontSize(reader)).toBeGreaterThan(before);
    const after = await bodyFontSize(reader);
    await expect.poll(() => h.worker.evaluate(() => chrome.storage.sync.get('readerFontSize').then((r) => r.readerFontSize))).toBe(after);
    await reader.getByRole('button', { name: 'A−' }).click();
    await expect.poll(() => bodyFontSize(reader)).toBe(before);
    // Line spacing follows the slider, and is remembered too.
    await reader.locator('.line-height input').fill('2.3');
    await expect
      .poll(() =>
        reader
          .locator('.reader-doc')
          .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize)),
      )
      .toBeCloseTo(2.3, 5);
    await expect.poll(() => h.worker.evaluate(() => chrome.storage.sync.get('readerLineHeight').then((r) => r.readerLineHeight))).toBe(2.3);

    // On paper: no controls.
    expect(await reader.locator('.reader-controls').isVisible()).toBe(true);
    await reader.emulateMedia({ media: 'print' });
    expect(await reader.locator('.reader-controls').isVisible()).toBe(false);
    expect(await reader.locator('.reader-body p').first().isVisible()).toBe(true);
    await reader.emulateMedia({ media: 'screen' });
    expect(await reader.locator('.reader-controls').isVisible()).toBe(true);

    // Opened for the Traditional view, the headings are in Traditional script.
    const traditional = await h.context.newPage();
    await traditional.goto(`chrome-extension://${h.extensionId}/reader-view.html?tab=${tabId}&view=traditional`);
    await expect.poll(() => headings(traditional).count(), { timeout: 10_000 }).toBe(outline.length);
    const texts = await headings(traditional).allTextContents();
    expect(texts).toContain('二、法治政府建設主要舉措');
    expect(texts.join('')).not.toContain('建设');
    expect(await traditional.locator('.reader-doc').getAttribute('lang')).toMatch(/^zh-Hant/);
    await traditional.close();

    await reader.close();
    await panel.close();
    await page.close();
  });

  it('says so when the tab has no report to show, or no tab is named', async () => {
    const none = await h.context.newPage();
    await none.goto(`chrome-extension://${h.extensionId}/reader-view.html?tab=987654&view=original`);
    await expect.poll(() => none.locator('.reader-status').textContent(), { timeout: 10_000 }).toMatch(/no report to show/);
    await none.goto(`chrome-extension://${h.extensionId}/reader-view.html`);
    await expect.poll(() => none.locator('.reader-status').textContent()).toMatch(/no tab to read/);
    await none.close();
  });
});
