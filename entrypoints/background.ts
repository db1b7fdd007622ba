// Per-tab badge, the side panel, keyboard commands, and injecting the reader
// (and, on request, the script converter) into a tab.
import { backgroundMessage, CONVERTER_FILE, READER_FILE, type InjectedFile, type TabRequest } from '@/lib/extension/messages';
import { sendToTab } from '@/lib/extension/send';
import { hostOrigins, parseExtraHosts } from '@/lib/extension/hosts';
import { autoCleanItem, cornerQuotesItem, extraHostsItem, scriptViewItem, siteRulesItem, traditionalItem } from '@/lib/extension/settings';
import { isScriptView, isSiteRule, ruleFor } from '@/lib/extension/site-rules';
import { t } from '@/lib/view/strings';

async function inject(tabId: number, file: InjectedFile): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    return true;
  } catch {
    return false;
  }
}

async function scriptSettings() {
  const [standard, quotes] = await Promise.all([traditionalItem.getValue(), cornerQuotesItem.getValue()]);
  return { standard, quotes: quotes === true };
}

/** After the reader is in a tab: the reader's settings that apply on load (cleaning only for a report). */
async function applyOnLoad(tabId: number, url: string, report: boolean) {
  const [rules, defaultView, autoClean] = await Promise.all([
    siteRulesItem.getValue(),
    scriptViewItem.getValue(),
    autoCleanItem.getValue(),
  ]);
  const rule = ruleFor(url, Array.isArray(rules) ? rules.filter(isSiteRule) : []);
  const view = rule?.view ?? (isScriptView(defaultView) ? defaultView : 'original');
  if (report && autoClean === true) await sendToTab(tabId, { type: 'pr:clean', on: true });
  if (view !== 'original') await sendToTab(tabId, { type: 'pr:convert', view, ...(await scriptSettings()) });
}

async function commandToActiveTab(command: string) {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const request: TabRequest =
    command === 'toggle-clean' ? { type: 'pr:toggle-clean' } : { type: 'pr:toggle-script', ...(await scriptSettings()) };
  await sendToTab(tab.id, request);
}

const EXTRA_HOSTS_SCRIPT = 'detector-extra-hosts';

/** The always-on script on the portals the reader added (each with the permission the reader granted). */
async function registerExtraHosts() {
  const hosts = parseExtraHosts(await extraHostsItem.getValue());
  const granted: string[] = [];
  for (const host of hosts) {
    const origins = hostOrigins(host);
    if (await browser.permissions.contains({ origins }).catch(() => false)) granted.push(...origins);
  }
  await browser.scripting.unregisterContentScripts({ ids: [EXTRA_HOSTS_SCRIPT] }).catch(() => {});
  if (granted.length) {
    await browser.scripting
      .registerContentScripts([
        {
          id: EXTRA_HOSTS_SCRIPT,
          matches: granted,
          js: ['content-scripts/detector.js'],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ])
      .catch(() => {});
  }
}

export default defineBackground(() => {
  void registerExtraHosts();
  extraHostsItem.watch(() => void registerExtraHosts());
  browser.permissions.onAdded.addListener(() => void registerExtraHosts());
  browser.permissions.onRemoved.addListener(() => void registerExtraHosts());

  // Chrome: the toolbar button opens the side panel. Firefox: it opens the sidebar.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());

  browser.commands?.onCommand.addListener((command) => void commandToActiveTab(command));

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = backgroundMessage(raw, sender, browser.runtime);
    const tabId = sender.tab?.id;
    if (message?.type === 'pr:detected' && tabId !== undefined) {
      const report = message.detection.isReport;
      void browser.action.setBadgeText({ tabId, text: report ? t('badgeReport') : '' });
      if (report) {
        void browser.action.setBadgeBackgroundColor({ tabId, color: '#1565c0' });
        void browser.action.setTitle({ tabId, title: t('badgeTitle') });
        void inject(tabId, READER_FILE).then((ok) => {
          if (ok) void applyOnLoad(tabId, sender.tab?.url ?? '', true);
        });
      } else if (sender.tab?.url) {
        // A site rule converts every page of its site, report or not.
        void siteRulesItem.getValue().then((rules) => {
          const rule = ruleFor(sender.tab!.url!, Array.isArray(rules) ? rules.filter(isSiteRule) : []);
          if (rule && rule.view !== 'original')
            void inject(tabId, READER_FILE).then((ok) => {
              if (ok) void applyOnLoad(tabId, sender.tab!.url!, false);
            });
        });
      }
      return;
    }
    // The reader in a tab asks for the converter: only into that same tab (BACKGROUND_SENDERS says who may ask).
    if (message?.type === 'pr:load-converter' && tabId !== undefined) {
      void inject(tabId, CONVERTER_FILE).then((ok) => sendResponse({ ok }));
      return true;
    }
    if (message?.type === 'pr:load-reader') {
      void inject(message.tabId, READER_FILE).then((ok) => sendResponse({ ok }));
      return true;
    }
  });
});
