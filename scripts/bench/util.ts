// What the benchmark's sections share: timing, formatting, the pages measured,
// and the figures the closing summary line reports.
import { readFileSync } from 'node:fs';
import { decodePage } from '../../lib/core/charset';
import { readReport } from '../../lib/core/model';
import { parsePage } from '../../lib/node/page-file';
import { reportFixtures } from '../../tests/support/fixtures';
import { seedText } from '../../tests/support/seeds';

export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}

export function time(fn: () => void, rounds = ROUNDS): number {
  fn(); // warm the JIT
  const xs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

export const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 1 ? 3 : x < 10 ? 2 : 1) : '—');
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/** A synthetic large report: the seed reports repeated under one portal page. */
export function syntheticReport(chars: number): string {
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

export interface Page {
  name: string;
  html: string;
  url: string;
  chars: number;
}

/** The report fixtures (not the GBK copies) and the synthetic 100,000-character report. */
export function pages(): Page[] {
  const fixtures = reportFixtures()
    .filter((f) => !f.name.endsWith('.gbk'))
    .map((f) => ({ name: f.name, html: decodePage(readFileSync(f.file)).text, url: f.expected.url, chars: 0 }));
  const big = syntheticReport(100_000);
  return [...fixtures, { name: 'synthetic-100k', html: big, url: 'https://www.example.gov.cn/big.html', chars: 0 }].map((p) => {
    const { model } = readReport(parsePage(p.html), p.url);
    return { ...p, chars: model.text.replace(/\s/g, '').length };
  });
}

/** The floor for a toggle: a bare read-only pass over every text node. */
export function textNodeWalk(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n += (node as Text).data.length;
  return n;
}

/** The figures of the closing `bench summary:` line, filled in by the sections that measure them. */
export const summary = {
  'detector-cold-ms': NaN,
  'ready-vs-readability': NaN,
  'toggle-cold-ms': NaN,
  'toggle-warm-vs-floor': NaN,
  'toggle-cold-vs-simplecc': NaN,
  'longest-task-100k-ms': NaN,
};

export function summaryLine(): string {
  const fmt = (x: number) => (Number.isFinite(x) ? String(Number(x.toFixed(x < 10 ? 2 : 1))) : 'NA');
  return `bench summary: ${Object.entries(summary)
    .map(([k, v]) => `${k}=${fmt(v)}`)
    .join(' ')}`;
}
