// The reader, injected into a tab only for a detected report or on request:
// builds the model and carries out the panel's requests on the live page.
import { fromExtensionPage, isTabRequest, type TabEvent } from '@/lib/messages';
import { ReaderSession } from '@/lib/session';
import { t } from '@/lib/strings';

export default defineUnlistedScript(() => {
  const g = globalThis as { __portalReader?: ReaderSession };
  if (g.__portalReader) {
    send({ type: 'pr:model', model: g.__portalReader.model, stale: false });
    return;
  }
  const session = new ReaderSession(document, location.href, {
    publisher: t('metaPublisher'),
    written: t('metaWritten'),
    published: t('metaPublished'),
    indexNo: t('metaIndexNo'),
    docNo: t('metaDocNo'),
    source: t('metaSource'),
  });
  g.__portalReader = session;

  function send(event: TabEvent) {
    browser.runtime.sendMessage(event).catch(() => {});
  }

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!fromExtensionPage(sender) || !isTabRequest(message)) return;
    switch (message.type) {
      case 'pr:get-model':
        sendResponse({ model: session.model, stale: false, cleaned: session.cleaned });
        return;
      case 'pr:scroll-to':
        sendResponse({ ok: session.scrollToBlock(message.block) });
        return;
      case 'pr:highlight':
        sendResponse({ ok: session.highlightFigure(message.figure) });
        return;
      case 'pr:clean':
        session.setClean(message.on);
        sendResponse({ ok: true, cleaned: session.cleaned });
        return;
    }
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
