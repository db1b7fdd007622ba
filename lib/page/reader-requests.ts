// The reader's answers to the panel: one handler per request of the protocol
// (lib/extension/messages.ts), each carried out on the live page through the
// session, and the listeners the reader script installs.

import {
  fromExtensionPage,
  isTabRequest,
  PANEL_PORT,
  type ScriptSettings,
  type ScriptView,
  type TabReply,
  type TabRequest,
  type TabRequestType,
} from '../extension/messages';
import { toggledView } from '../view/script-view';
import type { ConvertModule, ReaderSession } from './session';
import type { Target } from '../core/convert';

export interface ReaderDeps {
  /** The conversion code (the background injects it on request). */
  convertModule(target: Target): Promise<ConvertModule>;
  /** Runs a task when the page is idle (preparing the other script). */
  idle?(task: () => void): void;
}

type Handler<K extends TabRequestType> = (
  session: ReaderSession,
  request: TabRequest<K>,
  deps: ReaderDeps,
) => TabReply<K> | Promise<TabReply<K>>;

const defaultIdle = (task: () => void) => {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback;
  if (idle) idle(task);
  else setTimeout(task, 50);
};

function setClean(session: ReaderSession, on: boolean): TabReply<'pr:clean'> {
  session.setClean(on);
  return { ok: true, cleaned: session.cleaned };
}

async function setScript(
  session: ReaderSession,
  view: ScriptView,
  settings: ScriptSettings,
  deps: ReaderDeps,
): Promise<TabReply<'pr:convert'>> {
  // Marks let the benchmark read a conversion's cost from the page.
  const mark = `portal-reader:convert-start-${performance.now()}`;
  performance.mark(mark);
  try {
    const shown = await session.setScript({ view, standard: settings.standard, quotes: settings.quotes }, deps.convertModule);
    performance.measure('portal-reader:convert', mark);
    return { ok: true, view: shown };
  } catch (err) {
    return { ok: false, view: session.view, error: String(err) };
  }
}

/** What the reader answers; pr:get-state is the detector's (the reader stays silent on it). */
const HANDLERS: { [K in Exclude<TabRequestType, 'pr:get-state'>]: Handler<K> } = {
  'pr:get-model': (session) => ({ model: session.model, stale: false, cleaned: session.cleaned, view: session.view }),
  'pr:scroll-to': (session, { block }) => ({ ok: session.scrollToBlock(block) }),
  'pr:highlight': (session, { figure }) => ({ ok: session.highlightFigure(figure) }),
  'pr:clean': (session, { on }) => setClean(session, on),
  'pr:toggle-clean': (session) => setClean(session, !session.cleaned),
  'pr:convert': (session, request, deps) => setScript(session, request.view, request, deps),
  'pr:toggle-script': (session, request, deps) => setScript(session, toggledView(session.model.script, session.view), request, deps),
  'pr:prepare-script': (session, { standard, quotes }, deps) => {
    // The panel is open: get the other script ready in idle time.
    const choice = { view: toggledView(session.model.script, 'original'), standard, quotes };
    (deps.idle ?? defaultIdle)(() => void session.prepareScript(choice, deps.convertModule).catch(() => {}));
    return { ok: true };
  },
};

/** Requests after which the panels hear of the script and cleaning shown (a pr:view event). */
export const VIEW_CHANGING: ReadonlySet<TabRequestType> = new Set<TabRequestType>([
  'pr:clean',
  'pr:toggle-clean',
  'pr:convert',
  'pr:toggle-script',
]);

/**
 * The reader's reply to one request, at once when it can be; undefined for a
 * request that is not the reader's to answer. A change to the page waits for a
 * re-read under way (the page is being read as published).
 */
export function handleTabRequest<R extends TabRequest>(
  session: ReaderSession,
  request: R,
  deps: ReaderDeps,
): TabReply<R['type']> | Promise<TabReply<R['type']>> | undefined {
  // The table pairs each type with its handler; a request of type K meets Handler<K>.
  const handler = (HANDLERS as unknown as Partial<Record<TabRequestType, Handler<R['type']>>>)[request.type];
  if (!handler) return undefined;
  const run = () => handler(session, request as unknown as TabRequest<R['type']>, deps);
  const reread = session.rereadUnderWay;
  if (reread && request.type !== 'pr:get-model') return reread.then(run, run);
  return run();
}

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * The runtime.onMessage listener of the reader: panel requests only, answered
 * (true when the reply comes later, as the runtime expects), then `viewChanged`
 * after a request that changed the script or cleaning.
 */
export function tabRequestListener(
  session: ReaderSession,
  deps: ReaderDeps & { viewChanged(): void; fromPanel?(sender: Sender): boolean },
): (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => true | undefined {
  const fromPanel = deps.fromPanel ?? ((sender: Sender) => fromExtensionPage(sender));
  return (message, sender, sendResponse) => {
    if (!fromPanel(sender) || !isTabRequest(message)) return undefined;
    const reply = handleTabRequest(session, message, deps);
    if (reply === undefined) return undefined;
    const after = () => {
      if (VIEW_CHANGING.has(message.type)) deps.viewChanged();
    };
    if (reply instanceof Promise) {
      void reply.then(sendResponse).finally(after);
      return true;
    }
    sendResponse(reply);
    after();
    return undefined;
  };
}

interface PanelPort {
  name: string;
  sender?: Sender;
  onDisconnect: { addListener(listener: () => void): void };
}

/** While a panel is open it holds a port to this tab; when the last one closes, its highlights go too. */
export function panelPortListener(session: ReaderSession, fromPanel: (sender: Sender) => boolean = (s) => fromExtensionPage(s)) {
  let panels = 0;
  return (port: PanelPort): void => {
    if (port.name !== PANEL_PORT || !fromPanel(port.sender ?? {})) return;
    panels++;
    port.onDisconnect.addListener(() => {
      if (--panels === 0) session.clearHighlights();
    });
  };
}
