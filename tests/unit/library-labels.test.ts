// Indicator labels compared across reports and both scripts, and the figures-across-reports table.
import { describe, expect, it } from 'vitest';
import { buildEntry, type EntryFigure, type ModelLike } from '../../lib/library/entry';
import { indicatorMatcher, labelKey, loadFold, unitKey } from '../../lib/library/labels';
import { chartSeries, figuresAcross, indicators, acrossCSV } from '../../lib/library/tables';

const figure = (label: string, value: number, unit: string, text = `${value}${unit}`): EntryFigure => ({
  text,
  value,
  unit,
  qualifier: '',
  relation: 'exact',
  kind: 'other',
  label,
  section: '一、主要举措和成效',
  sentence: `全年${label}${text}。`,
});

const report = (
  title: string,
  url: string,
  year: number,
  figures: EntryFigure[],
  script: ModelLike['script'] = 'simplified',
): ModelLike => ({
  title,
  url,
  meta: { publisher: '', published: '', written: '', indexNo: '', docNo: '', source: '' },
  script,
  onTime: { year, published: '', due: '', status: 'unknown', problems: [] },
  outline: [],
  outlineProblems: [],
  figures,
  required: [],
});

describe('label keys', () => {
  it('fold Traditional to Simplified with OpenCC’s character table', async () => {
    const fold = await loadFold();
    expect(labelKey('行政復議案件', fold)).toBe('行政复议案件');
    expect(labelKey('辦結率', fold)).toBe('办结率');
    expect(labelKey('政府法律顧問', fold)).toBe('政府法律顾问');
    expect(labelKey('受理辦件服務', fold)).toBe('受理办件服务');
    // Taiwan variant forms (為, 眾) fold as well.
    expect(labelKey('為民辦實事項目', fold)).toBe('为民办实事项目');
  });

  it('leave out scope and sum words, asides, quotes and 数量', () => {
    expect(labelKey('全年共受理行政复议案件')).toBe('受理行政复议案件');
    expect(labelKey('累计办理行政复议案件数')).toBe('办理行政复议案件');
    expect(labelKey('全区行政复议案件数量')).toBe('行政复议案件');
    expect(labelKey('其中行政诉讼案件')).toBe('行政诉讼案件');
    expect(labelKey('“八五”普法宣传活动')).toBe('八五普法宣传活动');
    expect(labelKey('法律顾问(含公职律师)')).toBe('法律顾问');
    // A label that is nothing but a scope word stays itself.
    expect(labelKey('全年')).toBe('全年');
  });

  it('unit keys treat 件(次) as 件 and ％ as %', () => {
    expect(unitKey('件(次)')).toBe('件');
    expect(unitKey('％')).toBe('%');
  });
});

describe('an indicator', () => {
  it('matches a label inside a longer one, in either script', async () => {
    const fold = await loadFold();
    const m = indicatorMatcher('办结率', fold);
    expect(m('行政复议案件办结率', '%')).toBe(true);
    expect(m('辦結率', '%')).toBe(true);
    expect(m('满意率', '%')).toBe(false);
    expect(indicatorMatcher('行政復議案件', fold)('全年共收到行政复议案件', '件')).toBe(true);
  });

  it('reads … as any words, across label and unit', () => {
    const m = indicatorMatcher('受理…件');
    expect(m('受理行政复议案件', '件')).toBe(true);
    expect(m('受理办件服务', '件(次)')).toBe(true);
    expect(m('受理群众咨询', '人次')).toBe(false);
    expect(indicatorMatcher('政府法律顾问…')('政府法律顾问审查合同', '份')).toBe(true);
    expect(indicatorMatcher('…')('anything', '件')).toBe(false);
  });
});

describe('figures across reports', () => {
  const entries = [
    buildEntry(
      report('甲市乙区2023年法治政府建设年度报告', 'https://a.gov.cn/2023.html', 2023, [
        figure('行政复议案件', 120, '件'),
        figure('办结率', 98, '%'),
      ]),
    ),
    buildEntry(
      report('甲市乙区2024年法治政府建设年度报告', 'https://a.gov.cn/2024.html', 2024, [figure('全年共受理行政复议案件', 150, '件')]),
    ),
    buildEntry(
      report(
        '丙縣2024年法治政府建設年度報告',
        'https://b.gov.cn/2024.html',
        2024,
        [figure('行政復議案件', 40, '件'), figure('辦結率', 100, '%')],
        'traditional',
      ),
    ),
  ];

  it('lists each report’s value by place and year, linked to its place in the report', async () => {
    const fold = await loadFold();
    const rows = figuresAcross(entries, '行政复议案件', fold);
    expect(rows.map((r) => [r.place, r.year, r.value])).toEqual([
      ['丙縣', 2024, 40],
      ['甲市乙区', 2023, 120],
      ['甲市乙区', 2024, 150],
    ]);
    expect(rows[1]!.link).toMatch(/^https:\/\/a\.gov\.cn\/2023\.html#:~:text=/);
    expect(acrossCSV(rows).split('\r\n')).toHaveLength(5);
  });

  it('offers the indicators most reports share first', async () => {
    const fold = await loadFold();
    const list = indicators(entries, fold);
    expect(list.slice(0, 2)).toEqual(
      expect.arrayContaining([
        { key: '行政复议案件', unit: '件', reports: 2 },
        { key: '办结率', unit: '%', reports: 2 },
      ]),
    );
    expect(list.slice(2)).toEqual([{ key: '受理行政复议案件', unit: '件', reports: 1 }]);
  });

  it('charts one series per place over the years, in the most common unit', async () => {
    const series = chartSeries(figuresAcross(entries, '行政复议案件', await loadFold()));
    expect(series.years).toEqual([2023, 2024]);
    expect(series.unit).toBe('件');
    expect(series.places).toContainEqual({ place: '甲市乙区', values: [120, 150] });
    expect(series.places).toContainEqual({ place: '丙縣', values: [null, 40] });
  });
});
