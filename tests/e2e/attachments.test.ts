// A report published as an attached PDF, read through the panel in Chromium: the
// page is one link to the file; the panel offers to read it, fetches it, and shows
// the report it holds; a figure opens the file at its page.
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

describe('an attached report', () => {
  it('reads the PDF the page links and opens the file at a figure’s page', { timeout: 60_000 }, async () => {
    // The attachment-only page links ./P020240328603154872190.pdf: serve a report PDF there.
    const page = fixtures().find((f) => f.name === 'b-trs-attachment-only')!;
    const pdfUrl = new URL('P020240328603154872190.pdf', page.expected.url);
    h.server.routeFile(
      `${pdfUrl.host}${pdfUrl.pathname}`,
      new Uint8Array(readFileSync(join(FILES_DIR, 'b-trs-004.pdf'))),
      'application/pdf',
    );
    const report = fixtures().find((f) => f.name === 'b-trs-004')!.expected;

    const { tabId } = await h.openFixture('b-trs-attachment-only');
    const panel = await h.openPanel(tabId);
    await panel.locator('.not-report .read-attachment').click({ timeout: 10_000 });
    await expect.poll(() => panel.locator('.file-source').count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.locator('.report-title').textContent()).toBe(report.title);
    expect(await panel.getByRole('treeitem').allTextContents()).toHaveLength(report.outline!.length);
    // The page's own actions are not offered for a file.
    expect(await panel.getByText('Clean page').count()).toBe(0);

    await panel.getByRole('tab', { name: /Figures/ }).click();
    const rows = panel.locator('[data-index]');
    expect(await rows.count()).toBe(report.figures!.length);
    const opened = h.context.waitForEvent('page');
    await rows.last().click();
    const viewer = await opened;
    expect(viewer.url()).toMatch(/P020240328603154872190\.pdf#page=[2-9]$/);

    // Back to the page: its reasons again.
    await panel.locator('.file-back').click();
    await expect.poll(() => panel.locator('.file-source').count()).toBe(0);
  });

  it('reads an attached Word file the same way (mammoth in the panel page)', { timeout: 60_000 }, async () => {
    const report = fixtures().find((f) => f.name === 'f-shenzhen-001-t')!.expected;
    const docx = h.server.routeFile(
      'www.docx.gov.cn/u/report.docx',
      new Uint8Array(readFileSync(join(FILES_DIR, 'f-shenzhen-001-t.docx'))),
      'application/octet-stream',
    );
    const url = h.server.route(
      'www.docx.gov.cn/art/1.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>${report.title}_某区人民政府</title></head><body><h1>${report.title}</h1>` +
        `<div class="TRS_Editor"><p>附件：<a href="${docx}">${report.title}.docx</a></p></div></body></html>`,
    );
    const { tabId } = await h.openUrl(url);
    const panel = await h.openPanel(tabId);
    await panel.locator('.read-attachment').first().click({ timeout: 10_000 });
    await expect.poll(() => panel.locator('.file-source').count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.locator('.report-title').textContent()).toBe(report.title);
    expect(await panel.getByRole('treeitem').count()).toBe(report.outline!.length);
  });
});
