// Throwaway: timings of the script conversion on a ~6,000-character report page.
// npx tsx scripts/tmp-bench-convert.ts [jsdom|linkedom] [batch|nobatch]
import { readFileSync } from 'node:fs';

const dom = process.argv[2] ?? 'jsdom';
const batch = (process.argv[3] ?? 'batch') === 'batch';
const seed = readFileSync('../shared/seeds/000_fbd0745f82ad9ee9.txt', 'utf8');

function pageHtml(): string {
  const lines = seed.split('\n').filter((l) => l.trim());
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Lines as paragraphs; numbers wrapped in <span> as portals do; a nav, a sidebar and a footer.
  const body = lines
    .map((l, i) => `<p style="text-indent:2em"${i % 9 === 0 ? ' title="段落"' : ''}>${esc(l).replace(/(\d+(?:\.\d+)?)/g, '<span>$1</span>')}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>法治政府建设年度报告</title>
<script>var a = "这里";</script><style>p{margin:0}</style></head><body>
<div class="nav"><a href="/" title="首页">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设年度报告</div>
<div class="side"><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="#${i}">栏目${i}：政策解读与信息公开</a></li>`).join('')}</ul></div>
<div class="article"><h1>法治政府建设年度报告</h1>${body}</div>
<div class="footer">主办单位：人民政府办公室 网站标识码 bm01000001 <img src="x.png" alt="党政机关"></div></body></html>`;
}

async function makeDocument(): Promise<Document> {
  if (dom === 'linkedom') {
    const { parseHTML } = await import('linkedom');
    const { document, window } = parseHTML(pageHtml());
    (globalThis as Record<string, unknown>).Node = (window as unknown as { Node: unknown }).Node;
    return document as unknown as Document;
  }
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM(pageHtml());
  (globalThis as Record<string, unknown>).Node = window.Node;
  return window.document;
}


if (dom === 'chromium') {
  const esbuild = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const entry = `
    import { loadConverter } from './lib/convert.ts';
    import { createPageConverter } from './lib/convert-page.ts';
    import { ConverterBuilder, HTMLConverter } from 'opencc-js/core';
    const t = () => performance.now();
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    window.bench = async (batch) => {
      const r = {};
      const doc = document;
      let t0 = t();
      const tw = await loadConverter('simplified', 'tw');
      r.loadConverter = t() - t0;
      const pc = createPageConverter(doc, tw, { batch });
      pc.observe();
      t0 = t(); pc.applySync(); r.firstApply = t() - t0;
      r.coldToggle = r.loadConverter + r.firstApply;
      // Chromium's clock ticks in 0.1 ms here: time many rounds together.
      const N = 200;
      let restoreSum = 0, applySum = 0;
      for (let k = 0; k < N; k++) {
        const a = t(); pc.restore(); const b = t(); pc.applySync(); const c = t();
        restoreSum += b - a; applySum += c - b;
      }
      pc.restore();
      let sink = 0;
      const f0 = t();
      for (let k = 0; k < N; k++) {
        (function walk(n) { for (let c = n.firstChild; c; c = c.nextSibling) { if (c.nodeType === 3) sink += c.data.length; else if (c.nodeType === 1) walk(c); } })(doc.documentElement);
      }
      const floorAvg = (t() - f0) / N;
      // The floor with writes: read every text node and write it back changed and unchanged.
      const nodes = [];
      (function walk(n) { for (let c = n.firstChild; c; c = c.nextSibling) { if (c.nodeType === 3) nodes.push(c); else if (c.nodeType === 1) walk(c); } })(doc.body);
      const origs = nodes.map((n) => n.data);
      const convs = origs.map((x) => tw(x));
      let writeSum = 0;
      for (let k = 0; k < N; k++) {
        const a = t();
        (function walk(n) { for (let c = n.firstChild; c; c = c.nextSibling) { if (c.nodeType === 3) sink += c.data.length; else if (c.nodeType === 1) walk(c); } })(doc.documentElement);
        for (let j = 0; j < nodes.length; j++) if (convs[j] !== origs[j]) nodes[j].data = convs[j];
        writeSum += t() - a;
        for (let j = 0; j < nodes.length; j++) nodes[j].data = origs[j];
      }
      Object.assign(r, { warmRestore: restoreSum / N, warmApply: applySum / N, floor: floorAvg, floorWithWrites: writeSum / N });
      r.warmApplyOverFloor = r.warmApply / r.floor;
      r.warmApplyOverFloorWithWrites = r.warmApply / r.floorWithWrites;
      r.walks = pc.stats.walks;
      const pc3 = createPageConverter(doc, tw, { batch });
      t0 = t(); await pc3.prepare(); r.prepare = t() - t0;
      t0 = t(); pc3.applySync(); r.applyAfterPrepare = t() - t0; pc3.restore();
      t0 = t();
      const cn2t = await import('opencc-js/preset/cn2t');
      const opencc = ConverterBuilder(cn2t)({ from: 'cn', to: 'tw' });
      r.openccBuild = t() - t0;
      const hc = HTMLConverter(opencc, doc.documentElement, 'zh-CN', 'zh-TW');
      t0 = t(); hc.convert(); r.htmlConverterFirst = t() - t0;
      r.htmlConverterConverted = doc.title === '法治政府建設年度報告';
      const hcs = [];
      for (let k = 0; k < 20; k++) { hc.restore(); const a = t(); hc.convert(); hcs.push(t() - a); }
      hc.restore();
      r.htmlConverterWarm = median(hcs);
      const text = doc.body.textContent;
      const ours = [], theirs = [];
      for (let k = 0; k < 20; k++) { const s = text + k; const a = t(); tw(s); const b = t(); opencc(s); ours.push(b - a); theirs.push(t() - b); }
      r.stringOurs = median(ours); r.stringOpencc = median(theirs);
      r.sink = sink > 0;
      return r;
    };`;
  const built = await esbuild.build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120',
  });
  const code = built.outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const b of [true, false]) {
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage();
      await page.setContent(pageHtml());
      const evalMs = await page.evaluate((c) => { const t0 = performance.now(); (0, eval)(c); return performance.now() - t0; }, code);
      const r = await page.evaluate((batchArg) => (window as unknown as { bench: (b: boolean) => Promise<Record<string, number>> }).bench(batchArg), b);
      const out: Record<string, unknown> = { dom, batch: b, bundleKB: Math.round(code.length / 1024), evalBundleMs: +evalMs.toFixed(1) };
      for (const [k, v] of Object.entries(r)) out[k] = typeof v === 'number' ? +v.toFixed(2) : v;
      console.log(JSON.stringify(out));
      await page.close();
    }
  }
  await browser.close();
  process.exit(0);
}

const t = (): number => performance.now();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number): string => x.toFixed(2);

const doc = await makeDocument();
const chars = (doc.body.textContent ?? '').length;
let textNodes = 0;
(function count(n: Node): void {
  for (let c = n.firstChild; c; c = c.nextSibling) c.nodeType === 3 ? textNodes++ : count(c);
})(doc.body);

// 1. Cold: import the dictionaries (module load; inflated under tsx, see the plain-node figure), build the converter.
const convertMod = await import('../lib/convert.ts');
const pageMod = await import('../lib/convert-page.ts');
const t0 = t();
await import('opencc-js/preset/cn2t');
const t1 = t();
const tw = await convertMod.loadConverter('simplified', 'tw');
const t2 = t();
const t3 = t2;

// 2. First apply (cold JIT, cold dictionaries, cold cache).
const pc = pageMod.createPageConverter(doc, tw, { batch });
if (process.argv[4] === 'observe') pc.observe();
const a0 = t();
pc.applySync();
const a1 = t();
const firstCalls = pc.stats.convertCalls;

// 3. Warm toggles: restore, then apply again.
const restores: number[] = [];
const applies: number[] = [];
for (let k = 0; k < 30; k++) {
  const r0 = t();
  pc.restore();
  const r1 = t();
  pc.applySync();
  const r2 = t();
  restores.push(r1 - r0);
  applies.push(r2 - r1);
}
pc.restore();

// 4. The floor: a walk reading every text node's data.
const floors: number[] = [];
let sink = 0;
for (let k = 0; k < 30; k++) {
  const f0 = t();
  (function walk(n: Node): void {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) sink += (c as Text).data.length;
      else if (c.nodeType === 1) walk(c);
    }
  })(doc.documentElement);
  floors.push(t() - f0);
}

// 4b. The floor with writes: the walk, plus writing every changed text node (precomputed), then back.
const allText: Text[] = [];
(function gather(n: Node): void {
  for (let c = n.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) allText.push(c as Text);
    else if (c.nodeType === 1 && !['SCRIPT', 'STYLE'].includes((c as Element).tagName)) gather(c);
  }
})(doc.documentElement);
const origs = allText.map((n) => n.data);
const convs = origs.map((x) => tw(x));
const writeFloors: number[] = [];
for (let k = 0; k < 30; k++) {
  const f0 = t();
  (function walk(n: Node): void {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) sink += (c as Text).data.length;
      else if (c.nodeType === 1) walk(c);
    }
  })(doc.documentElement);
  for (let j = 0; j < allText.length; j++) if (convs[j] !== origs[j]) allText[j]!.data = convs[j]!;
  writeFloors.push(t() - f0);
  for (let j = 0; j < allText.length; j++) allText[j]!.data = origs[j]!;
}

// 5. A fresh page converter with a warm engine but an empty cache (a second page, same target).
const pc2 = pageMod.createPageConverter(doc, tw, { batch });
const w0 = t();
pc2.applySync();
const warmEngineApply = t() - w0;
pc2.restore();

// 5b. Prepared ahead (prepare() when the report is detected), then the reader's first toggle.
const pc3 = pageMod.createPageConverter(doc, tw, { batch });
const p0 = t();
await pc3.prepare();
const p1 = t();
pc3.applySync();
const p2 = t();
pc3.restore();

// 6. opencc-js's own: build its converter, HTMLConverter convert / restore.
const o0 = t();
const { ConverterBuilder, HTMLConverter } = await import('opencc-js/core');
const cn2t = await import('opencc-js/preset/cn2t');
const o1 = t();
const opencc = ConverterBuilder(cn2t)({ from: 'cn', to: 'tw' });
const o2 = t();
const hc = HTMLConverter(opencc, doc.documentElement as HTMLElement, 'zh-CN', 'zh-TW');
const h0 = t();
hc.convert();
const h1 = t();
const htmlConverterConverted = doc.title === '法治政府建設年度報告';
const hcRestores: number[] = [];
const hcConverts: number[] = [];
for (let k = 0; k < 10; k++) {
  const x0 = t();
  hc.restore();
  const x1 = t();
  hc.convert();
  hcConverts.push(t() - x1);
  hcRestores.push(x1 - x0);
}
hc.restore();

// 7. Plain string conversion of the page text: our engine vs opencc-js, warm.
const text = doc.body.textContent ?? '';
const ours: number[] = [];
const theirs: number[] = [];
for (let k = 0; k < 20; k++) {
  const s = text + k;
  const c0 = t();
  tw(s);
  const c1 = t();
  opencc(s);
  ours.push(c1 - c0);
  theirs.push(t() - c1);
}

console.log(
  JSON.stringify({
    dom,
    batch,
    chars,
    textNodes,
    importPreset: fmt(t1 - t0),
    buildConverter: fmt(t2 - t1),
    firstApply: fmt(a1 - a0),
    firstApplyConvertCalls: firstCalls,
    observe: process.argv[4] === 'observe',
    walks: pc.stats.walks,
    coldToggleAfterImport: fmt(t2 - t1 + (a1 - a0)),
    warmRestore: fmt(median(restores)),
    warmApply: fmt(median(applies)),
    warmApplyMin: fmt(Math.min(...applies)),
    floorMin: fmt(Math.min(...floors)),
    floor: fmt(median(floors)),
    warmApplyOverFloor: (median(applies) / median(floors)).toFixed(2),
    floorWithWrites: fmt(median(writeFloors)),
    warmApplyOverFloorWithWrites: (median(applies) / median(writeFloors)).toFixed(2),
    warmEngineNewPageApply: fmt(warmEngineApply),
    prepare: fmt(p1 - p0),
    applyAfterPrepare: fmt(p2 - p1),
    openccImport: fmt(o1 - o0),
    openccBuild: fmt(o2 - o1),
    htmlConverterFirst: fmt(h1 - h0),
    htmlConverterConverted,
    htmlConverterWarm: fmt(median(hcConverts)),
    htmlConverterRestore: fmt(median(hcRestores)),
    stringOurs: fmt(median(ours)),
    stringOpencc: fmt(median(theirs)),
    sink: sink > 0,
  }),
);
