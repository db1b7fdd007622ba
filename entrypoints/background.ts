// Per-tab badge, the side panel, and injecting the reader into a tab on demand.
import { t } from '@/lib/strings';
import { fromExtensionPage, isDetectedMessage, isLoadReaderMessage } from '@/lib/messages';

async function injectReader(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
    return true;
  } catch {
    return false;
  }
}

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox: it opens the sidebar.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.open());

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return;
    if (isDetectedMessage(message) && sender.tab?.id !== undefined) {
      const tabId = sender.tab.id;
      const report = message.detection.isReport;
      void browser.action.setBadgeText({ tabId, text: report ? t('badgeReport') : '' });
      if (report) {
        void browser.action.setBadgeBackgroundColor({ tabId, color: '#1565c0' });
        void browser.action.setTitle({ tabId, title: t('badgeTitle') });
        void injectReader(tabId);
      }
      return;
    }
    // Only our own pages (the panel) may ask for the reader, never a content script.
    if (isLoadReaderMessage(message) && fromExtensionPage(sender)) {
      void injectReader(message.tabId).then((ok) => sendResponse({ ok }));
      return true;
    }
  });
});
