// The reader, injected into a tab only for a detected report or on request:
// builds the model and carries out the panel's requests on the live page.
import {
  CONVERTER_GLOBAL,
  fromExtensionPage,
  isTabRequest,
  PANEL_PORT,
  READER_GLOBAL,
  READER_LOADING_GLOBAL,
  type BackgroundRequest,
  type TabEvent,
} from '@/lib/extension/messages';
import { metaLabels } from '@/lib/view/meta-labels';
import { readReportInSteps } from '@/lib/core/model';
import { watchPage } from '@/lib/page/page-watch';
import { toggledView } from '@/lib/view/script-view';
import { ReaderSession, type ConvertModule } from '@/lib/page/session';

type Globals = { [READER_GLOBAL]?: ReaderSession; [READER_LOADING_GLOBAL]?: boolean; [CONVERTER_GLOBAL]?: ConvertModule };

/**
 * Lets the page run between the reading's stages once 20 ms have gone by since it
 * last did (no long task on the main thread); a report of a few thousand
 * characters is read in one go.
 */
let lastYield = performance.now();
const pause = (): Promise<void> => {
  if (performance.now() - lastYield < 20) return Promise.resolve();
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const yielded = scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
  return yielded.then(() => {
    lastYield = performance.now();
  });
};

export default defineUnlistedScript(async () => {
  const g = globalThis as Globals;
  if (g[READER_GLOBAL]) {
    // Injected again (read anyway, a panel that asked): the copy already here answers.
    const event: TabEvent = { type: 'pr:model', model: g[READER_GLOBAL].model, stale: false };
    browser.runtime.sendMessage(event).catch(() => {});
    return;
  }
  // Injected again while the first copy is still reading: that copy will answer.
  if (g[READER_LOADING_GLOBAL]) return;
  g[READER_LOADING_GLOBAL] = true;
  performance.mark('portal-reader:read-start');
  lastYield = performance.now();
  const reading = await readReportInSteps(document, location.href, pause);
  const session = new ReaderSession(document, location.href, metaLabels(), reading);
  g[READER_GLOBAL] = session;
  performance.measure('portal-reader:ready', 'portal-reader:read-start');

  /** After an extension update or reload this copy of the reader is orphaned: it stops and leaves the page as it is. */
  const contextValid = () => {
    try {
      return typeof browser.runtime?.id === 'string';
    } catch {
      return false;
    }
  };

  function send(event: TabEvent) {
    if (!contextValid()) return stop();
    try {
      browser.runtime.sendMessage(event).catch(() => {});
    } catch {
      stop();
    }
  }

  // The page changes under us (pagination, late content, SPA navigation): say the
  // panel's data is stale at once, and send the new model once the page is quiet.
  let rereading = false;
  const reread = () => {
    if (rereading) return;
    rereading = true;
    void session.reread(location.href).finally(() => {
      rereading = false;
      send({ type: 'pr:model', model: session.model, stale: false });
    });
  };
  const staleNow = () => send({ type: 'pr:model', model: session.model, stale: true });
  const unwatch = watchPage(document, staleNow, reread);
  let lastUrl = location.href;
  const onLocation = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    staleNow();
    setTimeout(reread, 300);
  };
  window.addEventListener('wxt:locationchange', onLocation);
  window.addEventListener('popstate', onLocation);

  function stop() {
    unwatch();
    window.removeEventListener('wxt:locationchange', onLocation);
    window.removeEventListener('popstate', onLocation);
  }
  const sendView = () => send({ type: 'pr:view', view: session.view, cleaned: session.cleaned });

  /** The converter script arrives on request (the background injects it into this tab). */
  async function convertModule(): Promise<ConvertModule> {
    if (!g[CONVERTER_GLOBAL]) await browser.runtime.sendMessage({ type: 'pr:load-converter' } satisfies BackgroundRequest);
    if (!g[CONVERTER_GLOBAL]) throw new Error('the script converter could not be loaded');
    return g[CONVERTER_GLOBAL];
  }

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!fromExtensionPage(sender) || !isTabRequest(message)) return;
    switch (message.type) {
      case 'pr:get-model':
        sendResponse({ model: session.model, stale: false, cleaned: session.cleaned, view: session.view });
        return;
      case 'pr:scroll-to':
        sendResponse({ ok: session.scrollToBlock(message.block) });
        return;
      case 'pr:highlight':
        sendResponse({ ok: session.highlightFigure(message.figure) });
        return;
      case 'pr:clean':
      case 'pr:toggle-clean':
        session.setClean(message.type === 'pr:clean' ? message.on : !session.cleaned);
        sendResponse({ ok: true, cleaned: session.cleaned });
        sendView();
        return;
      case 'pr:prepare-script': {
        // The panel is open: get the other script ready in idle time.
        const choice = { view: toggledView(session.model.script, 'original'), standard: message.standard, quotes: message.quotes };
        const idle =
          (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ??
          ((cb: () => void) => setTimeout(cb, 50));
        idle(() => void session.prepareScript(choice, convertModule).catch(() => {}));
        sendResponse({ ok: true });
        return;
      }
      case 'pr:convert':
      case 'pr:toggle-script': {
        const view = message.type === 'pr:convert' ? message.view : toggledView(session.model.script, session.view);
        const mark = `portal-reader:convert-start-${performance.now()}`;
        performance.mark(mark);
        session
          .setScript({ view, standard: message.standard, quotes: message.quotes }, convertModule)
          .then(
            (shown) => {
              performance.measure('portal-reader:convert', mark);
              sendResponse({ ok: true, view: shown });
            },
            (err: unknown) => sendResponse({ ok: false, view: session.view, error: String(err) }),
          )
          .finally(sendView);
        return true;
      }
    }
  });

  // While a panel is open it holds a port to this tab; when the last one closes,
  // its highlights go too.
  let panels = 0;
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT || !fromExtensionPage(port.sender ?? {})) return;
    panels++;
    port.onDisconnect.addListener(() => {
      if (--panels === 0) session.clearHighlights();
    });
  });

  let lastEntry = -2;
  let scheduled = false;
  window.addEventListener(
    'scroll',
    () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        const entry = session.currentEntry();
        if (entry !== lastEntry) {
          lastEntry = entry;
          send({ type: 'pr:section', entry });
        }
      });
    },
    { passive: true },
  );

  send({ type: 'pr:model', model: session.model, stale: false });
});
