// The same page gives the same model in Node (the command-line reader, parse5's
// HTML5 tree in linkedom) and in Chromium (the built reader on the live page).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../lib/core/model';
import { readReport } from '../../lib/core/model';
import { loadPage, parsePage } from '../../lib/node/page-file';
import { launch, type Harness } from '../support/browser';
import { localUrl } from '../support/fixture-server';
import { fixtures } from '../support/fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** What a reader sees of the model, in the form compared. */
const comparable = (m: ReportModel) => ({
  title: m.title,
  isReport: m.isReport,
  meta: m.meta,
  outline: m.outline.map(({ level, marker, title }) => ({ level, marker, title })),
  figures: m.figures.map(({ text, label }) => ({ text, label })),
});

async function browserModel(url: string): Promise<ReportModel> {
  const { page, tabId } = await h.openUrl(url);
  const panel = await h.openPanel(tabId);
  // Pages that are not reports get the reader on request ("Read it anyway").
  await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'pr:load-reader', tabId: id, force: true }), tabId);
  let model: ReportModel | undefined;
  for (let i = 0; i < 100 && !model; i++) {
    const reply = (await panel.evaluate(async (id) => {
      try {
        return await chrome.tabs.sendMessage(id, { type: 'pr:get-model' });
      } catch {
        return null;
      }
    }, tabId)) as { model?: ReportModel } | null;
    // The outline comes first; the model is whole once its figures are read.
    model = reply?.model?.figuresPending ? undefined : reply?.model;
    if (!model) await panel.waitForTimeout(150);
  }
  await panel.close();
  await page.close();
  if (!model) throw new Error(`no model from the reader on ${url}`);
  return model;
}

describe('Node and Chromium read every fixture alike', () => {
  it.each(fixtures().map((f) => [f.name, f] as const))('%s', async (name, fixture) => {
    const url = localUrl(fixture.expected.url);
    const node = readReport(loadPage(fixture.file, url).document, url).model;
    expect(comparable(await browserModel(h.server.urlOf(name)))).toEqual(comparable(node));
  });

  it('reads past a stray </html> and </body> closed inside a header include', async () => {
    const fixture = fixtures().find((f) => f.name === 'b-trs-004')!;
    const html = readFileSync(fixture.file, 'utf8').replace('<div class="header">', '</body></html><!-- include --><div class="header">');
    expect(html).toContain('</body></html><!-- include -->');
    const url = h.server.route('www.scpc.gov.cn/stray-end/t20230612_1.html', html);
    const node = readReport(parsePage(html), url).model;
    const browser = await browserModel(url);
    expect(browser.isReport).toBe(true);
    expect(comparable(browser)).toEqual(comparable(node));
  });
});
