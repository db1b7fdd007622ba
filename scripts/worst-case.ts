// Worst-case timings: detect, readReport, buildOutline and extractFigures on
// 1 MB inputs built to hurt regular expressions and loops (tests/support/adversarial.ts),
// each as a multiple of a linear pass over the same input (a plain loop over
// every character of the page source). A super-linear step shows as a multiple
// far above the "ordinary" row, and as a doubling factor near 4 (the time at
// 1 MB over the time at 0.5 MB; linear work doubles, quadratic work quadruples).
//
//   npx tsx scripts/worst-case.ts            the table
//   import { worstCaseTable } from './worst-case'   (npm run bench)

import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readBlocks } from '../lib/core/blocks';
import { detect } from '../lib/core/detect';
import { extractFigures } from '../lib/core/figures';
import { readReport } from '../lib/core/model';
import { parsePage } from '../lib/node/page-file';
import { buildOutline } from '../lib/core/outline';
import type { Block } from '../lib/core/types';
import { adversarialInputs, MB, type Adversarial } from '../tests/support/adversarial';

const URL = 'https://www.example.gov.cn/art/2024/3/1/art_1_1.html';
const STEPS = ['detect', 'readReport', 'buildOutline', 'extractFigures'] as const;
type Step = (typeof STEPS)[number];

export interface WorstCaseRow {
  name: string;
  what: string;
  /** Characters of the page source. */
  chars: number;
  /** Milliseconds of the linear pass. */
  linearMs: number;
  /** Milliseconds of each step. */
  ms: Record<Step, number>;
  /** Each step's time over the linear pass. */
  multiple: Record<Step, number>;
  /** Time of the four steps at full size over their time at half size (2 = linear, 4 = quadratic). */
  doubling: number;
}

/** The baseline: one plain loop over every character. */
function linearPass(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

let sink = 0;

/**
 * A full garbage collection between measurements: with 27 inputs of 1 MB run back
 * to back, collecting one input's pages otherwise lands in the next one's timing
 * (a doubling factor of 3–4 on inputs that measure 1.8–2.0 alone).
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return gc ?? (() => {});
})();

/** Best time of `runs` calls, in ms (at least `minMs` in total for very fast calls). */
function time(fn: () => unknown, runs: number, minMs = 0): number {
  let best = Infinity;
  let total = 0;
  let n = 0;
  while (n < runs || total < minMs) {
    const t0 = performance.now();
    const r = fn();
    const dt = performance.now() - t0;
    if (typeof r === 'number') sink ^= r;
    best = Math.min(best, dt);
    total += dt;
    n++;
  }
  return best;
}

function linearMs(s: string): number {
  // Fast and noisy: the best of enough calls to fill 50 ms.
  let best = Infinity;
  const t0 = performance.now();
  for (let n = 0; n < 5 || performance.now() - t0 < 50; n++) {
    const t = performance.now();
    sink ^= linearPass(s);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function asBlocks(lines: readonly string[]): Block[] {
  return lines.map((text) => ({ text, tag: 'p', bold: false, boldLead: 0, centered: false, heading: false }));
}

function stepTimes(input: Adversarial, runs: number): Record<Step, number> {
  collectGarbage();
  const doc = parsePage(input.html);
  const blocks = input.lines ? asBlocks(input.lines) : doc.body ? readBlocks(doc.body).blocks : [];
  const texts = blocks.map((b) => b.text);
  const paths = texts.map(() => '');
  return {
    detect: time(() => detect(doc, URL), runs),
    // readReport does not change the document: the same one can be read again.
    readReport: time(() => readReport(doc, URL), runs),
    buildOutline: time(() => buildOutline(blocks, ''), runs),
    extractFigures: time(() => extractFigures(texts, paths), runs),
  };
}

export function worstCaseRows(bytes = MB, runs = 3): WorstCaseRow[] {
  // Warm the JIT on an ordinary page first.
  const warm = adversarialInputs(bytes / 20);
  for (const input of warm) {
    linearMs(input.html);
    stepTimes(input, 1);
  }
  const half = new Map(adversarialInputs(bytes / 2).map((i) => [i.name, i]));
  const rows: WorstCaseRow[] = [];
  for (const input of adversarialInputs(bytes)) {
    const base = linearMs(input.html);
    const ms = stepTimes(input, runs);
    const halfMs = stepTimes(half.get(input.name)!, runs);
    const multiple = Object.fromEntries(STEPS.map((s) => [s, ms[s] / base])) as Record<Step, number>;
    // All four steps together: one step of a few milliseconds is too noisy to compare across sizes.
    const total = (t: Record<Step, number>) => STEPS.reduce((sum, s) => sum + t[s], 0);
    const doubling = total(ms) / Math.max(total(halfMs), 0.01);
    rows.push({ name: input.name, what: input.what, chars: input.html.length, linearMs: base, ms, multiple, doubling });
  }
  return rows;
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

export function formatRows(rows: readonly WorstCaseRow[], bytes = MB): string {
  const head = ['input', 'chars', 'linear ms', ...STEPS.map((s) => `${s} ×`), 'doubling', 'what'];
  const body = rows.map((r) => [
    r.name,
    String(r.chars),
    r.linearMs.toFixed(2),
    ...STEPS.map((s) => `${r.multiple[s].toFixed(1)} (${r.ms[s].toFixed(0)} ms)`),
    r.doubling.toFixed(1),
    r.what,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i > 0 && i < cells.length - 1)).join('  ');
  const worst = Math.max(...rows.flatMap((r) => STEPS.map((s) => r.multiple[s])));
  const worstDoubling = Math.max(...rows.map((r) => r.doubling));
  return [
    `Worst-case inputs (about ${bytes / MB} MB of text each): time of each step as a multiple of one linear pass over the page source`,
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    `largest multiple: ${worst.toFixed(1)}×; largest doubling factor: ${worstDoubling.toFixed(1)} (2 = linear, 4 = quadratic)`,
  ].join('\n');
}

export function worstCaseTable(bytes = MB): string {
  return formatRows(worstCaseRows(bytes), bytes);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv.find((a) => a.startsWith('--bytes='));
  console.log(worstCaseTable(arg ? Number(arg.slice(8)) : MB));
  if (sink === 0.5) console.log(''); // keep the baseline loop from being optimised away
}
