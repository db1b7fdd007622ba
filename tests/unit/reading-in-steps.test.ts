// @vitest-environment node
// The live page's reader sends the outline first and the figures a moment later:
// the two steps together give exactly the reading done in one go, on every fixture.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport, readReportInSteps, withFiguresInSteps } from '../../lib/core/model';
import { ReaderSession } from '../../lib/page/session';
import { loadPage } from '../../lib/node/page-file';
import { FIXTURE_DIR, fixtures } from '../support/fixtures';

const labels = { publisher: '发布机构', written: '成文日期', published: '发布日期', indexNo: '索引号', docNo: '文号', source: '来源' };
const noPause = () => Promise.resolve();
const load = (name: string, url: string) => loadPage(join(FIXTURE_DIR, `${name}.html`), url).document;

describe.each(fixtures().map((f) => [f.name, f] as const))('%s', (name, fixture) => {
  it('reads the outline first, then the figures, to the same model as one reading', async () => {
    const url = fixture.expected.url;
    const whole = readReport(load(name, url), url);
    const first = await readReportInSteps(load(name, url), url, noPause, {}, { deferFigures: true });
    const { figures, ...rest } = whole.model;
    if (whole.container) {
      expect(first.model).toEqual({ ...rest, figures: [], figuresPending: true });
    } else {
      // No body found: nothing to read figures from.
      expect(first.model.figures).toEqual([]);
    }
    const complete = await withFiguresInSteps(first, noPause);
    expect(complete.model).toEqual(whole.model);
    expect(complete.model.figures).toEqual(figures);
    expect(complete.blocks.map((b) => b.text)).toEqual(whole.blocks.map((b) => b.text));
  });
});

describe('the session reading figures after the outline', () => {
  const fixture = fixtures().find((f) => f.name === 'a-ucap-000')!;
  const url = fixture.expected.url;

  it('completes the model with the figures', async () => {
    const doc = load(fixture.name, url);
    const session = new ReaderSession(doc, url, labels, await readReportInSteps(doc, url, noPause, {}, { deferFigures: true }));
    expect(session.model.figuresPending).toBe(true);
    expect(await session.readFigures(noPause)).toBe(true);
    expect(session.model.figuresPending).toBeUndefined();
    expect(session.model.figures).toEqual(readReport(load(fixture.name, url), url).model.figures);
    expect(session.model.figures.length).toBeGreaterThan(10);
    // Nothing more to read.
    expect(await session.readFigures(noPause)).toBe(false);
  });

  it('leaves a reading made while the figures were read in place', async () => {
    const doc = load(fixture.name, url);
    const session = new ReaderSession(doc, url, labels, await readReportInSteps(doc, url, noPause, {}, { deferFigures: true }));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const figures = session.readFigures(() => held);
    await session.reread(`${url}#moved`, noPause);
    const reread = session.reading;
    release();
    expect(await figures).toBe(false);
    expect(session.reading).toBe(reread);
    expect(session.model.url).toBe(`${url}#moved`);
    expect(session.model.figures.length).toBeGreaterThan(10);
  });
});
