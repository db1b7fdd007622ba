// The options page as a reader uses it: settings that persist across a reload,
// per-site rules added, imported (with a bad entry) and exported as JSON.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../support/browser';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await launch();
  page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
});
afterAll(async () => {
  await h?.close();
});

const stored = () => h.worker.evaluate(() => chrome.storage.sync.get(null));
const ruleRows = () => page.getByRole('list', { name: 'Site rules' }).getByRole('listitem');
const status = () => page.getByRole('status');

describe('the options page', () => {
  it('keeps the Traditional standard and a new site rule across a reload', async () => {
    await expect.poll(() => page.title()).toBe('Portal Reader options');
    expect(await page.getByRole('radio', { name: 'Taiwan', exact: true }).isChecked()).toBe(true);

    await page.getByRole('radio', { name: 'Taiwan, with Taiwan phrases' }).check();
    await expect.poll(() => status().textContent()).toContain('Saved');

    await page.getByRole('textbox', { name: 'Site (host, or host and path)' }).fill('HTTPS://www.CQ.gov.cn/zwgk/?page=2');
    await page.getByRole('combobox', { name: 'Script', exact: true }).selectOption('simplified');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(() => status().textContent()).toContain('Rule for www.cq.gov.cn/zwgk/ saved');
    expect(await stored()).toMatchObject({
      traditionalStandard: 'twp',
      siteRules: [{ pattern: 'www.cq.gov.cn/zwgk/', view: 'simplified' }],
    });

    await page.reload();
    await expect.poll(() => page.getByRole('radio', { name: 'Taiwan, with Taiwan phrases' }).isChecked()).toBe(true);
    expect(await ruleRows().count()).toBe(1);
    expect(await ruleRows().first().locator('.pattern').textContent()).toBe('www.cq.gov.cn/zwgk/');
    expect(await page.getByRole('combobox', { name: 'Script for www.cq.gov.cn/zwgk/' }).inputValue()).toBe('simplified');
  });

  it('imports rules from a JSON file, counting the rejected entry', async () => {
    const file = {
      siteRules: [
        { pattern: 'www.gov.cn', view: 'traditional' },
        { pattern: 'https://WWW.Beijing.gov.cn/', view: 'original' },
        { pattern: 'www.cq.gov.cn/zwgk/', view: 'traditional' }, // Replaces the rule for the same site.
        { pattern: 'www.sh.gov.cn', view: 'klingon' }, // Not a script view: rejected.
      ],
    };
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import rules…' }).click();
    await (await chooser).setFiles({ name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => status().textContent()).toBe('Imported 3 rules; 1 rejected.');
    expect(await ruleRows().locator('.pattern').allTextContents()).toEqual(['www.cq.gov.cn/zwgk/', 'www.gov.cn', 'www.beijing.gov.cn']);
    expect(await page.getByRole('combobox', { name: 'Script for www.cq.gov.cn/zwgk/' }).inputValue()).toBe('traditional');

    // A file that is not a rules file changes nothing and says why.
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import rules…' }).click();
    await (await again).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"rules": 1') });
    await expect
      .poll(() => page.getByRole('region', { name: 'Script for particular sites' }).getByRole('alert').textContent())
      .toContain('not a rules file');
    expect(await ruleRows().count()).toBe(3);
  });

  it('exports the rules as a JSON file in the form the import reads', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export rules' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('portal-reader-site-rules.json');
    const json = JSON.parse(await readFile(await file.path(), 'utf8'));
    expect(json).toEqual({
      siteRules: [
        { pattern: 'www.cq.gov.cn/zwgk/', view: 'traditional' },
        { pattern: 'www.gov.cn', view: 'traditional' },
        { pattern: 'www.beijing.gov.cn', view: 'original' },
      ],
    });
    expect((await stored()).siteRules).toEqual(json.siteRules);
  });

  it('turns away a host that is not one or is read already, and reflows at 200% zoom', async () => {
    const portals = page.getByRole('region', { name: 'Other portals' });
    const host = portals.getByRole('textbox', { name: 'Host', exact: true });
    await host.fill('javascript:alert(1)');
    await portals.getByRole('button', { name: 'Add portal' }).click();
    await expect.poll(() => portals.getByRole('alert').textContent()).toContain('is not a host name');
    await host.fill('https://www.beijing.gov.cn/zwgk/');
    await host.press('Enter');
    await expect.poll(() => portals.getByRole('alert').textContent()).toBe('www.beijing.gov.cn is already read: gov.cn covers it.');
    expect((await stored()).extraHosts).toBeUndefined();

    // 200% zoom of a 1200 px window: 600 CSS px. Nothing scrolls sideways.
    await page.setViewportSize({ width: 600, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
  });
});
