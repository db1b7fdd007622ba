// Per-tab badge, the side panel, keyboard commands, and injecting the reader
// (and, on request, the script converter) into a tab. The decisions are in
// lib/extension/background-rules.ts; who may ask for what, in messages.ts.
import { backgroundMessage, CONVERTER_FILES, READER_FILE, type InjectedFile } from '@/lib/extension/messages';
import { sendToTab } from '@/lib/extension/send';
import { readSettings, extraHostsItem } from '@/lib/extension/settings';
import { registerExtraHosts } from '@/lib/extension/extra-hosts';
import { badgeFor, commandRequest, readerWanted, requestsOnLoad, scriptSettingsOf } from '@/lib/extension/background-rules';
import type { Detection } from '@/lib/core/types';

async function inject(tabId: number, file: InjectedFile): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    return true;
  } catch {
    return false;
  }
}

/** A tab's detection: its badge, and the reader with the settings that apply on load when it is wanted. */
async function onDetected(tabId: number, url: string | undefined, detection: Detection) {
  const badge = badgeFor(detection);
  void browser.action.setBadgeText({ tabId, text: badge.text });
  if (badge.color) void browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  if (badge.title) void browser.action.setTitle({ tabId, title: badge.title });
  const { siteRules } = detection.isReport ? { siteRules: [] } : await readSettings('siteRules');
  if (!readerWanted(detection, url, siteRules) || !(await inject(tabId, READER_FILE))) return;
  const settings = await readSettings('siteRules', 'scriptView', 'autoClean', 'traditionalStandard', 'cornerQuotes');
  for (const request of requestsOnLoad(url ?? '', detection.isReport, settings)) await sendToTab(tabId, request);
}

async function commandToActiveTab(command: string) {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const script = scriptSettingsOf(await readSettings('traditionalStandard', 'cornerQuotes'));
  await sendToTab(tab.id, commandRequest(command, script));
}

export default defineBackground(() => {
  void registerExtraHosts();
  extraHostsItem.watch(() => void registerExtraHosts());
  browser.permissions.onAdded.addListener(() => void registerExtraHosts());
  browser.permissions.onRemoved.addListener(() => void registerExtraHosts());

  // Chrome: the toolbar button opens the side panel. Firefox: it opens the sidebar. Both through
  // action.onClicked, the click that grants activeTab ("Read this page" off *.gov.cn): the panel is
  // opened in the click's own turn (Chrome's openPanelOnActionClick would skip onClicked).
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  browser.action.onClicked.addListener((tab) => {
    if (sidebar) void sidebar.toggle();
    else if (sidePanel && tab.windowId !== undefined) sidePanel.open({ windowId: tab.windowId }).catch(() => {});
  });

  browser.commands?.onCommand.addListener((command) => void commandToActiveTab(command));

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = backgroundMessage(raw, sender, browser.runtime);
    if (message?.type === 'pr:load-reader') {
      void inject(message.tabId, READER_FILE).then((ok) => sendResponse({ ok }));
      return true;
    }
    // The other messages come from a content script, with its tab (backgroundMessage insists).
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return;
    if (message.type === 'pr:detected') {
      void onDetected(tabId, sender.tab?.url, message.detection);
      return;
    }
    // The converter goes only into the asking reader's own tab.
    void inject(tabId, CONVERTER_FILES[message.to]).then((ok) => sendResponse({ ok }));
    return true;
  });
});
