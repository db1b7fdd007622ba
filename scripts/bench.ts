// npm run bench: what the extension costs, against baselines measured in the same
// run. In Node over the lib: each stage on the fixture reports and on a synthetic
// 100,000-character report; Readability alone, opencc-js's HTMLConverter and a
// bare pass over every text node as baselines. In Chromium over the built
// extension: the always-on script's cost on pages that are not reports, and the
// time to a report ready for the panel. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import * as OpenCC from 'opencc-js';
import { boilerplateInside } from '../lib/core/boilerplate';
import { readBlocks } from '../lib/core/blocks';
import { loadConverter } from '../lib/core/convert';
import { createPageConverter } from '../lib/page/convert-page';
import { detect } from '../lib/core/detect';
import { findArticle } from '../lib/core/extract';
import { extractFigures } from '../lib/core/figures';
import { readReport } from '../lib/core/model';
import { decodePage } from '../lib/core/charset';
import { parsePage } from '../lib/node/page-file';
import { buildOutline, sectionPaths } from '../lib/core/outline';
import { EXTENSION_DIR, launch } from '../tests/support/browser';
import { nonReportFixtures, reportFixtures } from '../tests/support/fixtures';
import { seedText } from '../tests/support/seeds';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const withBrowser = !process.argv.includes('--node-only');
const browserOnly = process.argv.includes('--browser-only');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}

function time(fn: () => void, rounds = ROUNDS): number {
  fn(); // warm the JIT
  const xs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 1 ? 3 : x < 10 ? 2 : 1) : '—');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/** A synthetic large report: the seed reports repeated under one portal page. */
