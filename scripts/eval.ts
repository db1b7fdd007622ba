// npm run eval: the figures of every report fixture against their hand-made
// lists: per-fixture and total precision, recall and label accuracy.
import { ratios, scoreFigures, type FigureScore } from '../lib/figure-match';
import { readReport } from '../lib/model';
import { loadPage } from '../lib/node/page-file';
import { reportFixtures } from '../tests/support/fixtures';

const verbose = process.argv.includes('--verbose');
const total = { expected: 0, predicted: 0, matched: 0, labelsRight: 0 };
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
console.log(`${'fixture'.padEnd(36)} expected predicted  precision  recall  labels`);
for (const fixture of reportFixtures()) {
  const expected = fixture.expected.figures;
  if (!expected) continue;
  const page = loadPage(fixture.file, fixture.expected.url);
  const { model } = readReport(page.document, page.url);
  const score: FigureScore = scoreFigures(model.figures, expected);
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += score[k];
  const r = ratios(score);
  console.log(
    `${fixture.name.padEnd(36)} ${String(score.expected).padStart(8)} ${String(score.predicted).padStart(9)} ${pct(r.precision)}% ${pct(r.recall)}% ${pct(r.labelAccuracy)}%`,
  );
  if (verbose) {
    for (const m of score.missed) console.log(`    missed  ${m.text}  (${m.label})`);
    for (const x of score.extra) console.log(`    extra   ${x.text}  (${x.label})`);
    for (const w of score.wrongLabels) console.log(`    label   ${w.text}: got 「${w.got}」, expected 「${w.expected}」`);
  }
}
const r = ratios(total);
console.log(
  `${'TOTAL'.padEnd(36)} ${String(total.expected).padStart(8)} ${String(total.predicted).padStart(9)} ${pct(r.precision)}% ${pct(r.recall)}% ${pct(r.labelAccuracy)}%`,
);
console.log(
  `\nprecision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, label accuracy ${r.labelAccuracy.toFixed(3)} (aims: 0.97, 0.97, 0.90)`,
);
