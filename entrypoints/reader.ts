// The reader, injected into a tab only for a detected report or on request:
// builds the model and carries out the panel's requests on the live page
// (the answers: lib/page/reader-requests.ts; following the page: lib/page/reader-follow.ts).
import { CONVERTER_GLOBALS, READER_GLOBAL, READER_LOADING_GLOBAL, type BackgroundRequest, type TabEvent } from '@/lib/extension/messages';
import { pageMetaLabels } from '@/lib/view/meta-labels';
import type { Target } from '@/lib/core/convert';
import { readReportInSteps } from '@/lib/core/model';
import { createPause, yieldToPage } from '@/lib/page/pause';
import { followPageChanges, trackSectionInView } from '@/lib/page/reader-follow';
import { panelPortListener, tabRequestListener } from '@/lib/page/reader-requests';
import { ReaderSession, type ConvertModule } from '@/lib/page/session';

/**
 * The page gets its turn once a reading has run this long: a stage of a long report can
 * itself take 30–45 ms on a cold page (the boilerplate pass over a 100,000-character
 * body), and no task should reach 50 ms.
 */
const READING_SLICE_MS = 10;

type Globals = { [READER_GLOBAL]?: ReaderSession; [READER_LOADING_GLOBAL]?: boolean } & Record<string, ConvertModule | undefined>;

export default defineUnlistedScript(async () => {
  const g = globalThis as unknown as Globals;
  if (g[READER_GLOBAL]) {
    // Injected again (read anyway, a panel that asked): the copy already here answers.
    const event: TabEvent = { type: 'pr:model', model: g[READER_GLOBAL].model, stale: false };
    browser.runtime.sendMessage(event).catch(() => {});
    return;
  }
  // Injected again while the first copy is still reading: that copy will answer.
  if (g[READER_LOADING_GLOBAL]) return;
  g[READER_LOADING_GLOBAL] = true;
  // The task that injected this script also compiled all of it: the reading starts in a task of its own.
  await yieldToPage();
  performance.mark('portal-reader:read-start');
  const pause = createPause(READING_SLICE_MS);
  // The panel shows the outline first: the figures follow in a later task.
  const reading = await readReportInSteps(document, location.href, pause, {}, { deferFigures: true });
  const session = new ReaderSession(document, location.href, pageMetaLabels(reading.model.script), reading);
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
  const stops: (() => void)[] = [];
  const stop = () => stops.splice(0).forEach((f) => f());
  function send(event: TabEvent) {
    if (!contextValid()) return stop();
    try {
      browser.runtime.sendMessage(event).catch(() => {});
    } catch {
      stop();
    }
  }
  stops.push(followPageChanges(session, send), trackSectionInView(session, send));

  /** The converter script of a direction arrives on request (the background injects it into this tab). */
  async function convertModule(target: Target): Promise<ConvertModule> {
    const to = target === 'simplified' ? 'simplified' : 'traditional';
    const name = CONVERTER_GLOBALS[to];
    if (!g[name]) await browser.runtime.sendMessage({ type: 'pr:load-converter', to } satisfies BackgroundRequest);
    const module = g[name];
    if (!module) throw new Error('the script converter could not be loaded');
    return module;
  }
  const viewChanged = () => send({ type: 'pr:view', view: session.view, cleaned: session.cleaned });
  browser.runtime.onMessage.addListener(tabRequestListener(session, { convertModule, viewChanged }));
  browser.runtime.onConnect.addListener(panelPortListener(session));

  send({ type: 'pr:model', model: session.model, stale: false });
  // The page's turn, then the figures in stages of their own.
  await yieldToPage();
  if (await session.readFigures(createPause(READING_SLICE_MS))) send({ type: 'pr:model', model: session.model, stale: false });
  performance.measure('portal-reader:figures', 'portal-reader:read-start');
});
