// Figures as a researcher uses them: a click finds the number in the page (even
// when the portal split it across tags), filters narrow the table, copies paste.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../support/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('the figures table', () => {
  it('highlights a figure split across tags in the page, filters, and copies selected rows as CSV', async () => {
    const { page, tabId } = await h.openFixture('b-cq-trs-000');
    // The portal writes this number as <span>105</span><span>00余件</span>.
    expect(await page.evaluate(() => document.body.innerHTML.includes('10500余件'))).toBe(false);
    const panel = await h.openPanel(tabId);
    await panel.getByRole('tab', { name: /Figures/ }).click({ timeout: 10_000 });
    const row = panel.locator('.figures-table tbody tr', { hasText: '10,500' });
    await row.click();
    expect(await row.getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const hl = CSS.highlights.get('portal-reader-figure');
          return hl ? [...hl].map((r) => (r as Range).toString()) : [];
        }),
      )
      .toEqual(['10500余件(次)']);
    const top = await page.evaluate(() => {
      const r = [...CSS.highlights.get('portal-reader-figure')!][0] as Range;
      return r.getBoundingClientRect().top;
    });
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(900);

    // Percentages only: every row shown has a % unit.
    await panel.getByRole('combobox', { name: 'Kind' }).selectOption('percent');
    const units = await panel.locator('.figures-table tbody tr td:nth-child(3)').allTextContents();
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u === '%')).toBe(true);

    // Two rows selected with Ctrl-click, copied as CSV.
    const rows = panel.locator('.figures-table tbody tr');
    await rows.nth(0).click();
    await rows.nth(1).click({ modifiers: ['Control'] });
    await panel.getByRole('combobox', { name: 'Copy as' }).selectOption('csv');
    await panel.getByRole('button', { name: /^Copy selected \(2\)/ }).click();
    const csv = await h.readClipboard();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,label,value,unit,qualifier,text,sentence,report,publisher,date,url');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',100,%,');

    // The keyboard: search, then Ctrl+C copies what is shown.
    await panel.getByRole('combobox', { name: 'Kind' }).selectOption('all');
    await panel.getByRole('searchbox').fill('社区矫正');
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    await rows.first().focus();
    await panel.keyboard.press('Control+A');
    await panel.keyboard.press('Control+C');
    await expect.poll(() => panel.locator('.figures .notice').textContent()).toBe(`Copied ${shown} rows`);
    expect(
      (await h.readClipboard())
        .split('\r\n')
        .slice(1, -1)
        .every((l) => l.includes('社区矫正')),
    ).toBe(true);
    await panel.close();
    await page.close();
  });
});