function syntheticReport(chars: number): string {
  const text = ['000', '001', '003', '004'].map(seedText).join('\n');
  const paragraphs: string[] = [];
  let n = 0;
  for (let round = 0; n < chars; round++) {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      paragraphs.push(`<p style="text-indent:2em">${line.replace(/</g, '&lt;')}</p>`);
      n += line.length;
      if (n >= chars) break;
    }
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>2023年度法治政府建设工作报告_某区人民政府</title></head><body><div class="header">某区人民政府</div><h1 id="ti">某区2023年度法治政府建设工作报告</h1><div id="UCAP-CONTENT">${paragraphs.join('')}</div><div class="footer">主办单位：某区人民政府办公室</div></body></html>`;
}

interface Page {
  name: string;
  html: string;
  url: string;
  chars: number;
}

function pages(): Page[] {
  const fixtures = reportFixtures()
    .filter((f) => !f.name.endsWith('.gbk'))
    .map((f) => ({ name: f.name, html: decodePage(readFileSync(f.file)).text, url: f.expected.url, chars: 0 }));
  const big = syntheticReport(100_000);
  return [...fixtures, { name: 'synthetic-100k', html: big, url: 'https://www.example.gov.cn/big.html', chars: 0 }].map((p) => {
    const { model } = readReport(parsePage(p.html), p.url);
    return { ...p, chars: model.text.replace(/\s/g, '').length };
  });
}

function textNodeWalk(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n += (node as Text).data.length;
  return n;
}

async function nodeStages(list: Page[]): Promise<string> {
  const rows = [['page', 'chars', 'detect', 'extract', 'outline', 'figures', 'whole', 'Readability', 'whole/Rdb']];
  const ratios: number[] = [];
  for (const p of list) {
    const doc = parsePage(p.html);
    const tDetect = time(() => detect(doc, p.url));
    const article = findArticle(doc)!;
    const tExtract = time(() => {
      const a = findArticle(doc)!;
      const inside = new Set(boilerplateInside(a.element));
      readBlocks(a.element, { skip: (el) => inside.has(el) });
    });
    const { blocks } = readBlocks(article.element);
    const tOutline = time(() => buildOutline(blocks));
    const { entries } = buildOutline(blocks);
    const texts = blocks.map((b) => b.text);
    const paths = sectionPaths(blocks.length, entries);
    const tFigures = time(() => extractFigures(texts, paths));
    const tWhole = time(() => readReport(doc, p.url));
    const tReadability = time(() => new Readability(doc.cloneNode(true) as Document).parse());
    ratios.push(tWhole / tReadability);
    rows.push([
      p.name,
      String(p.chars),
      ms(tDetect),
      ms(tExtract),
      ms(tOutline),
      ms(tFigures),
      ms(tWhole),
      ms(tReadability),
      ratio(tWhole, tReadability),
    ]);
  }
  return `${table(rows)}\nmedian whole/Readability: ${median(ratios).toFixed(2)}× (budget ≤ 2×)\n`;
}

async function conversionStages(list: Page[]): Promise<string> {
  const rows = [['page', 'chars', 'floor', 'cold', 'warm', 'HTMLConv', 'cold/floor', 'warm/floor', 'warm/HTMLConv']];
  // Cold: the dictionaries built for the first time in this process (measured once).
  const t0 = performance.now();
  const convert = await loadConverter('simplified', 'tw');
  const tBuild = performance.now() - t0;
  const openccConvert = OpenCC.Converter({ from: 'cn', to: 'tw' });
  let coldFirst = NaN;
  for (const p of list.filter((x) => x.name.startsWith('synthetic') || !/-t($|-)/.test(x.name))) {
    const dom = new JSDOM(p.html);
    const doc = dom.window.document as unknown as Document;
    const g = globalThis as unknown as { Node?: unknown };
    g.Node = dom.window.Node;
    const tFloor = time(() => textNodeWalk(doc));
    // Cold page: a converter that has not seen this page's strings.
    let converter = createPageConverter(doc, convert);
    const c0 = performance.now();
    converter.applySync();
    const tCold = performance.now() - c0;
    if (Number.isNaN(coldFirst)) coldFirst = tCold + tBuild;
    converter.restore();
    const tWarm =
      time(() => {
        converter.applySync();
        converter.restore();
      }) / 2;
    converter = createPageConverter(doc, convert);
    const html = OpenCC.HTMLConverter(openccConvert, doc.documentElement as unknown as HTMLElement, 'zh-CN', 'zh-TW');
    const tHtml =
      time(() => {
        html.convert();
        html.restore();
      }) / 2;
    dom.window.close();
    rows.push([
      p.name,
      String(p.chars),
      ms(tFloor),
      ms(tCold),
      ms(tWarm),
      ms(tHtml),
      ratio(tCold, tFloor),
      ratio(tWarm, tFloor),
      ratio(tWarm, tHtml),
    ]);
  }
  return `${table(rows)}\nconverter built cold (dictionaries, first use in this process): ${ms(tBuild)} ms; first toggle incl. build: ${ms(coldFirst)} ms (aims: cold first toggle ≤ 60 ms on ~6,000 chars, warm ≤ 2× floor)\n`;
}

function bundleSizes(): string {
  const rows = [['bundle', 'bytes', 'KB']];
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  for (const file of walk(EXTENSION_DIR)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .sort()) {
    const size = statSync(file).size;
    rows.push([file.slice(EXTENSION_DIR.length + 1), String(size), (size / 1024).toFixed(1)]);
  }
  return `${table(rows)}\nalways-on script budget: content-scripts/detector.js ≤ 15 KB\n`;
}

async function browserStages(): Promise<string> {
  const h = await launch();
  try {
    const detectTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const f of nonReportFixtures()) {
        const { page } = await h.openFixture(f.name);
        const d = await page
          .waitForFunction(() => performance.getEntriesByName('portal-reader:detect')[0]?.duration, undefined, { timeout: 5000 })
          .then((x) => x.jsonValue() as Promise<number>);
        detectTimes.push(d);
        await page.close();
      }
    }
    const rows = [['report page', 'ready (ms)', 'Readability cold', 'warm', 'ready/cold']];
    const ratios: number[] = [];
    const readabilitySource = readFileSync(resolve('node_modules/@mozilla/readability/Readability.js'), 'utf8');
    for (const f of reportFixtures().slice(0, 8)) {
      const { page } = await h.openFixture(f.name);
      const ready = (await page
        .waitForFunction(() => performance.getEntriesByName('portal-reader:ready')[0]?.duration, undefined, { timeout: 10_000 })
        .then((x) => x.jsonValue())) as number;
      await page.addScriptTag({ content: `${readabilitySource}\nwindow.__Readability = Readability;` });
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
      rows.push([f.name, ms(ready), ms(rdb.cold), ms(rdb.warm), ratio(ready, rdb.cold)]);
      await page.close();
    }
    // The first toggle to Traditional: cold (no panel open before), and prepared (panel open first).
    const toggles: string[] = [];
    for (const prepared of [false, true]) {
      const xs: number[] = [];
      for (const name of ['a-ucap-000', 'b-cq-trs-000', 'd-ucap-002-s-skip']) {
        const { page, tabId } = await h.openFixture(name);
        await page.waitForFunction(() => performance.getEntriesByName('portal-reader:ready').length > 0);
        const panel = await h.openPanel(tabId);
        if (prepared) await panel.waitForTimeout(2000);
        await panel.evaluate(
          (id) => chrome.tabs.sendMessage(id, { type: 'pr:convert', view: 'traditional', standard: 'tw', quotes: false }),
          tabId,
        );
        xs.push(
          (await page
            .waitForFunction(() => performance.getEntriesByName('portal-reader:convert')[0]?.duration, undefined, { timeout: 30_000 })
            .then((x) => x.jsonValue())) as number,
        );
        await panel.close();
        await page.close();
      }
      toggles.push(
        `first toggle to Traditional, ${prepared ? 'panel open 2 s before (prepared)' : 'cold (converter injected and built on click)'}: median ${ms(median(xs))} ms (aim ≤ 60 ms)`,
      );
    }
    // Long tasks while a report is read: the reader yields between its stages.
    await h.context.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.startTime, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const longRows = [['page', 'ready (ms)', 'longest task after reading started (ms)']];
    const bigUrl = h.server.route('www.bench.gov.cn/big.html', syntheticReport(100_000));
    for (const url of [h.server.urlOf('a-ucap-000'), h.server.urlOf('b-trs-002-t'), bigUrl]) {
      const { page } = await h.openUrl(url);
      const ready = (await page
        .waitForFunction(() => performance.getEntriesByName('portal-reader:ready')[0]?.duration, undefined, { timeout: 30_000 })
        .then((x) => x.jsonValue())) as number;
      const longest = await page.evaluate(() => {
        const start = performance.getEntriesByName('portal-reader:read-start')[0]?.startTime ?? 0;
        const xs = (window as unknown as { __longTasks: number[] }).__longTasks;
        let max = 0;
        for (let i = 0; i < xs.length; i += 2) if (xs[i]! + xs[i + 1]! >= start) max = Math.max(max, xs[i + 1]!);
        return max;
      });
      longRows.push([url.replace(/^http:\/\//, '').slice(0, 40), ms(ready), longest ? ms(longest) : 'none > 50']);
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
      await page.waitForFunction(() => performance.getEntriesByName('portal-reader:ready').length > 0);
      const panel = await h.openPanel(tabId);
      await panel.getByRole('radio', { name: '繁體' }).click({ timeout: 10_000 });
      await page.waitForFunction(() => performance.getEntriesByName('portal-reader:convert').length > 0, undefined, { timeout: 30_000 });
      const withReader = await heap(page);
      const panelHeap = await heap(panel);
      memRows.push([name, alone.toFixed(1), withReader.toFixed(1), panelHeap.toFixed(1), (withReader - alone + panelHeap).toFixed(1)]);
      await panel.close();
      await page.close();
    }
    return [
      ...toggles,
      '',
      table(longRows),
      '',
      table(memRows),
      'budget: added ≤ 30 MB (JS heap after GC; the panel page counted whole)',
      '',
      `always-on script, "not a report" decision on ${nonReportFixtures().length} non-report pages ×3: median ${ms(median(detectTimes))} ms, max ${ms(Math.max(...detectTimes))} ms (budget ≤ 1 ms median)`,
      '',
      table(rows),
      `median ready/Readability (both cold) in Chromium: ${median(ratios).toFixed(2)}× (budget ≤ 2×)`,
    ].join('\n');
  } finally {
    await h.close();
  }
}

async function main() {
  const build = spawnSync(join('node_modules', '.bin', 'wxt'), ['build'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('the extension did not build');
  const cpu = cpus()[0];
  console.log(`# Portal Reader benchmark — ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpus().length} × ${cpu?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; median of ${ROUNDS} rounds\n`,
  );
  if (browserOnly) {
    console.log(await browserStages());
    return;
  }
  const list = pages();
  console.log('## Reading a report (Node, linkedom), ms\n');
  console.log(await nodeStages(list));
  console.log('## Script conversion, Simplified → Taiwan (Node, jsdom), ms\n');
  console.log(await conversionStages(list));
  try {
    const { worstCaseTable } = await import('./worst-case');
    console.log('## Adversarial 1 MB inputs: time ÷ a linear pass over the same input\n');
    console.log(await worstCaseTable());
  } catch (err) {
    console.log(`(worst-case table unavailable: ${String(err)})\n`);
  }
  console.log('## Library, 1,000 generated reports\n');
  console.log(await (await import('./bench/library')).libraryBench(withBrowser));
  console.log('## Built bundles\n');
  console.log(bundleSizes());
  if (withBrowser) {
    console.log('## In Chromium, built extension\n');
    console.log(await browserStages());
    console.log('## A report that is a file (PDF, in Chromium through the panel)\n');
    console.log(await (await import('./bench/attachments')).attachmentStages());
  }
}

await main();
