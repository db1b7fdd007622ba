// A report the portal serves as a file, opened in a tab of its own: the browser shows it in
// its viewer, where no content script runs; the panel (the toolbar button) reads the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../support/browser';
import { fixtures } from '../support/fixtures';
import { FILES_DIR } from '../support/report-files';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('a tab that shows a report file', () => {
  it('is read by the panel: title, outline and figures from the PDF, with no way "back" to a page', { timeout: 60_000 }, async () => {
    const report = fixtures().find((f) => f.name === 'b-trs-004')!.expected;
    const url = h.server.routeFile(
      'www.filetab.gov.cn/zwgk/P020240401000000000001.pdf',
      new Uint8Array(readFileSync(join(FILES_DIR, 'b-trs-004.pdf'))),
      'application/pdf',
    );
    const { tabId } = await h.openUrl(url);
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.locator('.file-source').count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.locator('.report-title').textContent()).toBe(report.title);
    expect(await panel.getByRole('treeitem').count()).toBe(report.outline!.length);
    expect(await panel.locator('.file-source').textContent()).toContain('P020240401000000000001.pdf');
    expect(await panel.locator('.file-back').count()).toBe(0);
    await panel.getByRole('tab', { name: /Figures/ }).click();
    expect(await panel.locator('[data-index]').count()).toBe(report.figures!.length);
  });

  it('reads a download address with no file name by its declared type', { timeout: 60_000 }, async () => {
    const report = fixtures().find((f) => f.name === 'f-shenzhen-001-t')!.expected;
    const url = h.server.routeFile(
      'www.filetab.gov.cn/download.jsp',
      new Uint8Array(readFileSync(join(FILES_DIR, 'f-shenzhen-001-t.pdf'))),
      'application/pdf',
    );
    const { tabId } = await h.openUrl(`${url}?id=42`);
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.locator('.file-source').count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.locator('.report-title').textContent()).toBe(report.title);
  });
});
