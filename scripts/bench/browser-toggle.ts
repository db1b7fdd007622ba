// The toggle to Traditional in Chromium: our first toggle cold (nothing of the
// converter in the tab yet, no panel) and prepared (the panel open 2 s before),
// warm toggles against a bare text-node pass in the same page, and simplecc-wasm
// doing the same first toggle in a page of its own (load the WebAssembly module,
// convert every text node, write what changed).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../tests/support/browser';
import { reportFixtures } from '../../tests/support/fixtures';
import { median, ms, ratio, summary, table } from './util';

const PAGES = ['a-ucap-000', 'b-cq-trs-000', 'd-ucap-002-s-skip'];
const SIMPLECC = resolve('node_modules/simplecc-wasm/pkg/web');

/** The durations of our 'portal-reader:convert' measures so far. */
const converts = (page: Page) => page.evaluate(() => performance.getEntriesByName('portal-reader:convert').map((e) => e.duration));

async function convertTo(h: Harness, page: Page, tabId: number, view: 'traditional' | 'original'): Promise<number> {
  const before = (await converts(page)).length;
  await h.worker.evaluate(({ id, v }) => chrome.tabs.sendMessage(id, { type: 'pr:convert', view: v, standard: 'tw', quotes: false }), {
    id: tabId,
    v: view,
  });
  await page.waitForFunction((n) => performance.getEntriesByName('portal-reader:convert').length > n, before, { timeout: 30_000 });
  return (await converts(page))[before]!;
}

/**
 * Two floors in the page, each pass run on a page rendered since the last change, as a
 * toggle meets it (a click comes long after the page was last drawn), the mean of 15:
 * a bare read-only pass over every text node, and a bare write pass (every text node
 * that is not ASCII given a text that differs in one character). Passes repeated
 * back to back in one task measure something else: after the first write the
 * layout is already dirty and later writes cost a tenth as much.
 */
const floorsOf = (page: Page): Promise<{ read: number; write: number }> =>
  page.evaluate(`(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const nodes = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/[^\\x00-\\x7f]/.test(node.data)) nodes.push(node);
    const original = nodes.map((node) => node.data);
    const changed = original.map((d) => d.replace(/[^\\x00-\\x7f]/, (c) => (c === '\\u3000' ? ' ' : '\\u3000')));
    let n = 0, read = 0, write = 0;
    const ROUNDS = 15;
    for (let round = 0; round < ROUNDS; round++) {
      await frame();
      let t = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) n += node.data.length;
      read += performance.now() - t;
      await frame();
      t = performance.now();
      for (let i = 0; i < nodes.length; i++) nodes[i].data = changed[i];
      write += performance.now() - t;
      await frame();
      for (let i = 0; i < nodes.length; i++) nodes[i].data = original[i];
    }
    return { read: read / ROUNDS + (n < 0 ? 1 : 0), write: write / ROUNDS };
  })()`);

/** A toggle with simplecc (page script, plain JS): every text node that is not ASCII, converted in one call; returns the undo. */
const TOGGLE = `window.__toggle = function () {
  const nodes = [], data = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/[^\\x00-\\x7f]/.test(node.data)) { nodes.push(node); data.push(node.data); }
  }
  let out = simplecc(data.join('\\u0000'), 's2tw').split('\\u0000');
  if (out.length !== data.length) out = data.map((d) => simplecc(d, 's2tw'));
  for (let i = 0; i < nodes.length; i++) if (out[i] !== data[i]) nodes[i].data = out[i];
  return function () { for (let i = 0; i < nodes.length; i++) nodes[i].data = data[i]; };
};`;

