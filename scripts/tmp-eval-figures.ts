// THROWAWAY: evaluation of lib/figures.ts against tests/fixtures/seeds/*.figures.json. Delete when done.
import fs from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../lib/figures.ts';

interface Expected { text: string; value: number; unit: string; qualifier: string; label: string; valueMax?: number }
const seedDir = '/work/shared/seeds';
const fixDir = 'tests/fixtures/seeds';
const verbose = process.argv.includes('-v');
const norm = (s: string) => s.replace(/[“”"‘’'「」\s]/g, '');
let T = { tp: 0, fp: 0, fn: 0, lab: 0 };
for (const f of fs.readdirSync(seedDir).sort()) {
  const id = f.slice(0, 3);
  const fx = path.join(fixDir, `${id}.figures.json`);
  if (!fs.existsSync(fx)) continue;
  const expected: Expected[] = JSON.parse(fs.readFileSync(fx, 'utf8'));
  const paras = fs.readFileSync(path.join(seedDir, f), 'utf8').split(/\r?\n/);
  const t0 = performance.now();
  const got = extractFigures(paras, paras.map(() => ''));
  const ms = performance.now() - t0;
  // In-order matching by (text, value): greedy LCS-like walk.
  const used = new Set<number>();
  let j = 0;
  let tp = 0, lab = 0;
  const misses: Expected[] = [];
  const pairs: [Expected, (typeof got)[number]][] = [];
  for (const e of expected) {
    let k = j;
    while (k < got.length && !(got[k]!.text === e.text && Math.abs(got[k]!.value - e.value) < 1e-9)) k++;
    if (k < got.length) { used.add(k); j = k + 1; tp++; pairs.push([e, got[k]!]);
      const a = norm(e.label), b = norm(got[k]!.label);
      if (a && b && (a === b || a.includes(b) || b.includes(a))) lab++;
      else if (verbose || true) console.log(`  LABEL ${id} ${e.text}: want「${e.label}」 got「${got[k]!.label}」`);
      if (e.unit !== got[k]!.unit || e.qualifier !== got[k]!.qualifier) console.log(`  UNIT/QUAL ${id} ${e.text}: want ${e.unit}/${e.qualifier} got ${got[k]!.unit}/${got[k]!.qualifier}`);
    } else misses.push(e);
  }
  const fps = got.filter((_, k) => !used.has(k));
  for (const m of misses) console.log(`  MISS ${id} ${m.text} (${m.label})`);
  for (const g of fps) console.log(`  FP   ${id} ${g.text} [${g.label}] … ${g.sentence.slice(0, 60)}`);
  const P = tp / Math.max(1, got.length), R = tp / Math.max(1, expected.length), L = lab / Math.max(1, tp);
  console.log(`${id}: expected ${expected.length} got ${got.length} tp ${tp}  P ${P.toFixed(3)} R ${R.toFixed(3)} label ${L.toFixed(3)}  ${ms.toFixed(1)}ms`);
  T.tp += tp; T.fp += got.length - tp; T.fn += expected.length - tp; T.lab += lab;
}
console.log(`TOTAL: P ${(T.tp / (T.tp + T.fp)).toFixed(3)} R ${(T.tp / (T.tp + T.fn)).toFixed(3)} label ${(T.lab / T.tp).toFixed(3)}`);
