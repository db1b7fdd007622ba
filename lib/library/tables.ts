// The library's tables: the grader's sheet (one row per report) and a figure across
// reports (one row per report's figure for an indicator), as rows of cells for CSV,
// XLSX and the page alike.

import { contentsFound, figureLink, type EntryRequired, type LibraryEntry } from './entry';
import { indicatorMatcher, labelKey, unitKey, type Fold } from './labels';

// The CSV cell rule of the figures table (RFC 4180), repeated here so lib/library
// stays free of the view layer.
function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCSV(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((r) => r.map((c) => csvCell(c === null ? '' : String(c))).join(',')).join('\r\n') + '\r\n';
}

/** A required content as a grader writes it: part, subsection, sentence, or missing. */
export function requiredCell(r: EntryRequired | undefined): string {
  return r?.found && r.where ? r.where : 'missing';
}

export const SHEET_COLUMNS = [
  'title',
  'body',
  'place',
  'level',
  'kind',
  'year',
  'content1',
  'content2',
  'content3',
  'content4',
  'content5',
  'contentsFound',
  'onTime',
  'due',
  'dateProblems',
  'numberingProblems',
  'publisher',
  'written',
  'published',
  'indexNo',
  'docNo',
  'script',
  'url',
  'readAt',
] as const;

export type SheetRow = Record<(typeof SHEET_COLUMNS)[number], string | number | null>;

export function sheetRow(e: LibraryEntry): SheetRow {
  const req = (n: number) => requiredCell(e.required.find((r) => r.content === n));
  return {
    title: e.title,
    body: e.body,
    place: e.place,
    level: e.level,
    kind: e.kind,
    year: e.year,
    content1: req(1),
    content2: req(2),
    content3: req(3),
    content4: req(4),
    content5: req(5),
    contentsFound: contentsFound(e),
    onTime: e.onTime.status,
    due: e.onTime.due,
    dateProblems: e.onTime.problems.map((p) => `${p.field} ${p.date}: ${p.kind}`).join('; '),
    numberingProblems: e.outlineProblems.map((p) => p.message).join('; '),
    publisher: e.meta.publisher || e.meta.source,
    written: e.meta.written,
    published: e.meta.published,
    indexNo: e.meta.indexNo,
    docNo: e.meta.docNo,
    script: e.script,
    url: e.url,
    readAt: e.readAt,
  };
}

/** The grader's sheet: a header row, then one row per report. */
export function sheetRows(entries: readonly LibraryEntry[]): (string | number | null)[][] {
  return [[...SHEET_COLUMNS], ...entries.map((e) => SHEET_COLUMNS.map((c) => sheetRow(e)[c]))];
}

export function sheetCSV(entries: readonly LibraryEntry[]): string {
  return toCSV(sheetRows(entries));
}

export interface AcrossRow {
  url: string;
  title: string;
  place: string;
  body: string;
  year: number | null;
  label: string;
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: string;
  text: string;
  section: string;
  /** The figure's place in its report (a text fragment link). */
  link: string;
}

export const ACROSS_COLUMNS = [
  'place',
  'year',
  'body',
  'label',
  'value',
  'valueMax',
  'unit',
  'qualifier',
  'text',
  'section',
  'title',
  'link',
] as const;

/** Every figure for an indicator, report by report, by place then year. Appendix figures are left out. */
export function figuresAcross(entries: readonly LibraryEntry[], indicator: string, fold?: Fold): AcrossRow[] {
  const matches = indicatorMatcher(indicator, fold);
  const rows: AcrossRow[] = [];
  for (const e of entries)
    for (const f of e.figures) {
      if (f.appendix || !matches(f.label, f.unit)) continue;
      rows.push({
        url: e.url,
        title: e.title,
        place: e.place || e.body,
        body: e.body,
        year: e.year,
        label: f.label,
        value: f.value,
        ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
        unit: f.unit,
        qualifier: f.qualifier,
        text: f.text,
        section: f.section,
        link: figureLink(e.url, f),
      });
    }
  return rows.sort((a, b) => a.place.localeCompare(b.place, 'zh') || (a.year ?? 0) - (b.year ?? 0) || a.url.localeCompare(b.url));
}

export function acrossRows(rows: readonly AcrossRow[]): (string | number | null)[][] {
  return [[...ACROSS_COLUMNS], ...rows.map((r) => ACROSS_COLUMNS.map((c) => (c === 'valueMax' ? (r.valueMax ?? null) : r[c])))];
}

export function acrossCSV(rows: readonly AcrossRow[]): string {
  return toCSV(acrossRows(rows));
}

/**
 * Every figure of every report in one long table, with its indicator key, so a
 * spreadsheet's pivot table can set places and years side by side for any indicator.
 */
export function allFiguresCSV(entries: readonly LibraryEntry[], fold?: Fold): string {
  const rows: (string | number | null)[][] = [['indicator', ...ACROSS_COLUMNS]];
  for (const e of entries)
    for (const f of e.figures) {
      if (f.appendix) continue;
      const place = e.place || e.body;
      const link = figureLink(e.url, f);
      rows.push([
        labelKey(f.label, fold),
        place,
        e.year,
        e.body,
        f.label,
        f.value,
        f.valueMax ?? null,
        f.unit,
        f.qualifier,
        f.text,
        f.section,
        e.title,
        link,
      ]);
    }
  return toCSV(rows);
}

export interface Indicator {
  /** The comparison key (Simplified, scope words left out). */
  key: string;
  unit: string;
  /** How many reports state it. */
  reports: number;
}

/** The indicators the library's reports share, most widely stated first. */
export function indicators(entries: readonly LibraryEntry[], fold?: Fold, limit = 200): Indicator[] {
  const seen = new Map<string, { key: string; unit: string; urls: Set<string> }>();
  for (const e of entries)
    for (const f of e.figures) {
      if (f.appendix) continue;
      const key = labelKey(f.label, fold);
      const unit = unitKey(f.unit, fold);
      const id = `${key}\u0000${unit}`;
      let item = seen.get(id);
      if (!item) seen.set(id, (item = { key, unit, urls: new Set() }));
      item.urls.add(e.url);
    }
  return [...seen.values()]
    .map(({ key, unit, urls }) => ({ key, unit, reports: urls.size }))
    .sort((a, b) => b.reports - a.reports || a.key.localeCompare(b.key, 'zh'))
    .slice(0, limit);
}

/**
 * The chart's series: for each place, its value by year (the first figure of the
 * report for that year), only figures in the rows' most common unit.
 */
export function chartSeries(
  rows: readonly AcrossRow[],
  maxPlaces = 8,
): { years: number[]; places: { place: string; values: (number | null)[] }[]; unit: string } {
  const unitCount = new Map<string, number>();
  for (const r of rows) unitCount.set(r.unit, (unitCount.get(r.unit) ?? 0) + 1);
  const unit = [...unitCount].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const kept = rows.filter((r) => r.unit === unit && r.year !== null);
  const years = [...new Set(kept.map((r) => r.year!))].sort((a, b) => a - b);
  const byPlace = new Map<string, Map<number, number>>();
  for (const r of kept) {
    const m = byPlace.get(r.place) ?? new Map<number, number>();
    if (!m.has(r.year!)) m.set(r.year!, r.value);
    byPlace.set(r.place, m);
  }
  const places = [...byPlace]
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, maxPlaces)
    .map(([place, m]) => ({ place, values: years.map((y) => m.get(y) ?? null) }));
  return { years, places, unit };
}
