// The reader's library in Chromium: reports read with the panel open are kept; the
// library page lists them, filters, exports the grader's sheet (CSV and a workbook
// opened here with exceljs), compares a figure across two reports, removes one.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET_COLUMNS } from '../../lib/library/tables';
import { launch, type Harness } from '../support/browser';

const REPORTS = [
  ['a-ucap-000', '天宫殿街道办事处2021年法治政府建设年度报告'],
  ['b-trs-002-t', '船營區2023年法治政府建設年度報告'],
  ['d-ucap-000-t', '天宮殿街道辦事處2021年法治政府建設年度報告'],
] as const;

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** A file the page downloads, as bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

describe('the library', () => {
  it('keeps the reports read, lists, filters, exports, compares and removes them', async () => {
    for (const [name] of REPORTS) {
      const { page, tabId } = await h.openFixture(name);
      const panel = await h.openPanel(tabId);
      await panel.getByText('Kept in the library').waitFor({ timeout: 15_000 });
      await panel.close();
      await page.close();
    }

    const lib = await h.context.newPage();
    await lib.goto(`chrome-extension://${h.extensionId}/library.html`);
    const rows = lib.locator('table.reports tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    const titles = await lib.locator('table.reports tbody th').allTextContents();
    expect(titles.sort()).toEqual(REPORTS.map(([, title]) => title).sort());
    // A title opens the report's page.
    expect(await lib.getByRole('link', { name: REPORTS[1][1] }).getAttribute('href')).toBe(h.server.urlOf(REPORTS[1][0]));

    // Filter by year, then sort by title with the keyboard.
    await lib.getByLabel('Year', { exact: true }).selectOption('2021');
    await expect.poll(() => rows.count()).toBe(2);
    await lib.getByRole('button', { name: 'Title' }).focus();
    await lib.keyboard.press('Enter');
    expect(await lib.locator('th[aria-sort="ascending"]').count()).toBe(1);

    // The grader's sheet of the two shown: CSV and XLSX.
    const csv = await downloaded(lib, () => lib.getByRole('button', { name: 'Download CSV' }).click());
    expect(csv.name).toMatch(/^grader-sheet-\d{4}-\d\d-\d\d\.csv$/);
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(SHEET_COLUMNS.join(','));
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual([REPORTS[0][1], REPORTS[2][1]].sort());

    const xlsx = await downloaded(lib, () => lib.getByRole('button', { name: 'Download XLSX' }).click());
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Reports')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe('title');
    const col = (c: (typeof SHEET_COLUMNS)[number]) => SHEET_COLUMNS.indexOf(c) + 1;
    const cells = [2, 3].map((r) => [
      sheet.getRow(r).getCell(col('title')).value,
      sheet.getRow(r).getCell(col('year')).value,
      sheet.getRow(r).getCell(col('content1')).value,
    ]);
    expect(cells).toContainEqual([REPORTS[0][1], 2021, 'part']);
    expect(sheet.getRow(2).getCell(col('url')).value).toMatch(/^https?:\/\/ljxq\.cq\.gov\.cn\//);

    // A figure across the two reports, in both scripts.
    await lib.getByLabel('Indicator', { exact: true }).fill('办结率');
    await lib.getByLabel('Indicator', { exact: true }).press('Enter');
    const figures = lib.locator('table.figures-across tbody tr');
    await expect.poll(() => figures.count(), { timeout: 10_000 }).toBe(2);
    expect((await figures.locator('td:nth-child(3)').allTextContents()).sort()).toEqual(['办结率', '辦結率']);
    expect(await figures.locator('td:nth-child(4)').allTextContents()).toEqual(['100', '100']);
    expect(await figures.first().getByRole('link').getAttribute('href')).toMatch(/^https?:\/\/ljxq\.cq\.gov\.cn\/.*#:~:text=/);
    await lib.locator('.chart canvas').waitFor({ timeout: 10_000 });
    const across = await downloaded(lib, () => lib.getByRole('button', { name: 'Download table (CSV)' }).click());
    expect(across.bytes.toString('utf8').trimEnd().split('\r\n')).toHaveLength(3);

    // Remove one: it leaves the table and the store.
    await lib.getByLabel('Year', { exact: true }).selectOption('');
    await expect.poll(() => rows.count()).toBe(3);
    await lib.getByRole('button', { name: `Remove “${REPORTS[1][1]}” from the library` }).click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await lib.getByRole('status').first().textContent()).toContain(`Removed “${REPORTS[1][1]}”`);
    await lib.reload();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    await lib.close();
  });
});
