// @vitest-environment node
// The reader's answers to the panel, on a real session over a fixture page in
// jsdom: what each request does to the page and what the panel is told.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConverter } from '../../lib/core/convert';
import { readReport } from '../../lib/core/model';
import { isTabReply, PANEL_PORT, type TabRequest } from '../../lib/extension/messages';
import { createPageConverter } from '../../lib/page/convert-page';
import { handleTabRequest, panelPortListener, tabRequestListener, type ReaderDeps } from '../../lib/page/reader-requests';
import { followPageChanges, trackSectionInView } from '../../lib/page/reader-follow';
import { ReaderSession, type ConvertModule } from '../../lib/page/session';
import { createPause } from '../../lib/page/pause';
import { FIXTURE_DIR } from '../support/fixtures';
import type { TabEvent } from '../../lib/extension/messages';

const labels = { publisher: '发布机构', written: '成文日期', published: '发布日期', indexNo: '索引号', docNo: '文号', source: '来源' };
const NAME = 'c-hanweb-chrome-body';
const HTML = readFileSync(join(FIXTURE_DIR, `${NAME}.html`), 'utf8');
const URL = (JSON.parse(readFileSync(join(FIXTURE_DIR, `${NAME}.expected.json`), 'utf8')) as { url: string }).url;

const realModule: ConvertModule = { loadConverter, createPageConverter };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * jsdom lays nothing out: a made-up layout where each node sits 40 px below the
 * one before it in document order, and scrolling moves the viewport.
 */
function fakeLayout(win: Window & typeof globalThis) {
  let scrollY = 0;
  Object.defineProperty(win, 'scrollY', { get: () => scrollY, configurable: true });
  win.scrollTo = ((options: ScrollToOptions) => {
    scrollY = Math.max(0, options.top ?? 0);
    win.dispatchEvent(new win.Event('scroll'));
  }) as typeof win.scrollTo;
  const order = new Map<Node, number>();
  const walker = win.document.createTreeWalker(win.document.body, 0xffffffff);
  for (let n: Node | null = walker.currentNode, i = 0; n; n = walker.nextNode(), i++) order.set(n, i);
  win.Range.prototype.getBoundingClientRect = function (this: Range) {
    const top = (order.get(this.startContainer) ?? 0) * 40 - scrollY;
    return { top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
  const scrolledInto: Element[] = [];
  win.Element.prototype.scrollIntoView = function (this: Element) {
    scrolledInto.push(this);
  };
  return { scrolledInto };
}

const opened: JSDOM[] = [];
const stops: (() => void)[] = [];
function setup() {
  const dom = new JSDOM(HTML, { url: URL, pretendToBeVisual: true });
  opened.push(dom);
  const win = dom.window as unknown as Window & typeof globalThis;
  const layout = fakeLayout(win);
  const doc = win.document;
  const session = new ReaderSession(doc, URL, labels);
  let loads = 0;
  const idle: (() => void)[] = [];
  const deps: ReaderDeps = {
    convertModule: async () => {
      loads++;
      return realModule;
    },
    idle: (task) => idle.push(task),
  };
  const ask = <R extends TabRequest>(request: R) => Promise.resolve(handleTabRequest(session, request, deps));
  return { dom, win, doc, session, deps, ask, idle, layout, loads: () => loads };
}

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const dom of opened.splice(0)) dom.window.close();
});

