// The library's entries: where a report comes from (place, level), its kind and year,
// the grader's sheet row, as a reader sorting a pile of reports would read them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../lib/core/model';
import { loadPage } from '../../lib/node/page-file';
import { buildEntry, figureLink } from '../../lib/library/entry';
import { kindOf, placeOf } from '../../lib/library/place';
import { sheetRows, SHEET_COLUMNS, sheetCSV } from '../../lib/library/tables';
import { sheetWorkbook } from '../../lib/library/xlsx';
import { FIXTURE_DIR } from '../support/fixtures';

const model = (name: string) => {
  const page = loadPage(join(FIXTURE_DIR, `${name}.html`));
  return readReport(page.document, page.url).model;
};

describe('the place and level of a report', () => {
  it.each([
    ['某某市某某区人民政府关于2025年法治政府建设情况的报告', '', '某某市某某区', '', 'district'],
    ['某某县司法局2025年度法治政府建设年度报告', '某某县人民政府', '某某县', '司法局', 'department'],
    ['天宫殿街道办事处2021年法治政府建设年度报告', '天宫殿街道办事处', '天宫殿街道', '', 'subdistrict'],
    ['船營區2023年法治政府建設年度報告', '船營區人民政府', '船營區', '', 'district'],
    ['外岡鎮2017年法治政府建設工作報告', '', '外岡鎮', '', 'town'],
    ['某市衛生健康委員會關於2023年度法治政府建設情況的報告', '', '某市', '衛生健康委員會', 'department'],
    ['某市卫生健康委员会关于2024年法治政府建设情况的报告', '', '某市', '卫生健康委员会', 'department'],
    ['某市市场监督管理局2024年法治政府建设年度报告', '', '某市', '市场监督管理局', 'department'],
    ['某区城市管理局2024年法治政府建设年度报告', '', '某区', '城市管理局', 'department'],
    ['云岚市政务服务和数据管理局2024年政府信息公开工作年度报告', '', '云岚市', '政务服务和数据管理局', 'department'],
    ['广西壮族自治区人民政府2024年法治政府建设年度报告', '', '广西壮族自治区', '', 'province'],
    ['上海市2024年法治政府建设情况报告', '', '上海市', '', 'province'],
    ['延边朝鲜族自治州2023年法治政府建设年度报告', '', '延边朝鲜族自治州', '', 'city'],
    ['某某省某某市某某县某某镇2024年法治政府建设年度报告', '', '某某省某某市某某县某某镇', '', 'town'],
    ['重庆两江新区管理委员会2023年法治政府建设年度报告', '', '重庆两江新区', '', 'district'],
  ])('%s (%s)', (title, publisher, place, department, level) => {
    expect(placeOf(title, publisher)).toEqual({ place, department, level });
  });

  it('takes the place from the issuing body when the title names none', () => {
    expect(placeOf('关于2022年法治政府建设情况的报告', '平昌县人民政府')).toEqual({ place: '平昌县', department: '', level: 'county' });
    expect(placeOf('法治政府建设年度报告', '某市司法局')).toEqual({ place: '某市', department: '司法局', level: 'department' });
  });

  it('keeps the fuller chain when the issuing body names the same place more fully', () => {
    expect(placeOf('月浦街道2024年法治政府建设工作报告', '汕头市金平区月浦街道办事处').place).toBe('汕头市金平区月浦街道');
  });

  it('keeps the title’s place when the portal’s body is another one', () => {
    expect(placeOf('青禾县2024年度法治政府建设情况报告', '某市人民政府').place).toBe('青禾县');
  });

  it('finds no place in a title without one', () => {
    expect(placeOf('2024年政府工作报告', '')).toEqual({ place: '', department: '', level: 'unknown' });
    expect(placeOf('法治政府建设年度报告编写指引', '').place).toBe('');
  });
});

