// Impossible dates: a report published before the year it reports on ended, signed
// after it was published, or dated in the future is flagged for the reader.
import { describe, expect, it } from 'vitest';
import { dateProblems, timeliness } from '../../lib/core/timeliness';

const NOW = new Date('2026-12-02T10:00:00Z');

describe('impossible dates', () => {
  it('flags a report published before the year it reports on had ended', () => {
    const t = timeliness('某区2010年法治政府建设情况报告', '', '2009-11-20', '', NOW);
    expect(t.problems).toEqual([{ kind: 'before-year-end', field: 'published', date: '2009-11-20', limit: '2010-12-31' }]);
    // Keeps the existing reading: the year, the due date, on time by the calendar.
    expect(t).toMatchObject({ year: 2010, due: '2011-03-31', status: 'on-time' });
    expect(timeliness('某区2010年法治政府建设情况报告', '', '2010-12-31', '', NOW).problems.map((p) => p.kind)).toEqual([
      'before-year-end',
    ]);
    expect(timeliness('某区2010年法治政府建设情况报告', '', '2011-01-04', '', NOW).problems).toEqual([]);
  });

  it('reads a 政府工作报告 as reporting on the year before the one in its title', () => {
    // Delivered at the congress early in 2026: published in February 2026 is right.
    expect(timeliness('2026年某省政府工作报告', '', '2026-02-09', '', NOW).problems).toEqual([]);
    expect(timeliness('2026年某省政府工作报告', '', '2025-06-01', '', NOW).problems).toEqual([
      { kind: 'before-year-end', field: 'published', date: '2025-06-01', limit: '2025-12-31' },
    ]);
    // A 法治政府建设 report whose title has 政府…工作报告 in it is a year's own report.
    expect(timeliness('某县人民政府2023年度法治政府建设工作报告', '', '2023-12-20', '', NOW).problems).toHaveLength(1);
  });

  it('flags a signature dated after publication', () => {
    expect(timeliness('某镇2023年法治政府建设年度报告', '', '2024-01-15', '2024-01-31', NOW).problems).toEqual([
      { kind: 'written-after-published', field: 'written', date: '2024-01-31', limit: '2024-01-15' },
    ]);
    expect(timeliness('某镇2023年法治政府建设年度报告', '', '2024-01-31', '2024-01-31', NOW).problems).toEqual([]);
  });

  it('flags dates in the future, by the day in China', () => {
    const problems = timeliness('某镇2025年法治政府建设年度报告', '', '2027-03-01', '2027-02-20', NOW).problems;
    expect(problems).toEqual([
      { kind: 'in-future', field: 'published', date: '2027-03-01', limit: '2026-12-02' },
      { kind: 'in-future', field: 'written', date: '2027-02-20', limit: '2026-12-02' },
    ]);
    // 23:30 UTC on 2 December is already 3 December in Beijing.
    expect(dateProblems('', null, '2026-12-03', '', '2026-12-03')).toEqual([]);
    expect(timeliness('报告', '', '2026-12-03', '', new Date('2026-12-02T23:30:00Z')).problems).toEqual([]);
  });

  it('does not take the year of a dated opening line for the year reported on', () => {
    // A press conference opening with its own date is not a report on that year.
    expect(timeliness('第二场新闻发布会', '2012年6月24日', '2012-06-24', '', NOW)).toMatchObject({ year: null, problems: [] });
    expect(timeliness('法治政府建设年度报告', '2024年，在区委的领导下', '2025-03-01', '', NOW)).toMatchObject({ year: 2024, problems: [] });
  });

  it('has nothing to say without dates or a year', () => {
    expect(timeliness('某镇法治政府建设年度报告', '我镇紧紧围绕', '2009-01-01', '', NOW).problems).toEqual([]);
    expect(timeliness('某镇2023年法治政府建设年度报告', '', '', '', NOW).problems).toEqual([]);
    expect(timeliness('某镇2023年法治政府建设年度报告', '', '', '2024-01-31', NOW).problems).toEqual([]);
  });
});
