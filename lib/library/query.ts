// The library table's sort, filters and search: plain functions over entries, so the
// page, the bench and the tests run the same code.

import type { LibrarySummary } from './entry';
import type { PlaceLevel, ReportKind } from './place';

export type SortKey = 'title' | 'body' | 'place' | 'level' | 'kind' | 'year' | 'onTime' | 'contents' | 'readAt';

export interface LibraryQuery {
  /** Words to find in the title, body, place or address (all must occur). */
  search: string;
  year: number | null;
  place: string;
  level: PlaceLevel | '';
  kind: ReportKind | '';
  body: string;
  onTime: 'on-time' | 'late' | 'unknown' | '';
  /** At least this many of the five required contents found. */
  minContents: number;
  sort: SortKey;
  descending: boolean;
}

export const EMPTY_QUERY: LibraryQuery = {
  search: '',
  year: null,
  place: '',
  level: '',
  kind: '',
  body: '',
  onTime: '',
  minContents: 0,
  sort: 'readAt',
  descending: true,
};

/** What search looks in, built once per entry (lower case, for Latin letters in addresses). */
const haystacks = new WeakMap<LibrarySummary, string>();
function haystack(e: LibrarySummary): string {
  let h = haystacks.get(e);
  if (h === undefined) haystacks.set(e, (h = `${e.title}\n${e.body}\n${e.place}\n${e.department}\n${e.url}`.toLowerCase()));
  return h;
}

function sortValue(e: LibrarySummary, key: SortKey): string | number {
  switch (key) {
    case 'year':
      return e.year ?? -1;
    case 'onTime':
      return e.onTime;
    case 'contents':
      return e.contents;
    case 'title':
    case 'body':
    case 'place':
    case 'level':
    case 'kind':
    case 'readAt':
      return e[key];
  }
}

const collator = new Intl.Collator('zh');

export function queryLibrary(entries: readonly LibrarySummary[], q: LibraryQuery): LibrarySummary[] {
  const words = q.search.toLowerCase().split(/\s+/).filter(Boolean);
  const out = entries.filter(
    (e) =>
      (q.year === null || e.year === q.year) &&
      (!q.place || e.place === q.place) &&
      (!q.level || e.level === q.level) &&
      (!q.kind || e.kind === q.kind) &&
      (!q.body || e.body === q.body) &&
      (!q.onTime || e.onTime === q.onTime) &&
      (!q.minContents || e.contents >= q.minContents) &&
      (!words.length || words.every((w) => haystack(e).includes(w))),
  );
  const sign = q.descending ? -1 : 1;
  const keyed = out.map((e) => [sortValue(e, q.sort), e] as const);
  keyed.sort(([a, ea], [b, eb]) => {
    const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    return sign * c || collator.compare(ea.url, eb.url);
  });
  return keyed.map(([, e]) => e);
}

/** The values a filter can take, from the entries (sorted, each once). */
export function filterChoices(entries: readonly LibrarySummary[]): { years: number[]; places: string[]; bodies: string[] } {
  const years = new Set<number>();
  const places = new Set<string>();
  const bodies = new Set<string>();
  for (const e of entries) {
    if (e.year !== null) years.add(e.year);
    if (e.place) places.add(e.place);
    if (e.body) bodies.add(e.body);
  }
  return {
    years: [...years].sort((a, b) => b - a),
    places: [...places].sort(collator.compare),
    bodies: [...bodies].sort(collator.compare),
  };
}
