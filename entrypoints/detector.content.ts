// Always on, on every portal page: decide cheaply whether this is a report and
// tell the background (badge, and loading the reader for a report).
import { detect } from '@/lib/core/detect';
import { fromExtensionPage, isTabRequest, READER_GLOBAL, type BackgroundEvent, type TabState } from '@/lib/extension/messages';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    const state: TabState = { detection: null, readerLoaded: false };
    const run = () => {
      // Marks let the benchmark read this script's cost from the page.
      performance.mark('portal-reader:detect-start');
      state.detection = detect(document, location.href);
      performance.measure('portal-reader:detect', 'portal-reader:detect-start');
      const detected: BackgroundEvent = { type: 'pr:detected', detection: state.detection };
      browser.runtime.sendMessage(detected).catch(() => {});
    };
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (!fromExtensionPage(sender) || !isTabRequest(message) || message.type !== 'pr:get-state') return;
      state.readerLoaded = READER_GLOBAL in globalThis;
      sendResponse(state);
    });
    ctx.addEventListener(window, 'wxt:locationchange', run);
    run();
  },
});
