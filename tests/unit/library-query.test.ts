// The library table's sort, filters and search, over table rows.
import { describe, expect, it } from 'vitest';
import type { LibrarySummary } from '../../lib/library/entry';
import { EMPTY_QUERY, filterChoices, queryLibrary } from '../../lib/library/query';

const row = (url: string, o: Partial<LibrarySummary>): LibrarySummary => ({
  url,
  title: '',
  body: '',
  place: '',
  department: '',
  level: 'county',
  year: 2024,
  kind: 'rule-of-law',
  onTime: 'on-time',
  contents: 4,
  script: 'simplified',
  readAt: '2026-12-01T00:00:00.000Z',
  ...o,
});

const rows = [
  row('https://a.gov.cn/1', {
    title: '青石县2024年法治政府建设年度报告',
    place: '青石县',
    body: '青石县人民政府',
    readAt: '2026-12-03T00:00:00.000Z',
  }),
  row('https://a.gov.cn/2', { title: '青石县2023年法治政府建设年度报告', place: '青石县', year: 2023, onTime: 'late', contents: 2 }),
  row('https://b.gov.cn/3', {
    title: '船營區2023年法治政府建設年度報告',
    place: '船營區',
    level: 'district',
    year: 2023,
    script: 'traditional',
  }),
  row('https://c.gov.cn/4', {
    title: '某县农业农村局2024年政府信息公开工作年度报告',
    place: '某县',
    level: 'department',
    kind: 'disclosure',
    onTime: 'unknown',
    contents: 0,
  }),
];
const urls = (q: Partial<typeof EMPTY_QUERY>) => queryLibrary(rows, { ...EMPTY_QUERY, ...q }).map((r) => r.url.slice(-1));

describe('the library table', () => {
  it('shows the most recently read first by default', () => {
    expect(urls({})[0]).toBe('1');
  });

  it('filters by year, place, level, kind, timeliness and contents found', () => {
    expect(urls({ year: 2023 }).sort()).toEqual(['2', '3']);
    expect(urls({ place: '青石县' }).sort()).toEqual(['1', '2']);
    expect(urls({ level: 'department' })).toEqual(['4']);
    expect(urls({ kind: 'disclosure' })).toEqual(['4']);
    expect(urls({ onTime: 'late' })).toEqual(['2']);
    expect(urls({ minContents: 3 }).sort()).toEqual(['1', '3']);
    expect(urls({ year: 2023, place: '船營區' })).toEqual(['3']);
  });

  it('searches title, body, place and address, every word', () => {
    expect(urls({ search: '信息公开' })).toEqual(['4']);
    expect(urls({ search: '青石县 2023' })).toEqual(['2']);
    expect(urls({ search: 'B.GOV.CN' })).toEqual(['3']);
    expect(urls({ search: '人民政府' })).toEqual(['1']);
  });

  it('sorts by year and by contents found, either way', () => {
    expect(urls({ sort: 'year', descending: false }).slice(0, 2).sort()).toEqual(['2', '3']);
    expect(urls({ sort: 'contents', descending: true })[2]).toBe('2');
    expect(urls({ sort: 'contents', descending: false })[0]).toBe('4');
  });

  it('offers the years, places and bodies kept, each once', () => {
    const c = filterChoices(rows);
    expect(c.years).toEqual([2024, 2023]);
    expect(c.places.sort()).toEqual(['某县', '船營區', '青石县'].sort());
    expect(c.bodies).toEqual(['青石县人民政府']);
  });
});
