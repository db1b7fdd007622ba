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
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治政府建设年度报告</title>
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

// 5. A fresh page converter with a warm engine but an empty cache (a second page, same target).
const pc2 = pageMod.createPageConverter(doc, tw, { batch });
const w0 = t();
pc2.applySync();
const warmEngineApply = t() - w0;
pc2.restore();

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
    coldToggleAfterImport: fmt(t2 - t1 + (a1 - a0)),
    warmRestore: fmt(median(restores)),
    warmApply: fmt(median(applies)),
    warmApplyMin: fmt(Math.min(...applies)),
    floorMin: fmt(Math.min(...floors)),
    floor: fmt(median(floors)),
    warmApplyOverFloor: (median(applies) / median(floors)).toFixed(2),
    warmEngineNewPageApply: fmt(warmEngineApply),
    openccImport: fmt(o1 - o0),
    openccBuild: fmt(o2 - o1),
    htmlConverterFirst: fmt(h1 - h0),
    htmlConverterWarm: fmt(median(hcConverts)),
    htmlConverterRestore: fmt(median(hcRestores)),
    stringOurs: fmt(median(ours)),
    stringOpencc: fmt(median(theirs)),
    sink: sink > 0,
  }),
);
