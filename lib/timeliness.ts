// Whether a report was published on time: a year's report is due before
// 1 April of the following year (docs/report-model.md §5).

export interface Timeliness {
  /** The year the report covers, or null when neither title nor opening says. */
  year: number | null;
  /** Publication date, YYYY-MM-DD, or ''. */
  published: string;
  /** Last day to publish on time, YYYY-MM-DD, or ''. */
  due: string;
  status: 'on-time' | 'late' | 'unknown';
}

const YEAR_IN_TITLE = /((?:19|20)\d\d)\s*年/;

/** The covered year: from the title, else the opening paragraph (「2024年，在区委…」). */
export function reportYear(title: string, firstParagraph: string): number | null {
  const m = YEAR_IN_TITLE.exec(title) ?? YEAR_IN_TITLE.exec(firstParagraph.slice(0, 80));
  return m ? Number(m[1]) : null;
}

export function timeliness(title: string, firstParagraph: string, published: string): Timeliness {
  const year = reportYear(title, firstParagraph);
  const due = year ? `${year + 1}-03-31` : '';
  const status = !year || !published ? 'unknown' : published <= due ? 'on-time' : 'late';
  return { year, published, due, status };
}
