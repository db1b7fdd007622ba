// npm run screenshots: the README's pictures, taken from the built extension in
// Chromium on a sample report (needs a CJK font: apt-get install fonts-wqy-microhei).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from '../tests/support/browser';

const out = resolve(import.meta.dirname, '../tests/screenshots');
mkdirSync(out, { recursive: true });
if (spawnSync(join('node_modules', '.bin', 'wxt'), ['build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
if (!spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.trim()) {
  console.warn('screenshots: no CJK font installed; Chinese text will show as boxes (apt-get install fonts-wqy-microhei)');
}

const h = await launch();
try {
  const { page, tabId } = await h.openFixture('b-cq-trs-000');
  const panel = await h.openPanel(tabId);
  await panel.setViewportSize({ width: 440, height: 820 });
  await panel.getByRole('treeitem').first().waitFor({ timeout: 10_000 });
  await panel.getByRole('treeitem').nth(9).click();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: join(out, 'side-panel.png') });
  await panel.getByRole('tab', { name: /Figures/ }).click();
  await panel.locator('.figures-table tbody tr').nth(2).click();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: join(out, 'side-panel-figures.png') });
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.screenshot({ path: join(out, 'page-figure-highlight.png') });
  await panel.getByRole('tab', { name: 'Check' }).click();
  await panel.screenshot({ path: join(out, 'side-panel-check.png') });
  await panel.getByRole('radio', { name: '繁體' }).click();
  await panel.getByLabel('Clean page').check();
  await page.waitForTimeout(500);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(out, 'page-clean-traditional.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await h.close();
}
