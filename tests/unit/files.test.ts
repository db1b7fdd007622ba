// A report that is a file reads as the same report on its page: the PDFs printed
// from fixture pages by Chromium, the DOCX files and the OFDs (tests/fixtures/files,
// made by scripts/fixtures/files.ts) give the page's title, outline and figures,
// with the page of the file each heading and figure is on.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport, type ReportModel } from '../../lib/core/model';
import { loadPage } from '../../lib/node/page-file';
import { readFileTextAt, readReportFile } from '../../lib/node/report-file';
import { FIXTURE_DIR } from '../support/fixtures';
import { reportFiles } from '../support/report-files';

const pageModel = (name: string): ReportModel => {
  const page = loadPage(join(FIXTURE_DIR, `${name}.html`));
  return readReport(page.document, page.url).model;
};
const outline = (m: ReportModel) => m.outline.map(({ level, marker, title, appendix }) => ({ level, marker, title, appendix }));
const figures = (m: ReportModel) =>
  m.figures.map(({ text, value, valueMax, unit, qualifier, label, section, kind }) => ({
    text,
    value,
    valueMax,
    unit,
    qualifier,
    label,
    section,
    kind,
  }));

describe('report files read like their pages', { timeout: 60_000 }, () => {
  for (const { page, file, kind } of reportFiles()) {
    it(`${page}.${kind}: the page's title, outline and figures`, async () => {
      const want = pageModel(page);
      const { model, pages } = await readReportFile(file);
      expect(model.isReport).toBe(true);
      expect(model.title).toBe(want.title);
      expect(model.script).toBe(want.script);
      expect(outline(model)).toEqual(outline(want));
      expect(figures(model)).toEqual(figures(want));
      expect(model.required.map((r) => r.found)).toEqual(want.required.map((r) => r.found));
      if (kind === 'docx') {
        expect(model.figures.every((f) => f.page === undefined)).toBe(true);
        return;
      }
      // Several pages; each heading and figure on one of them, in reading order.
      expect(pages).toBeGreaterThan(2);
      const onPages = [...model.outline, ...model.figures].sort((a, b) => a.block - b.block).map((x) => x.page!);
      expect(onPages.every((p) => p >= 1 && p <= pages)).toBe(true);
      expect(onPages).toEqual([...onPages].sort((a, b) => a - b));
      expect(model.outline[0]!.page).toBe(1);
      expect(model.outline.at(-1)!.page).toBeGreaterThan(1);
    });
  }

  it('leaves out running heads and page numbers, and a line break inside a sentence', async () => {
    const pdf = await readFileTextAt(reportFiles().find((f) => f.kind === 'pdf')!.file);
    const texts = pdf.paragraphs.map((p) => p.text);
    expect(texts.some((t) => /^[—-]\s*\d+\s*[—-]$/.test(t))).toBe(false);
    expect(texts.filter((t) => t === pdf.title)).toEqual([]);
    // Every body paragraph of the page is one paragraph of the file.
    const page = pageModel('b-trs-004');
    expect(texts).toEqual(page.text.split('\n\n'));
    expect(pdf.paragraphs.filter((p) => p.heading).map((p) => p.text.slice(0, 2))).toContain('一、');
  });
});