describe('the kind of a report', () => {
  it.each([
    ['某县2024年法治政府建设年度报告', 'rule-of-law'],
    ['船營區2023年法治政府建設年度報告', 'rule-of-law'],
    ['某县农业农村局2024年政府信息公开工作年度报告', 'disclosure'],
    ['某市司法局2023年政府信息公開工作年度報告', 'disclosure'],
    ['2025年政府工作报告', 'government-work'],
    ['某市2024年工作总结', 'other'],
  ])('%s → %s', (title, kind) => expect(kindOf(title)).toBe(kind));
});

describe('an entry built from a report read off a fixture page', () => {
  const readAt = new Date('2026-12-01T08:00:00Z');

  it('keeps the model a grader needs, without the body text', () => {
    const m = model('a-ucap-000');
    const e = buildEntry(m, readAt);
    expect(e).toMatchObject({
      url: m.url,
      title: '天宫殿街道办事处2021年法治政府建设年度报告',
      body: '天宫殿街道办事处',
      place: '天宫殿街道',
      level: 'subdistrict',
      year: 2021,
      kind: 'rule-of-law',
      script: 'simplified',
      readAt: '2026-12-01T08:00:00.000Z',
    });
    expect(e.onTime.status).toBe('on-time');
    expect(e.figures.length).toBe(m.figures.length);
    expect(e.figures.find((f) => f.label === '办结率')).toMatchObject({ value: 100, unit: '%' });
    expect(e.required.map((r) => r.found)).toEqual(m.required.map((r) => r.found));
    expect(e.outline.length).toBe(m.outline.length);
    expect(e).not.toHaveProperty('text');
  });

  it('reads a Traditional report’s place in its own script', () => {
    const e = buildEntry(model('b-trs-002-t'), readAt);
    expect(e).toMatchObject({ place: '船營區', level: 'district', year: 2023, script: 'traditional', kind: 'rule-of-law' });
  });

  it('gives the grader’s sheet one row per report with the five contents', () => {
    const entries = [buildEntry(model('a-ucap-000'), readAt), buildEntry(model('d-ucap-002-s-skip'), readAt)];
    const rows = sheetRows(entries);
    expect(rows[0]).toEqual([...SHEET_COLUMNS]);
    expect(rows).toHaveLength(3);
    const col = (name: (typeof SHEET_COLUMNS)[number]) => SHEET_COLUMNS.indexOf(name);
    expect(rows[1]![col('content1')]).toBe('part');
    expect(['part', 'subsection', 'sentence', 'missing']).toContain(rows[1]![col('content3')]);
    expect(rows[1]![col('onTime')]).toBe('on-time');
    // The report that skips a number shows its numbering problem.
    expect(String(rows[2]![col('numberingProblems')])).not.toBe('');
    const csv = sheetCSV(entries);
    expect(csv.split('\r\n')[0]).toBe(SHEET_COLUMNS.join(','));
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});

describe('a figure’s link into its report', () => {
  it('is a text fragment on the report’s address, anchored by the words before it', () => {
    const link = figureLink('https://www.example.gov.cn/a/1.html', { text: '100%', sentence: '全年办件办结率100%。' });
    expect(link).toBe(
      'https://www.example.gov.cn/a/1.html#:~:text=' + encodeURIComponent('全年办件办结率') + '-,' + encodeURIComponent('100%'),
    );
    expect(figureLink('https://x.gov.cn/a.html#top', { text: '3次', sentence: '3次' })).toBe(
      'https://x.gov.cn/a.html#top:~:text=3%E6%AC%A1',
    );
  });
});

describe('the grader’s sheet as a workbook', () => {
  it('opens in a spreadsheet reader with the header and one row per report', async () => {
    const entries = [
      buildEntry(model('a-ucap-000'), new Date('2026-12-01T08:00:00Z')),
      buildEntry(model('b-trs-002-t'), new Date('2026-12-01T08:00:00Z')),
    ];
    const bytes = await sheetWorkbook(entries);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Reports')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe('title');
    expect(sheet.getRow(3).getCell(1).value).toBe('船營區2023年法治政府建設年度報告');
    expect(sheet.getRow(2).getCell(SHEET_COLUMNS.indexOf('year') + 1).value).toBe(2021);
    expect(sheet.getRow(2).getCell(SHEET_COLUMNS.indexOf('content1') + 1).value).toBe('part');
  });
});
