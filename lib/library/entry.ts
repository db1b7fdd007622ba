// A library entry: what the library keeps of a report read — its whole model but the
// body text and the internal positions, with where it comes from (place, level), its
// kind and year, and when it was read. Built alike from the panel's model and from the
// command-line reader's JSON.

import type { ReportModel } from '../core/model';
import type { RequiredWhere } from '../core/required';
import type { Timeliness } from '../core/timeliness';
import type { FigureKind, FigureRelation, Meta, Script } from '../core/types';
import { kindOf, placeOf, type PlaceLevel, type ReportKind } from './place';

export interface EntryFigure {
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: string;
  relation: FigureRelation;
  kind: FigureKind;
  label: string;
  section: string;
  sentence: string;
  appendix?: boolean;
}

export interface EntryRequired {
  content: 1 | 2 | 3 | 4 | 5;
  found: boolean;
  where: RequiredWhere | null;
  section: string;
  evidence: string;
}

export interface LibraryEntry {
  /** The report's address: the key, so reading the same address again updates the entry. */
  url: string;
  title: string;
  /** The issuing body: the page's 发布机构, else its 来源, else the body the title names. */
  body: string;
  place: string;
  department: string;
  level: PlaceLevel;
  year: number | null;
  kind: ReportKind;
  meta: Meta;
  script: Script;
  outline: { level: number; marker: string; title: string; appendix?: boolean }[];
  outlineProblems: { kind: 'skipped' | 'repeated' | 'out-of-order'; marker: string; message: string }[];
  figures: EntryFigure[];
  required: EntryRequired[];
  onTime: Timeliness;
  /** When it was (last) read, ISO 8601. */
  readAt: string;
}

/** The model as far as an entry needs it: the panel's ReportModel and the CLI's JSON both fit. */
export type ModelLike = Pick<ReportModel, 'title' | 'url' | 'meta' | 'script' | 'onTime'> & {
  outline: readonly { level: number; marker: string; title: string; appendix?: boolean }[];
  outlineProblems: readonly { kind: 'skipped' | 'repeated' | 'out-of-order'; marker: string; message: string }[];
  figures: readonly EntryFigure[];
  required: readonly EntryRequired[];
};

export function buildEntry(model: ModelLike, readAt: Date | string = new Date()): LibraryEntry {
  const { meta } = model;
  const where = placeOf(model.title, meta.publisher || meta.source);
  const titleBody = where.place + where.department;
  return {
    url: model.url,
    title: model.title,
    body: meta.publisher || meta.source || titleBody,
    place: where.place,
    department: where.department,
    level: where.level,
    year: model.onTime.year,
    kind: kindOf(model.title),
    meta: { ...meta },
    script: model.script,
    outline: model.outline.map(({ level, marker, title, appendix }) => ({ level, marker, title, ...(appendix ? { appendix } : {}) })),
    outlineProblems: model.outlineProblems.map(({ kind, marker, message }) => ({ kind, marker, message })),
    figures: model.figures.map((f) => ({
      text: f.text,
      value: f.value,
      ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
      unit: f.unit,
      qualifier: f.qualifier,
      relation: f.relation,
      kind: f.kind,
      label: f.label,
      section: f.section,
      sentence: f.sentence,
      ...(f.appendix ? { appendix: true } : {}),
    })),
    required: model.required.map(({ content, found, where, section, evidence }) => ({ content, found, where, section, evidence })),
    onTime: { ...model.onTime, problems: model.onTime.problems.map((p) => ({ ...p })) },
    readAt: typeof readAt === 'string' ? readAt : readAt.toISOString(),
  };
}

/** What the library's table shows of an entry: kept beside it, so the table loads without the figures. */
export interface LibrarySummary {
  url: string;
  title: string;
  body: string;
  place: string;
  department: string;
  level: PlaceLevel;
  year: number | null;
  kind: ReportKind;
  onTime: Timeliness['status'];
  /** How many of the five required contents were found. */
  contents: number;
  script: Script;
  readAt: string;
}

export function summaryOf(e: LibraryEntry): LibrarySummary {
  const { url, title, body, place, department, level, year, kind, script, readAt } = e;
  return { url, title, body, place, department, level, year, kind, onTime: e.onTime.status, contents: contentsFound(e), script, readAt };
}

/** How many of the five required contents the report gives. */
export function contentsFound(entry: Pick<LibraryEntry, 'required'>): number {
  return entry.required.filter((r) => r.found).length;
}

/**
 * The address of a figure's place in its report: a text fragment (#:~:text=) the
 * browser scrolls to and marks. The report's own fragment, if any, is kept before it.
 */
export function figureLink(url: string, figure: Pick<EntryFigure, 'text' | 'sentence'>): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const base = url.split('#:~:')[0]!;
  const hash = base.includes('#') ? '' : '#';
  // The sentence's opening gives the text fragment a unique anchor where the bare number would not be.
  const at = figure.sentence.indexOf(figure.text);
  const prefix = at > 0 ? figure.sentence.slice(Math.max(0, at - 8), at).trim() : '';
  return `${base}${hash}:~:text=${prefix ? `${enc(prefix)}-,` : ''}${enc(figure.text)}`;
}
