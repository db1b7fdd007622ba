// The library as a JSON file: a backup written by the library page, and what can be
// read back — that backup, or the command-line reader's JSON output (one report or
// an array of them). A file is untrusted: every field is checked and copied, and the
// entry is built again from the checked fields.

import type { Meta } from '../core/types';
import { buildEntry, type LibraryEntry, type ModelLike } from './entry';

export const BACKUP_FORMAT = 'portal-reader-library';
export const BACKUP_VERSION = 1;

export function backupJSON(entries: readonly LibraryEntry[], now = new Date()): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exported: now.toISOString(), entries }, null, 1) + '\n';
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, max = 100_000): string => (typeof x === 'string' ? x.slice(0, max) : '');
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const oneOf = <T extends string | number>(x: unknown, values: readonly T[], fallback: T): T =>
  values.includes(x as T) ? (x as T) : fallback;

function meta(x: unknown): Meta {
  const m = isObj(x) ? x : {};
  return {
    publisher: str(m.publisher, 500),
    published: str(m.published, 10),
    written: str(m.written, 10),
    indexNo: str(m.indexNo, 500),
    docNo: str(m.docNo, 500),
    source: str(m.source, 500),
  };
}

/** A report model (CLI output or a kept entry) read from untrusted JSON, or null when it is not one. */
export function modelFrom(x: unknown): ModelLike | null {
  if (!isObj(x) || typeof x.title !== 'string' || typeof x.url !== 'string' || !x.url) return null;
  // The CLI marks a page that is not a report; the library keeps reports only.
  if (x.isReport === false) return null;
  const onTime = isObj(x.onTime) ? x.onTime : {};
  const year = num(onTime.year);
  return {
    title: str(x.title, 1000),
    url: str(x.url, 4000),
    meta: meta(x.meta),
    script: oneOf(x.script, ['simplified', 'traditional', 'mixed'] as const, 'simplified'),
    onTime: {
      year: year === null ? null : Math.trunc(year),
      published: str(onTime.published, 10),
      due: str(onTime.due, 10),
      status: oneOf(onTime.status, ['on-time', 'late', 'unknown'] as const, 'unknown'),
      problems: arr(onTime.problems)
        .filter(isObj)
        .map((p) => ({
          kind: oneOf(p.kind, ['before-year-end', 'written-after-published', 'in-future'] as const, 'in-future'),
          field: oneOf(p.field, ['published', 'written'] as const, 'published'),
          date: str(p.date, 10),
          limit: str(p.limit, 10),
        })),
    },
    outline: arr(x.outline)
      .filter(isObj)
      .map((o) => ({
        level: num(o.level) ?? 1,
        marker: str(o.marker, 50),
        title: str(o.title, 1000),
        ...(o.appendix === true ? { appendix: true } : {}),
      })),
    outlineProblems: arr(x.outlineProblems)
      .filter(isObj)
      .map((p) => ({
        kind: oneOf(p.kind, ['skipped', 'repeated', 'out-of-order'] as const, 'skipped'),
        marker: str(p.marker, 50),
        message: str(p.message, 1000),
      })),
    figures: arr(x.figures)
      .filter(isObj)
      .filter((f) => num(f.value) !== null)
      .map((f) => ({
        text: str(f.text, 500),
        value: num(f.value)!,
        ...(num(f.valueMax) !== null ? { valueMax: num(f.valueMax)! } : {}),
        unit: str(f.unit, 50),
        qualifier: str(f.qualifier, 50),
        relation: oneOf(f.relation, ['exact', 'more', 'less', 'about', 'range'] as const, 'exact'),
        kind: oneOf(f.kind, ['money', 'percent', 'people', 'cases', 'events', 'other'] as const, 'other'),
        label: str(f.label, 500),
        section: str(f.section, 2000),
        sentence: str(f.sentence, 5000),
        ...(f.appendix === true ? { appendix: true } : {}),
      })),
    required: arr(x.required)
      .filter(isObj)
      .map((r) => ({
        content: oneOf(r.content, [1, 2, 3, 4, 5] as const, 5),
        found: r.found === true,
        where: r.found === true ? oneOf(r.where, ['part', 'subsection', 'sentence'] as const, 'part') : null,
        section: str(r.section, 2000),
        evidence: str(r.evidence, 2000),
      })),
  };
}

export interface ImportResult {
  entries: LibraryEntry[];
  /** Items in the file that were not reports (or not readable as ones). */
  skipped: number;
}

/** Entries from a backup or from the CLI's JSON; throws on text that is not JSON. */
export function readImport(text: string, now = new Date()): ImportResult {
  const data: unknown = JSON.parse(text);
  const backup = isObj(data) && data.format === BACKUP_FORMAT;
  const items = backup ? arr((data as Obj).entries) : Array.isArray(data) ? data : [data];
  const entries: LibraryEntry[] = [];
  let skipped = 0;
  for (const item of items) {
    const model = modelFrom(item);
    if (!model) {
      skipped++;
      continue;
    }
    const readAt = isObj(item) && typeof item.readAt === 'string' && !Number.isNaN(Date.parse(item.readAt)) ? item.readAt : now;
    entries.push(buildEntry(model, readAt));
  }
  return { entries, skipped };
}
