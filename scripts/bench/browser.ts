// In Chromium over the built extension: the always-on script's cost on pages that
// are not reports, the time to a report ready for the panel against Readability's
// first run, the first toggle to Traditional, long tasks and memory.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readability } from '@mozilla/readability';
import { launch } from '../../tests/support/browser';
import { reportFixtures } from '../../tests/support/fixtures';
import { detectorStages } from './browser-detect';
import { toggleStages } from './browser-toggle';
import { median, ms, ratio, summary, syntheticReport, table } from './util';

export async function browserStages(): Promise<string> {
  const h = await launch();
  try {
    const detector = await detectorStages(h);
    const rows = [['report page', 'ready (ms)', 'figures (ms)', 'detected → ready (ms)', 'Readability cold', 'warm', 'ready/cold']];
    const ratios: number[] = [];
    const readabilitySource = readFileSync(resolve('node_modules/@mozilla/readability/Readability.js'), 'utf8');
    for (const f of reportFixtures().slice(0, 8)) {
      const { page } = await h.openFixture(f.name);
      const ready = (await page
        .waitForFunction(() => performance.getEntriesByName('portal-reader:ready')[0]?.duration, undefined, { timeout: 10_000 })
        .then((x) => x.jsonValue())) as number;
      // The figures follow the outline: Readability runs once the reader is done.
      const figures = (await page
        .waitForFunction(() => performance.getEntriesByName('portal-reader:figures')[0]?.duration, undefined, { timeout: 10_000 })
        .then((x) => x.jsonValue())) as number;
      // From the always-on script's decision to the model: the message, the injection, compiling and reading.
      const whole = await page.evaluate(() => {
        const detect = performance.getEntriesByName('portal-reader:detect')[0]!;
        const ready = performance.getEntriesByName('portal-reader:ready')[0]!;
        return ready.startTime + ready.duration - (detect.startTime + detect.duration);
      });
      // Readability's code is compiled when its script loads, as the reader's is (the same compile hint).
      await page.addScriptTag({ content: `//# allFunctionsCalledOnLoad\n${readabilitySource}\nwindow.__Readability = Readability;` });
      const rdb = await page.evaluate(() => {
        const R = (window as unknown as { __Readability: typeof Readability }).__Readability;
        const xs: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          new R(document.cloneNode(true) as Document).parse();
          xs.push(performance.now() - t0);
        }
        // The reader runs once per page, with code the page has never run: compare with Readability's first run.
        return { cold: xs[0]!, warm: [...xs].sort((a, b) => a - b)[2]! };
      });
      ratios.push(ready / rdb.cold);
      rows.push([f.name, ms(ready), ms(figures), ms(whole), ms(rdb.cold), ms(rdb.warm), ratio(ready, rdb.cold)]);
      await page.close();
    }
    const toggles = await toggleStages(h);
    // Long tasks while a report is read: the reader yields between its stages.
    await h.context.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.startTime, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const longRows = [['page', 'ready (ms)', 'figures (ms)', 'longest task after reading started (ms)']];
    const bigUrl = h.server.route('www.bench.gov.cn/big.html', syntheticReport(100_000));
    for (const url of [h.server.urlOf('a-ucap-000'), h.server.urlOf('b-trs-002-t'), bigUrl]) {
      const { page } = await h.openUrl(url);
      const ready = (await page
        .waitForFunction(() => performance.getEntriesByName('portal-reader:ready')[0]?.duration, undefined, { timeout: 30_000 })
        .then((x) => x.jsonValue())) as number;
      const figures = (await page
        .waitForFunction(() => performance.getEntriesByName('portal-reader:figures')[0]?.duration, undefined, { timeout: 30_000 })
        .then((x) => x.jsonValue())) as number;
      const longest = await page.evaluate(() => {
        const start = performance.getEntriesByName('portal-reader:read-start')[0]?.startTime ?? 0;
        const xs = (window as unknown as { __longTasks: number[] }).__longTasks;
        let max = 0;
        for (let i = 0; i < xs.length; i += 2) if (xs[i]! + xs[i + 1]! >= start) max = Math.max(max, xs[i + 1]!);
        return max;
      });
      if (url === bigUrl) summary['longest-task-100k-ms'] = longest;
      longRows.push([url.replace(/^http:\/\//, '').slice(0, 40), ms(ready), ms(figures), longest ? ms(longest) : 'none > 50']);
      await page.close();
    }
    // Memory: the same report page without the extension (a host it does not match)
    // and with it (reader, Traditional conversion on), plus the panel page.
    const heap = async (p: import('playwright-core').Page) => {
      const cdp = await h.context.newCDPSession(p);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      await cdp.detach();
      return usedSize / 2 ** 20;
    };
    const memRows = [['page', 'page alone (MB)', 'with reader + 繁體 (MB)', 'panel (MB)', 'added (MB)']];
    for (const name of ['a-ucap-000', 'b-cq-trs-000']) {
      const plainUrl = h.server.route(
        `127.0.0.1:${h.server.port}/plain-${name}.html`,
        readFileSync(reportFixtures().find((f) => f.name === name)!.file, 'utf8'),
      );
      const plain = await h.context.newPage();
      await plain.goto(plainUrl);
      const alone = await heap(plain);
      await plain.close();
      const { page, tabId } = await h.openFixture(name);
      await page.waitForFunction(() => performance.getEntriesByName('portal-reader:figures').length > 0);
      const panel = await h.openPanel(tabId);
      await panel.getByRole('radio', { name: '繁體' }).click({ timeout: 10_000 });
      await page.waitForFunction(() => performance.getEntriesByName('portal-reader:convert').length > 0, undefined, { timeout: 30_000 });
      const withReader = await heap(page);
      const panelHeap = await heap(panel);
      memRows.push([name, alone.toFixed(1), withReader.toFixed(1), panelHeap.toFixed(1), (withReader - alone + panelHeap).toFixed(1)]);
      await panel.close();
      await page.close();
    }
    summary['ready-vs-readability'] = median(ratios);
    return [
      toggles,
      '',
      table(longRows),
      '(the Long Tasks API reports tasks over 50 ms only; none is 0 in the summary line)',
      '',
      table(memRows),
      'budget: added ≤ 30 MB (JS heap after GC; the panel page counted whole)',
      '',
      detector,
      '',
      table(rows),
      'ready = the model the panel shows first (outline, header, check), from the reader’s first statement; figures = the whole model, figures included, a task later;',
      'detected → ready = from the always-on script’s decision to ready (message to the background, injection, compiling reader.js, reading).',
      'Both reader.js and Readability carry V8’s compile hint: their code is compiled when the script loads, and the first run is timed.',
      `median ready/Readability (both cold) in Chromium: ${median(ratios).toFixed(2)}× (budget ≤ 2×)`,
    ].join('\n');
  } finally {
    await h.close();
  }
}
