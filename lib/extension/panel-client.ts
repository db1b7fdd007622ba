// The panel's side of the protocol: which tab it serves, and requests to that tab.
import { isTabEvent, PANEL_PORT, type ScriptView, type TabEvent, type TabState } from './messages';
import { sendToBackground, sendToTab } from './send';
import type { ReportModel } from '../core/model';
import { fileAtAddress, fileKindOfContentType, type AttachmentCandidate, type AttachmentKind } from '../core/file-address';

export { sendToTab } from './send';

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

export async function tabState(tabId: number): Promise<TabState | null> {
  return (await sendToTab(tabId, { type: 'pr:get-state' })) ?? null;
}

export async function tabModel(tabId: number): Promise<{ model: ReportModel; cleaned: boolean; view: ScriptView } | null> {
  const reply = await sendToTab(tabId, { type: 'pr:get-model' });
  return reply ? { model: reply.model, cleaned: reply.cleaned, view: reply.view } : null;
}

export async function loadReader(tabId: number, force: boolean): Promise<boolean> {
  const reply = await sendToBackground({ type: 'pr:load-reader', tabId, force });
  return reply?.ok === true;
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
    const port = browser.tabs.connect(tabId, { name: PANEL_PORT });
    return () => port.disconnect();
  } catch {
    return () => {};
  }
}

/**
 * The report file a tab shows itself (a PDF in the browser's viewer): by the document's MIME
 * type where the detector runs there (Chrome), else by the file its address names, or, where
 * nothing answers from the tab (Firefox's viewer), by a download address's Content-Type.
 * The address is visible only where the extension has host access (or activeTab).
 */
export async function tabFile(tabId: number, contentType: string | null): Promise<AttachmentCandidate | null> {
  if (contentType !== null && /^(text\/html|application\/xhtml\+xml)\b/.test(contentType)) return null;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  if (!url || !/^https?:/.test(url)) return null;
  const named = fileAtAddress(url);
  const declared = contentType !== null ? fileKindOfContentType(contentType) : await declaredKind(url);
  if (named) return declared ? { ...named, kind: declared } : named;
  if (!declared) return null;
  // A download address names no file: the viewer's title (the document's own) names it.
  const name = tab?.title && tab.title !== url ? tab.title : new URL(url).hostname;
  return { url: url.replace(/#.*$/, ''), name, kind: declared, inBody: true, named: true, likely: true };
}

/** What a server declares an address to be, asked without downloading it. */
async function declaredKind(url: string): Promise<AttachmentKind | null> {
  try {
    const head = await fetch(url, { method: 'HEAD', credentials: 'include', signal: AbortSignal.timeout(3000) });
    return head.ok ? fileKindOfContentType(head.headers.get('content-type') ?? '') : null;
  } catch {
    return null;
  }
}
