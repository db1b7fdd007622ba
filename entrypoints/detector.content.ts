// Always on, on every portal page: decide cheaply whether this is a report and
// tell the background (badge, and loading the reader for a report).
import { detect } from '@/lib/core/detect';
import { notReportAtFirstLook } from '@/lib/core/detect-quick';
import { fromExtensionPage, isTabRequest, READER_GLOBAL, type BackgroundEvent, type TabState } from '@/lib/extension/messages';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    const state: TabState = { detection: null, readerLoaded: false, contentType: document.contentType };
    let run = 0;
    const send = () => {
      const detected: BackgroundEvent = { type: 'pr:detected', detection: state.detection! };
      browser.runtime.sendMessage(detected).catch(() => {});
    };
    const judge = () => {
      const current = ++run;
      state.detection = null;
      // Marks let the benchmark read the decision's cost from the page.
      performance.mark('portal-reader:detect-start');
      // Most pages are told from their <title> and first heading; detect()'s reasons wait for idle time.
      const notReport = notReportAtFirstLook(document);
      if (!notReport) state.detection = detect(document, location.href);
      performance.measure('portal-reader:detect', 'portal-reader:detect-start');
      if (!notReport) return void send();
      const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
      idle(() => {
        if (current !== run) return;
        state.detection ??= detect(document, location.href);
        send();
      });
    };
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (!fromExtensionPage(sender) || !isTabRequest(message) || message.type !== 'pr:get-state') return;
      // Asked before idle time came: the reasons are read now.
      state.detection ??= detect(document, location.href);
      state.readerLoaded = READER_GLOBAL in globalThis;
      sendResponse(state);
    });
    ctx.addEventListener(window, 'wxt:locationchange', judge);
    judge();
  },
});
