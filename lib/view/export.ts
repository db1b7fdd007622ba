// Copy formats for the figures table: TSV (spreadsheet paste), CSV (RFC 4180),
// Markdown and JSON. The report's title, issuing body, date and address travel
// with every row, so a row pasted among other reports' rows stays traceable.

import type { ReportModel } from '../core/model';
import type { Figure } from '../core/types';
import type { RequiredFinding } from '../core/required';

export interface CopySource {
  title: string;
  publisher: string;
  date: string;
  url: string;
}

export type CopyFormat = 'tsv' | 'csv' | 'md' | 'json';
export const COPY_FORMATS: readonly CopyFormat[] = ['tsv', 'csv', 'md', 'json'];

export const FIGURE_COLUMNS = ['section', 'label', 'value', 'unit', 'qualifier', 'text', 'sentence'] as const;
const SOURCE_COLUMNS = ['report', 'publisher', 'date', 'url'] as const;

/**
 * A number as a spreadsheet reads it: plain digits, never 1e+21, no float noise
 * (59.78万 is 597800, not 597800.0000000001), at most the 15 digits a spreadsheet keeps.
 */
export function spreadsheetNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 });
}

function valueCell(f: Figure): string {
  // An en dash: a spreadsheet reads 3-5 as the fifth of March.
  return f.valueMax !== undefined ? `${spreadsheetNumber(f.value)}–${spreadsheetNumber(f.valueMax)}` : spreadsheetNumber(f.value);
}

function row(f: Figure, source: CopySource): string[] {
  return [
    f.section,
    f.label,
    valueCell(f),
    f.unit,
    f.qualifier,
    f.text,
    f.sentence,
    source.title,
    source.publisher,
    source.date,
    source.url,
  ];
}

const HEADER = [...FIGURE_COLUMNS, ...SOURCE_COLUMNS];

