// Scoring extracted figures against a hand-made list: precision, recall and label
// accuracy. Used by the unit tests and by `npm run eval`.

export interface ComparableFigure {
  text: string;
  value: number;
  label: string;
}

export interface FigureScore {
  expected: number;
  predicted: number;
  matched: number;
  labelsRight: number;
  missed: ComparableFigure[];
  extra: ComparableFigure[];
  wrongLabels: { expected: string; got: string; text: string }[];
}

const squeeze = (s: string) => s.replace(/[\s"“”‘’「」『』'，,、。：:（）()]/g, '');

/** A label is right when it names the same thing: equal, or one holds the other. */
export function labelMatches(got: string, expected: string): boolean {
  const a = squeeze(got);
  const b = squeeze(expected);
  if (a === b) return true;
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.includes(short);
}

function sameFigure(a: ComparableFigure, b: ComparableFigure): boolean {
  return squeeze(a.text) === squeeze(b.text) && Math.abs(a.value - b.value) < 1e-6 * Math.max(1, Math.abs(b.value));
}

/** Matches in document order: each expected figure takes the next unused predicted one that is the same. */
export function scoreFigures(predicted: readonly ComparableFigure[], expected: readonly ComparableFigure[]): FigureScore {
  const used = new Array<boolean>(predicted.length).fill(false);
  const score: FigureScore = {
    expected: expected.length,
    predicted: predicted.length,
    matched: 0,
    labelsRight: 0,
    missed: [],
    extra: [],
    wrongLabels: [],
  };
  let cursor = 0;
  for (const exp of expected) {
    let found = -1;
    for (let i = cursor; i < predicted.length && found < 0; i++) if (!used[i] && sameFigure(predicted[i]!, exp)) found = i;
    for (let i = 0; i < cursor && found < 0; i++) if (!used[i] && sameFigure(predicted[i]!, exp)) found = i;
    if (found < 0) {
      score.missed.push(exp);
      continue;
    }
    used[found] = true;
    cursor = found + 1;
    score.matched++;
    const got = predicted[found]!;
    if (labelMatches(got.label, exp.label)) score.labelsRight++;
    else score.wrongLabels.push({ expected: exp.label, got: got.label, text: exp.text });
  }
  predicted.forEach((p, i) => {
    if (!used[i]) score.extra.push(p);
  });
  return score;
}

export function ratios(s: Pick<FigureScore, 'expected' | 'predicted' | 'matched' | 'labelsRight'>) {
  return {
    precision: s.predicted ? s.matched / s.predicted : s.expected ? 0 : 1,
    recall: s.expected ? s.matched / s.expected : 1,
    labelAccuracy: s.matched ? s.labelsRight / s.matched : 1,
  };
}
