// npm start: build the extension, serve the sample portal pages on loopback under
// their *.gov.cn addresses, and open Chromium with the extension loaded. With no
// display it runs headless: every sample page is opened, its side panel captured (each tab),
// and screenshots plus the extracted outline and figures written to a folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixtures } from '../tests/support/fixtures';
import { launch } from '../tests/support/browser';
import { capturePanelTabs, readModelFromPanel } from '../tests/support/panel';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');

if (spawnSync(join(import.meta.dirname, '..', 'node_modules', '.bin', 'wxt'), ['build'], { stdio: 'inherit' }).status !== 0) {
  console.error('start: the extension did not build');
  process.exit(1);
}

const harness = await launch({ headless });
const index = 'http://fixtures.gov.cn/';

if (!headless) {
  const page = await harness.context.newPage();
  await page.goto(index);
  console.log(`Chromium is open with Portal Reader loaded. Sample pages: ${index}`);
  console.log('Open a report and click the toolbar button for the side panel. Close the browser to stop.');
  await new Promise<void>((done) => harness.context.on('close', () => done()));
  await harness.server.close();
  process.exit(0);
}

const out = resolve('out', `start-${new Date().toISOString().replace(/[:.]/g, '-')}`);
mkdirSync(out, { recursive: true });
const summary: string[] = [];
for (const fixture of fixtures()) {
  const { page, tabId } = await harness.openFixture(fixture.name);
  const panel = await harness.openPanel(tabId);
  const model = await readModelFromPanel(panel, tabId);
  await page.screenshot({ path: join(out, `${fixture.name}.page.png`) });
  await panel.setViewportSize({ width: 420, height: 900 });
  // A report's panel, tab by tab (outline, figures, check); another page's panel says why it is not one.
  if (model) await capturePanelTabs(panel, out, fixture.name);
  else await panel.screenshot({ path: join(out, `${fixture.name}.panel.png`) });
  const badge = await harness.badgeText(tabId);
  if (model) {
    writeFileSync(join(out, `${fixture.name}.outline.json`), JSON.stringify(model.outline, null, 2));
    writeFileSync(join(out, `${fixture.name}.figures.json`), JSON.stringify(model.figures, null, 2));
  }
  summary.push(
    `${fixture.name.padEnd(34)} badge ${JSON.stringify(badge).padEnd(8)} ${model ? `${model.outline.length} headings, ${model.figures.length} figures` : 'not read as a report'}`,
  );
  await panel.close();
  await page.close();
}
await harness.close();
console.log(summary.join('\n'));
console.log(`\nScreenshots, outlines and figures are in ${out}`);