// A tab or line break inside a cell would break the paste: make them spaces.
const tsvRows = (rows: readonly string[][]) => rows.map((r) => r.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n') + '\n';

export function figuresTSV(figures: readonly Figure[], source: CopySource): string {
  return tsvRows([HEADER, ...figures.map((f) => row(f, source))]);
}

export function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRows = (rows: readonly string[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export function figuresCSV(figures: readonly Figure[], source: CopySource): string {
  return csvRows([HEADER, ...figures.map((f) => row(f, source))]);
}

/**
 * Page text as inert Markdown: HTML (<img …>, <script>) becomes entities, so renderers
 * that allow HTML show it as text; Markdown punctuation and pipes are escaped, so
 * nothing turns into emphasis, links or code and no pipe starts a new column.
 */
export function mdCell(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}

export function figuresMarkdown(figures: readonly Figure[], source: CopySource): string {
  const lines = [
    `**${mdCell(source.title)}**` + (source.publisher ? ` · ${mdCell(source.publisher)}` : '') + (source.date ? ` · ${source.date}` : ''),
    source.url ? `<${source.url}>` : '',
    '',
    `| ${FIGURE_COLUMNS.join(' | ')} |`,
    `|${FIGURE_COLUMNS.map(() => ' --- ').join('|')}|`,
    ...figures.map((f) => `| ${row(f, source).slice(0, FIGURE_COLUMNS.length).map(mdCell).join(' | ')} |`),
  ];
  return lines.filter((l, i) => i !== 1 || l).join('\n') + '\n';
}

export function figuresJSON(figures: readonly Figure[], source: CopySource): string {
  const rows = figures.map((f) => ({
    section: f.section,
    label: f.label,
    value: f.value,
    ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
    unit: f.unit,
    qualifier: f.qualifier,
    relation: f.relation,
    kind: f.kind,
    text: f.text,
    sentence: f.sentence,
    ...(f.appendix ? { appendix: true } : {}),
  }));
  return JSON.stringify({ source, figures: rows }, null, 2) + '\n';
}

export function formatFigures(format: CopyFormat, figures: readonly Figure[], source: CopySource): string {
  switch (format) {
    case 'tsv':
      return figuresTSV(figures, source);
    case 'csv':
      return figuresCSV(figures, source);
    case 'md':
      return figuresMarkdown(figures, source);
    case 'json':
      return figuresJSON(figures, source);
  }
}

/** The model as the command-line reader prints it (internal positions left out). */
export function modelJSON(model: ReportModel, file?: string): Record<string, unknown> {
  return {
    ...(file !== undefined ? { file } : {}),
    isReport: model.isReport,
    score: model.score,
    reasons: model.reasons,
    title: model.title,
    url: model.url,
    meta: model.meta,
    script: model.script,
    // `appendix: true` only on the appendices after the sign-off and what they hold.
    // `page` only for a report read from a PDF or OFD file.
    outline: model.outline.map(({ level, marker, title, appendix, page }) => ({
      level,
      marker,
      title,
      ...(appendix ? { appendix } : {}),
      ...(page ? { page } : {}),
    })),
    outlineProblems: model.outlineProblems.map(({ kind, marker, message }) => ({ kind, marker, message })),
    figures: model.figures.map(({ block: _b, start: _s, appendix, ...f }) => ({ ...f, ...(appendix ? { appendix } : {}) })),
    required: model.required.map(({ block: _b, ...r }) => r),
    onTime: model.onTime,
    text: model.text,
  };
}

export function copySourceOf(model: ReportModel): CopySource {
  // A page that names no issuing body still names its source (来源), as the citation line does.
  const publisher = model.meta.publisher || model.meta.source;
  return { title: model.title, publisher, date: model.meta.written || model.meta.published, url: model.url };
}

/** The five required contents, named by what they are (columns of the findings table). */
export const REQUIRED_NAMES: Record<RequiredFinding['content'], string> = {
  1: 'measures-and-results',
  2: 'shortcomings',
  3: 'leaders-duty',
  4: 'next-year-plans',
  5: 'other-matters',
};
const META_COLUMNS = ['publisher', 'written', 'published', 'indexNo', 'docNo', 'source'] as const;

export const FINDINGS_COLUMNS = [
  'report',
  'url',
  ...META_COLUMNS,
  'reportYear',
  'onTime',
  'due',
  'dateProblems',
  ...Object.values(REQUIRED_NAMES).flatMap((name) => [name, `${name} section`, `${name} evidence`]),
  'numberingProblems',
];

/** One report's findings as one row: metadata, timeliness, each required content, numbering problems. */
function findingsRow(model: ReportModel): string[] {
  const { meta, onTime } = model;
  const required = ([1, 2, 3, 4, 5] as const).flatMap((content) => {
    const r = model.required.find((x) => x.content === content);
    return r?.found ? [r.where ?? 'found', r.section, r.evidence] : ['not found', '', ''];
  });
  return [
    model.title,
    model.url,
    ...META_COLUMNS.map((k) => meta[k]),
    onTime.year === null ? '' : String(onTime.year),
    onTime.status,
    onTime.due,
    onTime.problems.map((p) => `${p.kind}: ${p.field} ${p.date} (limit ${p.limit})`).join('; '),
    ...required,
    model.outlineProblems.map((p) => `${p.kind} ${p.marker}`).join('; '),
  ];
}

export type ReportTable = 'figures' | 'findings';
export const REPORT_TABLES: readonly ReportTable[] = ['figures', 'findings'];

function mdTable(rows: readonly string[][]): string {
  return [
    `| ${rows[0]!.map(mdCell).join(' | ')} |`,
    `|${rows[0]!.map(() => ' --- ').join('|')}|`,
    ...rows.slice(1).map((r) => `| ${r.map(mdCell).join(' | ')} |`),
  ].join('\n');
}

/**
 * One table for the command-line reader, over every report read: the figures (one
 * row per figure, the report on every row, as the panel copies them) or the findings
 * (one row per report). One header, so the file opens as one sheet.
 */
export function formatTable(format: Exclude<CopyFormat, 'json'>, table: ReportTable, models: readonly ReportModel[]): string {
  if (table === 'figures') {
    // Markdown keeps each report's title line above its own table, as the panel copies it.
    if (format === 'md') return models.map((m) => figuresMarkdown(m.figures, copySourceOf(m))).join('\n');
    const rows = [HEADER, ...models.flatMap((m) => m.figures.map((f) => row(f, copySourceOf(m))))];
    return format === 'tsv' ? tsvRows(rows) : csvRows(rows);
  }
  const rows = [FINDINGS_COLUMNS, ...models.map(findingsRow)];
  if (format === 'md') return `${mdTable(rows)}\n`;
  return format === 'tsv' ? tsvRows(rows) : csvRows(rows);
}
