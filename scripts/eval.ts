// npm run eval: the figures of every report fixture against their hand-made
// lists (per-fixture and total precision, recall, lenient and strict label
// accuracy), then the real corpus when ../shared/corpus is there (eval-corpus.ts).
// --verbose lists every miss, extra and wrong label.
import { ratios, scoreFigures, type FigureScore } from '../lib/core/figure-match';
import { readReport } from '../lib/core/model';
import { loadPage } from '../lib/node/page-file';
import { reportFixtures } from '../tests/support/fixtures';
import { runCorpusSection } from './eval-corpus';

const verbose = process.argv.includes('--verbose');
const total = { expected: 0, predicted: 0, matched: 0, labelsRight: 0, strictRight: 0 };
const verdicts: Record<string, number> = {};
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
console.log('== Fixtures');
console.log(`${'fixture'.padEnd(36)} expected predicted  precision  recall  labels  strict`);
for (const fixture of reportFixtures()) {
  const expected = fixture.expected.figures;
  if (!expected) continue;
  const page = loadPage(fixture.file, fixture.expected.url);
  const { model } = readReport(page.document, page.url);
  const score: FigureScore = scoreFigures(model.figures, expected);
  const strict = scoreFigures(model.figures, expected, { labels: 'strict' });
  total.expected += score.expected;
  total.predicted += score.predicted;
  total.matched += score.matched;
  total.labelsRight += score.labelsRight;
  total.strictRight += strict.labelsRight;
  for (const w of strict.wrongLabels) verdicts[w.verdict] = (verdicts[w.verdict] ?? 0) + 1;
  const r = ratios(score);
  const strictAccuracy = ratios(strict).labelAccuracy;
  console.log(
    `${fixture.name.padEnd(36)} ${String(score.expected).padStart(8)} ${String(score.predicted).padStart(9)} ${pct(r.precision)}% ${pct(r.recall)}% ${pct(r.labelAccuracy)}% ${pct(strictAccuracy)}%`,
  );
  if (verbose) {
    for (const m of score.missed) console.log(`    missed  ${m.text}  (${m.label})`);
    for (const x of score.extra) console.log(`    extra   ${x.text}  (${x.label})`);
    for (const w of strict.wrongLabels) console.log(`    label ${w.verdict}  ${w.text}: got 「${w.got}」, expected 「${w.expected}」`);
  }
}
const r = ratios(total);
const strictAccuracy = ratios({ ...total, labelsRight: total.strictRight }).labelAccuracy;
console.log(
  `${'TOTAL'.padEnd(36)} ${String(total.expected).padStart(8)} ${String(total.predicted).padStart(9)} ${pct(r.precision)}% ${pct(r.recall)}% ${pct(r.labelAccuracy)}% ${pct(strictAccuracy)}%`,
);
console.log(
  `\nprecision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (aims 0.97), label accuracy ${r.labelAccuracy.toFixed(3)} lenient (aim 0.90), ${strictAccuracy.toFixed(3)} strict (aim 0.95)`,
);
const classes = Object.entries(verdicts).map(([v, n]) => `${v} ${n}`);
console.log(`wrong labels per class (strict): ${classes.length ? classes.join(', ') : 'none'}`);

runCorpusSection({ verbose });