/** simplecc-wasm's first toggle in a page without the extension: cold (load + convert + write), then warm. */
async function simpleccToggle(h: Harness, name: string): Promise<{ cold: number; warm: number }> {
  const file = reportFixtures().find((f) => f.name === name)!.file;
  const url = h.server.route(`127.0.0.1:${h.server.port}/simplecc-${name}.html`, readFileSync(file, 'utf8'));
  const page = await h.context.newPage();
  await page.goto(url);
  const glue = readFileSync(resolve(SIMPLECC, 'simplecc_wasm.js'), 'utf8');
  await page.addScriptTag({ type: 'module', content: `${glue}\nwindow.__sc = { init: __wbg_init, simplecc };\n${TOGGLE}` });
  await page.waitForFunction(() => '__sc' in window);
  // The module's bytes are put in the page first, as an extension's file would be at hand.
  await page.evaluate(
    (b64) => {
      (window as unknown as { __wasm: Uint8Array }).__wasm = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    },
    readFileSync(resolve(SIMPLECC, 'simplecc_wasm_bg.wasm')).toString('base64'),
  );
  const times = await page.evaluate(async () => {
    const w = window as unknown as { __wasm: Uint8Array; __sc: { init(o: { module_or_path: Uint8Array }): Promise<unknown> } };
    const toggle = (window as unknown as { __toggle: () => () => void }).__toggle;
    const t0 = performance.now();
    await w.__sc.init({ module_or_path: w.__wasm });
    let undo = toggle();
    const cold = performance.now() - t0;
    // Warm toggles on a page drawn since the last change, as ours are measured.
    // (No named functions in here: the bench's TypeScript runner would wrap them in a helper the page lacks.)
    const xs: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      undo();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const t = performance.now();
      undo = toggle();
      xs.push(performance.now() - t);
    }
    return { cold, warm: xs.sort((a, b) => a - b)[2]! };
  });
  await page.close();
  return times;
}

export async function toggleStages(h: Harness): Promise<string> {
  const rows = [
    [
      'page',
      'cold',
      'prepared',
      'warm',
      'floor',
      'warm/floor',
      'write floor',
      'warm/write floor',
      'simplecc cold',
      'simplecc warm',
      'cold/simplecc',
    ],
  ];
  const cold: number[] = [];
  const prepared: number[] = [];
  const warmRatios: number[] = [];
  const peerRatios: number[] = [];
  for (const name of PAGES) {
    // Cold: the request comes from the background, no panel has asked to prepare.
    const { page, tabId } = await h.openFixture(name);
    await page.waitForFunction(() => performance.getEntriesByName('portal-reader:figures').length > 0);
    const tCold = await convertTo(h, page, tabId, 'traditional');
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      await convertTo(h, page, tabId, 'original');
      warm.push(await convertTo(h, page, tabId, 'traditional'));
    }
    await convertTo(h, page, tabId, 'original');
    const floors = await floorsOf(page);
    const tFloor = floors.read;
    await page.close();
    // Prepared: the panel open 2 s before the toggle.
    const second = await h.openFixture(name);
    await second.page.waitForFunction(() => performance.getEntriesByName('portal-reader:figures').length > 0);
    const panel = await h.openPanel(second.tabId);
    await panel.waitForTimeout(2000);
    const tPrepared = await convertTo(h, second.page, second.tabId, 'traditional');
    await panel.close();
    await second.page.close();
    const peer = await simpleccToggle(h, name);
    const tWarm = median(warm);
    cold.push(tCold);
    prepared.push(tPrepared);
    warmRatios.push(tWarm / tFloor);
    peerRatios.push(tCold / peer.cold);
    rows.push([
      name,
      ms(tCold),
      ms(tPrepared),
      ms(tWarm),
      ms(tFloor),
      ratio(tWarm, tFloor),
      ms(floors.write),
      ratio(tWarm, floors.write),
      ms(peer.cold),
      ms(peer.warm),
      ratio(tCold, peer.cold),
    ]);
  }
  summary['toggle-cold-ms'] = median(cold);
  summary['toggle-warm-vs-floor'] = median(warmRatios);
  summary['toggle-cold-vs-simplecc'] = median(peerRatios);
  return [
    'Toggle to 繁體 (Taiwan) in Chromium, ms: cold = converter injected and built on the click, no panel; prepared = panel open 2 s before;',
    'warm = later toggles; floor = a bare read-only text-node pass in the page; write floor = every text node that is not ASCII written once (both floors on a page drawn since its last change, as a toggle meets it);',
    'simplecc = load + convert + write in a page of its own (warm: on a page drawn since its last change, like ours).',
    table(rows),
    `median first toggle cold: ${ms(median(cold))} ms (aim ≤ 60 ms); prepared: ${ms(median(prepared))} ms; warm/floor: ${median(warmRatios).toFixed(2)}× (aim ≤ 2×); cold/simplecc cold: ${median(peerRatios).toFixed(2)}× (aim ≤ 1×)`,
  ].join('\n');
}