describe('the reader’s answers (handleTabRequest)', () => {
  it('gives the model with the script and cleaning shown, a reply the panel accepts', async () => {
    const { ask, session } = setup();
    const reply = await ask({ type: 'pr:get-model' });
    expect(reply).toEqual({ model: session.model, stale: false, cleaned: false, view: 'original' });
    expect(isTabReply('pr:get-model', reply)).toBe(true);
    expect(session.model.outline.length).toBe(7);
  });

  it('scrolls to an outline entry’s heading, and refuses one that is not there', async () => {
    const { ask, session, win } = setup();
    const entry = session.model.outline[3]!;
    expect(await ask({ type: 'pr:scroll-to', block: entry.block })).toEqual({ ok: true });
    // The heading sits just above the reading line: it is now the current section.
    expect(win.scrollY).toBeGreaterThan(0);
    expect(session.currentEntry()).toBe(3);
    expect(await ask({ type: 'pr:scroll-to', block: 9999 })).toEqual({ ok: false });
  });

  it('highlights a figure, and refuses one that is not there', async () => {
    const { ask, session, win } = setup();
    expect(await ask({ type: 'pr:highlight', figure: 2 })).toEqual({ ok: true });
    expect(win.scrollY).toBeGreaterThan(0);
    expect(session.model.figures[2]!.text).toBe('46件');
    expect(await ask({ type: 'pr:highlight', figure: 99 })).toEqual({ ok: false });
  });

  it('cleans the page and takes the cleaning back (clean, toggle-clean)', async () => {
    const { ask, doc } = setup();
    const before = doc.body.innerHTML;
    expect(await ask({ type: 'pr:clean', on: true })).toEqual({ ok: true, cleaned: true });
    expect(doc.body.innerHTML).not.toBe(before);
    expect(await ask({ type: 'pr:toggle-clean' })).toEqual({ ok: true, cleaned: false });
    expect(doc.body.innerHTML).toBe(before);
    expect(await ask({ type: 'pr:toggle-clean' })).toEqual({ ok: true, cleaned: true });
  });

  it('converts the page to Traditional and back (convert, toggle-script), loading the converter once', async () => {
    const { ask, doc, session, loads } = setup();
    const before = doc.body.innerHTML;
    const reply = await ask({ type: 'pr:convert', view: 'traditional', standard: 'tw', quotes: false });
    expect(reply).toEqual({ ok: true, view: 'traditional' });
    expect(doc.body.textContent).toContain('法治政府建設');
    expect(session.view).toBe('traditional');
    expect(await ask({ type: 'pr:toggle-script', standard: 'tw', quotes: false })).toEqual({ ok: true, view: 'original' });
    expect(doc.body.innerHTML).toBe(before);
    expect(await ask({ type: 'pr:toggle-script', standard: 'tw', quotes: false })).toEqual({ ok: true, view: 'traditional' });
    expect(doc.body.textContent).toContain('法治政府建設');
    expect(loads()).toBe(1);
    session.dispose();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('answers a failed conversion with the error and the page as it was', async () => {
    const { session, doc } = setup();
    const before = doc.body.innerHTML;
    const failing: ReaderDeps = { convertModule: () => Promise.reject(new Error('the script converter could not be loaded')) };
    const reply = await handleTabRequest(session, { type: 'pr:convert', view: 'traditional', standard: 'tw', quotes: false }, failing);
    expect(reply).toEqual({ ok: false, view: 'original', error: 'Error: the script converter could not be loaded' });
    expect(isTabReply('pr:convert', reply)).toBe(true);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('prepares the other script in idle time without writing to the page', async () => {
    const { ask, doc, idle, loads } = setup();
    const before = doc.body.innerHTML;
    expect(await ask({ type: 'pr:prepare-script', standard: 'tw', quotes: false })).toEqual({ ok: true });
    expect(loads()).toBe(0);
    expect(idle).toHaveLength(1);
    idle[0]!();
    await vi.waitFor(() => expect(loads()).toBe(1));
    await wait(50);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('leaves pr:get-state to the detector', () => {
    const { session, deps } = setup();
    expect(handleTabRequest(session, { type: 'pr:get-state' }, deps)).toBeUndefined();
  });

  it('waits for a re-read under way before changing the page', async () => {
    const { session, deps, doc } = setup();
    const published = doc.body.innerHTML;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let pauses = 0;
    const reread = session.reread(URL, () => (++pauses === 1 ? held : Promise.resolve()));
    const cleaning = handleTabRequest(session, { type: 'pr:clean', on: true }, deps);
    expect(cleaning).toBeInstanceOf(Promise);
    await wait(10);
    expect(doc.body.innerHTML).toBe(published);
    expect(session.cleaned).toBe(false);
    release();
    await reread;
    expect(await cleaning).toEqual({ ok: true, cleaned: true });
  });
});

describe('the reader’s listeners', () => {
  const panel = { id: 'abc', url: 'chrome-extension://abc/sidepanel.html' };
  const fromPanel = (s: { url?: string }) => s.url === panel.url;

  it('answers panel requests, then tells the panels the view changed; ignores invalid requests and other senders', async () => {
    const { session, deps } = setup();
    const log: string[] = [];
    const listener = tabRequestListener(session, { ...deps, fromPanel, viewChanged: () => log.push('view') });
    const respond = (reply: unknown) => log.push(`reply ${JSON.stringify(reply)}`);
    expect(listener({ type: 'pr:clean', on: true }, panel, respond)).toBeUndefined();
    expect(log).toEqual(['reply {"ok":true,"cleaned":true}', 'view']);

    log.length = 0;
    expect(listener({ type: 'pr:convert', view: 'traditional', standard: 'tw', quotes: false }, panel, respond)).toBe(true);
    await vi.waitFor(() => expect(log).toEqual(['reply {"ok":true,"view":"traditional"}', 'view']));

    log.length = 0;
    expect(listener({ type: 'pr:scroll-to', block: -1 }, panel, respond)).toBeUndefined();
    expect(listener({ type: 'pr:eval', code: '1' }, panel, respond)).toBeUndefined();
    expect(listener({ type: 'pr:clean', on: false }, { url: 'https://www.qinghe.gov.cn/' }, respond)).toBeUndefined();
    expect(listener({ type: 'pr:get-state' }, panel, respond)).toBeUndefined();
    expect(listener({ type: 'pr:scroll-to', block: 0 }, panel, respond)).toBeUndefined();
    expect(log).toEqual(['reply {"ok":true}']);
    expect(session.cleaned).toBe(true);
  });

  it('clears the highlights when the last panel’s port closes', () => {
    const { session } = setup();
    const clear = vi.spyOn(session, 'clearHighlights');
    const listener = panelPortListener(session, (s) => s.url === panel.url);
    const port = (name: string, sender: object) => {
      const closers: (() => void)[] = [];
      listener({ name, sender, onDisconnect: { addListener: (f) => closers.push(f) } });
      return () => closers.forEach((f) => f());
    };
    const first = port(PANEL_PORT, panel);
    const second = port(PANEL_PORT, panel);
    const stranger = port(PANEL_PORT, { url: 'https://www.qinghe.gov.cn/' });
    const other = port('other', panel);
    stranger();
    other();
    first();
    expect(clear).not.toHaveBeenCalled();
    second();
    expect(clear).toHaveBeenCalledTimes(1);
  });
});

describe('following the page (reader-follow)', () => {
  it('says the data is stale when the page changes, and sends the new model once it is quiet', async () => {
    const { session, doc } = setup();
    const events: TabEvent[] = [];
    stops.push(followPageChanges(session, (e) => events.push(e), { quietMs: 20 }));
    const p = doc.createElement('p');
    p.textContent = '　　全年办理政府信息公开申请15件，均按期答复。';
    const before = [...doc.querySelectorAll('#zoom p')].find((el) => el.textContent!.includes('全年主持召开专题会议4次'))!;
    before.after(p);
    await vi.waitFor(() => expect(events.map((e) => e.type === 'pr:model' && e.stale)).toEqual([true, false]));
    const last = events[1] as TabEvent<'pr:model'>;
    expect(last.model.text).toContain('全年办理政府信息公开申请15件');
  });

  it('reads the page again after an address change (SPA navigation)', async () => {
    const { session, win } = setup();
    const events: TabEvent[] = [];
    stops.push(followPageChanges(session, (e) => events.push(e), { navigationDelayMs: 10 }));
    win.history.pushState({}, '', '/art/2025/3/13/art_2211_5601235.html');
    win.dispatchEvent(new win.Event('wxt:locationchange'));
    expect(events.map((e) => e.type === 'pr:model' && e.stale)).toEqual([true]);
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect((events[1] as TabEvent<'pr:model'>).model.url).toBe('https://www.qinghe.gov.cn/art/2025/3/13/art_2211_5601235.html');
    // The same address again is no navigation.
    win.dispatchEvent(new win.Event('popstate'));
    await wait(30);
    expect(events).toHaveLength(2);
  });

  it('sends the section in view as the reader scrolls, once per change', async () => {
    const { session, win, ask } = setup();
    const events: TabEvent[] = [];
    stops.push(trackSectionInView(session, (e) => events.push(e)));
    await ask({ type: 'pr:scroll-to', block: session.model.outline[2]!.block });
    await vi.waitFor(() => expect(events).toEqual([{ type: 'pr:section', entry: 2 }]));
    win.dispatchEvent(new win.Event('scroll'));
    await wait(50);
    expect(events).toHaveLength(1);
    await ask({ type: 'pr:scroll-to', block: session.model.outline[5]!.block });
    await vi.waitFor(() => expect(events.at(-1)).toEqual({ type: 'pr:section', entry: 5 }));
  });
});

describe('a re-read', () => {
  it('is staged like the first read (the page gets its turns) and reads the same model as a one-shot read', async () => {
    const { session, doc } = setup();
    const oneShot = readReport(doc, URL).model;
    let pauses = 0;
    await session.reread(URL, () => {
      pauses++;
      return new Promise((r) => setTimeout(r, 0));
    });
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(session.model).toEqual(oneShot);
  });

  it('takes a conversion and cleaning back for the reading and puts them on again', async () => {
    const { session, doc, ask } = setup();
    const published = readReport(doc, URL).model;
    await ask({ type: 'pr:clean', on: true });
    await ask({ type: 'pr:convert', view: 'traditional', standard: 'tw', quotes: false });
    await session.reread(URL, () => Promise.resolve());
    expect(session.model).toEqual(published);
    expect(session.cleaned).toBe(true);
    expect(doc.body.textContent).toContain('法治政府建設');
  });

  it('never lets the page paint a cleaned page as published while it is read again', async () => {
    const { session, doc, ask } = setup();
    await ask({ type: 'pr:clean', on: true });
    const cleanedPage = doc.body.innerHTML;
    // A task queued before the re-read runs only after it: it must find the page cleaned.
    const seen = new Promise<string>((r) => setTimeout(() => r(doc.body.innerHTML), 0));
    const pause = () => new Promise<void>((r) => setTimeout(r, 0));
    await session.reread(URL, pause);
    expect(await seen).toBe(cleanedPage);
    expect(doc.body.innerHTML).toBe(cleanedPage);
  });
});

describe('createPause', () => {
  it('lets the page run only once 20 ms have gone by since it last did', async () => {
    let now = 0;
    const pause = createPause(20, () => now);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    now = 19;
    await pause();
    expect(timers).not.toHaveBeenCalled();
    now = 20;
    await pause();
    expect(timers).toHaveBeenCalledTimes(1);
    now = 30;
    await pause();
    expect(timers).toHaveBeenCalledTimes(1);
    timers.mockRestore();
  });
});
