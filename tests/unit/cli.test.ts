// The command-line reader as a researcher runs it on saved pages.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../support/fixtures';

const root = resolve(import.meta.dirname, '../..');
const extract = (...args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/extract.ts'), ...args], { encoding: 'utf8', cwd: root });
const page = (name: string) => join(FIXTURE_DIR, `${name}.html`);

describe('npm run extract', { timeout: 60_000 }, () => {
  it('prints the model of one page as JSON with the documented fields', () => {
    const r = extract(page('b-trs-004'));
    expect(r.status).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(Object.keys(model)).toEqual(
      expect.arrayContaining([
        'file',
        'isReport',
        'score',
        'reasons',
        'title',
        'meta',
        'script',
        'outline',
        'outlineProblems',
        'figures',
        'text',
        'required',
        'onTime',
      ]),
    );
    expect(model.title).toBe('关于2022年法治政府建设情况的报告');
    expect(model.outline[0]).toEqual({ level: 1, marker: '一、', title: '指导思想' });
    expect(Object.keys(model.figures[0]).sort()).toEqual(
      ['kind', 'label', 'qualifier', 'relation', 'section', 'sentence', 'text', 'unit', 'value'].sort(),
    );
    expect(model.onTime.status).toBe('late');
  });

  it('prints an array for several pages; a bad file gets one line on stderr, the others still print', () => {
    const r = extract(page('b-trs-004'), join(FIXTURE_DIR, 'no-such-page.html'), page('b-cq-notice'));
    expect(r.status).toBe(1);
    const models = JSON.parse(r.stdout);
    expect(models.map((m: { isReport: boolean }) => m.isReport)).toEqual([true, false]);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('extract:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('no-such-page.html');
  });

  it('prints the figures table as TSV, CSV and Markdown', () => {
    const tsv = extract('--format', 'tsv', page('b-trs-004')).stdout.trimEnd().split('\n');
    expect(tsv[0]!.startsWith('section\tlabel\tvalue\tunit\tqualifier\ttext\tsentence')).toBe(true);
    // The figures table alone: every line has the figures' eleven columns.
    expect(tsv.length).toBeGreaterThan(5);
    expect(tsv.filter((l) => l.split('\t').length !== 11)).toEqual([]);
    const csv = extract('--format', 'csv', page('b-trs-004')).stdout;
    expect(csv.split('\r\n')[0]).toBe('section,label,value,unit,qualifier,text,sentence,report,publisher,date,url');
    const md = extract('--format', 'md', page('b-trs-004')).stdout;
    expect(md).toContain('| section | label | value | unit | qualifier | text | sentence |');
    expect(extract('--format', 'xml', page('b-trs-004')).status).toBe(2);
  });

  it('gives several pages one figures table with one header, values as a spreadsheet reads them', () => {
    const lines = extract('--format', 'tsv', page('b-trs-004'), page('a-ucap-000')).stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('section\t'))).toHaveLength(1);
    expect(lines.filter((l) => l.split('\t').length !== 11)).toEqual([]);
    const rows = lines.slice(1).map((l) => l.split('\t'));
    expect(new Set(rows.map((r) => r[7]))).toEqual(
      new Set(['关于2022年法治政府建设情况的报告', '天宫殿街道办事处2021年法治政府建设年度报告']),
    );
    // 1000余万元 is 10000000: plain digits, a number to a spreadsheet.
    expect(rows.find((r) => r[5] === '1000余万元')?.[2]).toBe('10000000');
    expect(rows.filter((r) => !/^\d+(\.\d+)?(–\d+(\.\d+)?)?$/.test(r[2]!)).map((r) => r[2])).toEqual([]);
  });

  it('prints the findings as a table of their own: one row per report, columns named by content', () => {
    const r = extract('--format', 'tsv', '--table', 'findings', page('b-trs-004'), page('b-cq-notice'));
    expect(r.status).toBe(0);
    const [header, ...lines] = r.stdout.trimEnd().split('\n');
    const columns = header!.split('\t');
    expect(columns).toEqual(
      expect.arrayContaining([
        'report',
        'url',
        'publisher',
        'published',
        'onTime',
        'due',
        'measures-and-results',
        'shortcomings',
        'leaders-duty',
        'next-year-plans',
        'other-matters',
      ]),
    );
    expect(columns.filter((c) => /^required\d/.test(c))).toEqual([]);
    expect(lines).toHaveLength(2);
    const row = Object.fromEntries(columns.map((c, i) => [c, lines[0]!.split('\t')[i]]));
    expect(row).toMatchObject({ report: '关于2022年法治政府建设情况的报告', onTime: 'late', 'leaders-duty': 'sentence' });
    expect(row['shortcomings evidence']).toBe('三、法治政府建设工作存在不足');
  });

  it('reads a GBK page by its declared charset', () => {
    const model = JSON.parse(extract(page('f-shanghai-003.gbk')).stdout);
    expect(model.title).toBe('外冈镇2017年法治政府建设工作报告');
    expect(model.isReport).toBe(true);
  });

  it('reads PDF, DOCX and OFD files as it reads pages, in one batch, with the page of each heading and figure', () => {
    const files = join(root, 'tests/fixtures/files');
    const legacy = join(tmpdir(), 'portal-reader-legacy.doc');
    writeFileSync(legacy, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = extract(page('b-trs-004'), join(files, 'b-trs-004.pdf'), join(files, 'b-trs-004.docx'), join(files, 'b-trs-004.ofd'), legacy);
    expect(r.status).toBe(1);
    const models = JSON.parse(r.stdout) as {
      title: string;
      outline: { title: string; page?: number }[];
      figures: { text: string; page?: number }[];
    }[];
    expect(models).toHaveLength(4);
    const [html, ...read] = models;
    for (const m of read) {
      expect(m.title).toBe(html!.title);
      expect(m.outline.map((e) => e.title)).toEqual(html!.outline.map((e) => e.title));
      expect(m.figures.map((f) => f.text)).toEqual(html!.figures.map((f) => f.text));
    }
    expect(read[0]!.figures.every((f) => f.page! >= 1)).toBe(true);
    expect(read[2]!.outline.at(-1)!.page).toBeGreaterThan(1);
    expect(r.stderr).toContain('portal-reader-legacy.doc: this is an old Word or WPS file (.doc, .wps): it cannot be read here');
  });
});
