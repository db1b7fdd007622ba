// Pages outside *.gov.cn (a mirror, a portal under another domain): the panel offers
// "Read this page" (activeTab, granted by a click on the toolbar button) and a link to
// the options for always; and a script button for the page's own script says so.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../support/browser';
import { fixtures } from '../support/fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('a report on a mirror outside *.gov.cn', () => {
  it('offers Read this page and the options; without the toolbar click the browser keeps the reader out, and the panel says so', async () => {
    const fixture = fixtures().find((f) => f.name === 'b-trs-004')!;
    const url = h.server.route('mirror.example.net/fzzf/report.html', readFileSync(fixture.file, 'utf8'));
    const { page, tabId } = await h.openUrl(url);
    expect(await h.badgeText(tabId)).toBe('');
    const panel = await h.openPanel(tabId);
    const read = panel.getByRole('button', { name: 'Read this page' });
    await read.waitFor({ timeout: 10_000 });
    // No toolbar click on this tab (a headless test cannot click the browser's toolbar): no access.
    await read.click();
    await expect.poll(() => panel.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('did not let the reader into this page');
    expect(await panel.locator('.report-title').count()).toBe(0);

    // The link opens the options, where a host is added for always.
    const options = h.context.waitForEvent('page');
    await panel.getByRole('link', { name: /add its host in the options/ }).click();
    const opened = await options;
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${h.extensionId}/options.html`);
    await opened.close();

    // With the toolbar click, Read this page reads the page: tests/e2e/firefox.test.ts (Firefox's
    // remote agent can run the browser's own click; Chromium's DevTools input never reaches its toolbar).
    await panel.close();
    await page.close();
  });
});

describe('the script buttons', () => {
  it('say that 繁體 is a Traditional page’s own script instead of doing nothing', async () => {
    const { page, tabId } = await h.openFixture('b-trs-002-t');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.locator('.script-bar').textContent(), { timeout: 10_000 }).toContain('Published in Traditional');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const own = panel.getByRole('radio', { name: '繁體' });
    expect(await own.getAttribute('title')).toBe('This page is already in Traditional: that is how it was published.');
    await own.click();
    await expect
      .poll(() => panel.getByRole('status').allTextContents())
      .toContain('This page is already in Traditional: that is how it was published.');
    expect(await panel.getByRole('radio', { name: 'As published' }).getAttribute('aria-checked')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    // The other script still converts.
    await panel.getByRole('radio', { name: '简体' }).click();
    await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain('法治政府建设');
    await panel.close();
    await page.close();
  });
});
