// The panel's side of the protocol: which tab it serves, and requests to that tab.
import {
  isReportModel,
  isTabEvent,
  isTabState,
  SCRIPT_VIEWS,
  type ScriptView,
  type TabEvent,
  type TabRequest,
  type TabState,
} from './messages';
import type { ReportModel } from '../core/model';

/** `sidepanel.html?tab=ID` serves that tab (tests open the panel as a tab of its own). */
export function servedTabFromUrl(href: string): number | null {
  const raw = new URL(href).searchParams.get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function ask(tabId: number, request: TabRequest): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, request);
  } catch {
    return undefined; // No content script in that tab (not a portal page, or still loading).
  }
}

export async function tabState(tabId: number): Promise<TabState | null> {
  const state = await ask(tabId, { type: 'pr:get-state' });
  return isTabState(state) ? state : null;
}

export async function tabModel(tabId: number): Promise<{ model: ReportModel; cleaned: boolean; view: ScriptView } | null> {
  const reply = (await ask(tabId, { type: 'pr:get-model' })) as { model?: unknown; cleaned?: unknown; view?: unknown } | undefined;
  if (!reply || !isReportModel(reply.model)) return null;
  const view = SCRIPT_VIEWS.includes(reply.view as ScriptView) ? (reply.view as ScriptView) : 'original';
  return { model: reply.model, cleaned: reply.cleaned === true, view };
}

export async function loadReader(tabId: number, force: boolean): Promise<boolean> {
  const reply = (await browser.runtime.sendMessage({ type: 'pr:load-reader', tabId, force })) as { ok?: boolean } | undefined;
  return reply?.ok === true;
}

export function sendToTab(tabId: number, request: TabRequest): Promise<unknown> {
  return ask(tabId, request);
}

/** Events from the reader in the served tab only. */
export function onTabEvent(tabId: () => number | null, handler: (event: TabEvent) => void): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number }; id?: string }) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.tab.id !== tabId()) return;
    if (isTabEvent(message)) handler(message);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Holds a port to the tab while the panel shows it: the reader clears its highlights when the panel goes. */
export function connectToTab(tabId: number): () => void {
  try {
    const port = browser.tabs.connect(tabId, { name: 'portal-reader-panel' });
    return () => port.disconnect();
  } catch {
    return () => {};
  }
}
