// Every fixture page against its hand-written expectations.
import { describe, expect, it } from 'vitest';
import { ratios, scoreFigures } from '../../lib/core/figure-match';
import { emptyMeta } from '../../lib/core/meta';
import { readReport } from '../../lib/core/model';
import { loadPage } from '../../lib/node/page-file';
import { fixtures } from '../support/fixtures';

const BOILERPLATE_LINES =
  /扫一扫|掃一掃|分享到|责任编辑|責任編輯|ICP备|ICP備|公网安备|公網安備|版权所有|版權所有|网站地图|網站地圖|打印本页|关闭窗口|字体：大|【字体|更换或升级浏览器|您当前的位置|您當前的位置|当前位置：|初审|初審/;

const all = fixtures();

// Where each seed report gives the leaders' duty (required content 3): docs/report-model.md §5.
const CONTENT3: Record<string, string | null> = { '000': 'part', '001': 'subsection', '002': 'sentence', '003': null, '004': 'sentence' };
const isExcerpt = (notes = '') => /excerpt|section 一 of seed/i.test(notes);

describe('fixture corpus', () => {
  it('holds at least 15 report pages and 6 other pages', () => {
    expect(all.filter((f) => f.expected.isReport).length).toBeGreaterThanOrEqual(15);
    expect(all.filter((f) => !f.expected.isReport).length).toBeGreaterThanOrEqual(6);
  });
});

describe.each(all.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const { expected } = fixture;
  const page = loadPage(fixture.file, expected.url);
  const { model } = readReport(page.document, page.url);

  it(`is ${expected.isReport ? '' : 'not '}taken for a report, with reasons`, () => {
    expect(model.isReport, model.reasons.join('; ')).toBe(expected.isReport);
    expect(model.reasons.length).toBeGreaterThan(0);
  });

  if (!expected.isReport) return;

  it('has the article title and the citation metadata', () => {
    expect(model.title).toBe(expected.title);
    // Every field exactly: one the page does not give is "" (no date shown, no name guessed).
    expect(model.meta).toEqual({ ...emptyMeta(), ...expected.meta });
  });

  it('is read in the right script', () => {
    if (expected.script) expect(model.script).toBe(expected.script);
  });

  it('has the hand-written outline and numbering problems', () => {
    expect(
      model.outline.map(({ level, marker, title, appendix }) => ({ level, marker, title, ...(appendix ? { appendix } : {}) })),
    ).toEqual(expected.outline);
    expect(model.outlineProblems.map(({ kind, marker }) => ({ kind, marker }))).toEqual(expected.outlineProblems ?? []);
  });

  it('keeps the report text and leaves the boilerplate out', () => {
    for (const entry of expected.outline ?? []) expect(model.text).toContain(entry.title);
    const bad = model.text.split('\n\n').filter((p) => p.length < 200 && BOILERPLATE_LINES.test(p));
    expect(bad).toEqual([]);
  });

  it('finds the required contents where the seed report gives them', () => {
    if (!expected.seed || isExcerpt(expected.notes)) return;
    const where = model.required.map((f) => f.where);
    expect(where.slice(0, 2)).toEqual(['part', 'part']);
    expect(where[2]).toBe(CONTENT3[expected.seed]);
    expect(where[3]).toBe('part');
  });

  it('says whether it was published on time', () => {
    const year = Number(/(\d{4})年/.exec(expected.title)?.[1] ?? NaN);
    const published = expected.meta?.published;
    if (!published) expect(model.onTime.status).toBe('unknown');
    else expect(model.onTime).toMatchObject({ year, published, status: published < `${year + 1}-04-01` ? 'on-time' : 'late' });
  });

  it('finds the hand-listed figures', () => {
    if (!expected.figures) return;
    const score = scoreFigures(model.figures, expected.figures);
    const r = ratios(score);
    expect(r.recall, `missed: ${score.missed.map((m) => m.text).join(' ')}`).toBeGreaterThanOrEqual(0.97);
    expect(r.precision, `extra: ${score.extra.map((m) => m.text).join(' ')}`).toBeGreaterThanOrEqual(0.97);
    expect(r.labelAccuracy, score.wrongLabels.map((w) => `${w.text}: ${w.got} ≠ ${w.expected}`).join('; ')).toBeGreaterThanOrEqual(0.9);
    // Figures of an appendix after the sign-off are marked as such, and only they.
    const inAppendix = (list: readonly { text: string; appendix?: boolean }[]) =>
      list
        .filter((f) => f.appendix)
        .map((f) => f.text)
        .sort();
    expect(inAppendix(model.figures)).toEqual(inAppendix(expected.figures));
    // Every figure is found at its place in its paragraph, so the page can scroll to it.
    for (const f of model.figures) expect(model.text.split('\n\n')[f.block]!.slice(f.start, f.start + f.text.length)).toBe(f.text);
  });
});
