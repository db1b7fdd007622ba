// Whether a report was published on time: a year's report is due before
// 1 April of the following year (docs/report-model.md §5). And whether its dates
// can be right at all: a report is not published before the year it reports on
// has ended, nor signed after it was published, nor dated in the future.

import { chinaToday } from './meta-date';

export type DateProblemKind = 'before-year-end' | 'written-after-published' | 'in-future';

/** An impossible date on the page, for the reader to check against the page. */
export interface DateProblem {
  kind: DateProblemKind;
  /** The metadata field whose date is impossible. */
  field: 'published' | 'written';
  /** That date, YYYY-MM-DD. */
  date: string;
  /** The date it breaks: the last day of the year reported on, the publication date, or today. */
  limit: string;
}

export interface Timeliness {
  /** The year the report covers, or null when neither title nor opening says. */
  year: number | null;
  /** Publication date, YYYY-MM-DD, or ''. */
  published: string;
  /** Last day to publish on time, YYYY-MM-DD, or ''. */
  due: string;
  status: 'on-time' | 'late' | 'unknown';
  /** Impossible dates, in the order: before the year ended, signed after publication, in the future. */
  problems: DateProblem[];
}

const YEAR_IN_TITLE = /((?:19|20)\d\d)\s*年/;
/** A year in the opening, not the year of a full date (2012年6月24日 is a day, not the year reported on). */
const YEAR_IN_OPENING = /((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/;

/** The covered year: from the title, else the opening paragraph (「2024年，在区委…」). */
export function reportYear(title: string, firstParagraph: string): number | null {
  const m = YEAR_IN_TITLE.exec(title) ?? YEAR_IN_OPENING.exec(firstParagraph.slice(0, 80));
  return m ? Number(m[1]) : null;
}

/**
 * A 政府工作报告 is named for the year it is delivered in (2026年政府工作报告, read
 * at the congress in early 2026): it reports on the year before.
 */
const DELIVERED_IN_TITLE_YEAR = /政府工作[报報]告/;

/** Dates that cannot be right: the page (or its reading) says something impossible. */
export function dateProblems(title: string, year: number | null, published: string, written: string, today: string): DateProblem[] {
  const problems: DateProblem[] = [];
  if (year !== null && published) {
    const covered = DELIVERED_IN_TITLE_YEAR.test(title) && !/法治|信息公[开開]/.test(title) ? year - 1 : year;
    const yearEnd = `${covered}-12-31`;
    if (published <= yearEnd) problems.push({ kind: 'before-year-end', field: 'published', date: published, limit: yearEnd });
  }
  if (written && published && written > published) {
    problems.push({ kind: 'written-after-published', field: 'written', date: written, limit: published });
  }
  if (published > today) problems.push({ kind: 'in-future', field: 'published', date: published, limit: today });
  if (written > today) problems.push({ kind: 'in-future', field: 'written', date: written, limit: today });
  return problems;
}

export function timeliness(title: string, firstParagraph: string, published: string, written = '', now = new Date()): Timeliness {
  const year = reportYear(title, firstParagraph);
  const due = year ? `${year + 1}-03-31` : '';
  const status = !year || !published ? 'unknown' : published <= due ? 'on-time' : 'late';
  return { year, published, due, status, problems: dateProblems(title, year, published, written, chinaToday(now)) };
}
