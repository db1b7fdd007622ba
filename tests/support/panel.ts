// Helpers for driving the side panel page in tests and scripts.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ReportModel } from '../../lib/core/model';

/** The reader's model for a tab, asked from the panel page (an extension page may message tabs). */
export async function readModelFromPanel(panel: Page, tabId: number, timeoutMs = 10_000): Promise<ReportModel | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reply = (await panel.evaluate(async (id) => {
      try {
        return await chrome.tabs.sendMessage(id, { type: 'pr:get-model' });
      } catch {
        return null;
      }
    }, tabId)) as { model?: ReportModel } | null;
    if (reply?.model) return reply.model;
    // A page that is not a report shows its reasons instead.
    if (await panel.locator('.not-report').count()) return null;
    await panel.waitForTimeout(150);
  }
  return null;
}

/**
 * Screenshots of every tab of the panel (Outline, Figures, Check…), each clicked in
 * turn: `<name>.panel-<tab>.png` in `dir`, the tab named by its English label. Returns the files.
 */
export async function capturePanelTabs(panel: Page, dir: string, name: string): Promise<string[]> {
  const tabs = panel.getByRole('tab');
  const files: string[] = [];
  for (let i = 0; i < (await tabs.count()); i++) {
    const tab = tabs.nth(i);
    const label = ((await tab.textContent()) ?? `tab${i + 1}`).replace(/\s*\(\d+\)$/, '').trim();
    await tab.click();
    await panel.waitForFunction((n) => document.querySelectorAll('[role="tab"]')[n]?.getAttribute('aria-selected') === 'true', i);
    const file = join(dir, `${name}.panel-${label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}.png`);
    await panel.screenshot({ path: file });
    files.push(file);
  }
  // Back on the first tab, as the panel opens.
  if (files.length) await tabs.first().click();
  return files;
}
