// Copy formats for the figures table: TSV (spreadsheet paste), CSV (RFC 4180),
// Markdown and JSON. The report's title, issuing body, date and address travel
// with every row, so a row pasted among other reports' rows stays traceable.

import type { ReportModel } from '../core/model';
import type { Figure } from '../core/types';

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

function valueCell(f: Figure): string {
  return f.valueMax !== undefined ? `${f.value}-${f.valueMax}` : String(f.value);
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

export function figuresTSV(figures: readonly Figure[], source: CopySource): string {
  // A tab or line break inside a cell would break the paste: make them spaces.
  const cell = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return [HEADER, ...figures.map((f) => row(f, source))].map((r) => r.map(cell).join('\t')).join('\n') + '\n';
}

export function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function figuresCSV(figures: readonly Figure[], source: CopySource): string {
  return [HEADER, ...figures.map((f) => row(f, source))].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function mdCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
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

/** The grader's findings as rows: metadata, timeliness, required contents, numbering problems. */
function findingRows(model: ReportModel): string[][] {
  const { meta, onTime } = model;
  return [
    ['field', 'value', 'where', 'section', 'evidence'],
    ['title', model.title, '', '', ''],
    ['url', model.url, '', '', ''],
    ...(['publisher', 'written', 'published', 'indexNo', 'docNo', 'source'] as const).map((k) => [k, meta[k], '', '', '']),
    ['reportYear', onTime.year === null ? '' : String(onTime.year), '', '', ''],
    ['onTime', onTime.status, onTime.due ? `due ${onTime.due}` : '', '', ''],
    ...onTime.problems.map((p) => [`date:${p.kind}`, p.date, p.field, '', `limit ${p.limit}`]),
    ...model.required.map((r) => [`required${r.content}`, r.found ? 'found' : 'not found', r.where ?? '', r.section, r.evidence]),
    ...model.outlineProblems.map((p) => [`numbering:${p.kind}`, p.marker, '', '', p.message]),
  ];
}

/**
 * The whole report for the command-line reader in a table format: the figures
 * table, a blank line, then the findings table.
 */
export function formatReport(format: Exclude<CopyFormat, 'json'>, model: ReportModel): string {
  const source = copySourceOf(model);
  const findings = findingRows(model);
  if (format === 'md') {
    const table = (rows: string[][]) =>
      [
        `| ${rows[0]!.map(mdCell).join(' | ')} |`,
        `|${rows[0]!.map(() => ' --- ').join('|')}|`,
        ...rows.slice(1).map((r) => `| ${r.map(mdCell).join(' | ')} |`),
      ].join('\n');
    return `${figuresMarkdown(model.figures, source)}\n${table(findings)}\n`;
  }
  if (format === 'tsv') {
    return `${figuresTSV(model.figures, source)}\n${findings.map((r) => r.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n')}\n`;
  }
  return `${figuresCSV(model.figures, source)}\r\n${findings.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
