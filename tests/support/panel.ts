// Helpers for driving the side panel page in tests and scripts.
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
