// Filtering, searching and sorting the figures table (the panel renders the result).
import type { Figure, FigureKind } from '../core/types';

export type KindFilter = 'all' | FigureKind;
export type FigureSort = 'section' | 'value-desc' | 'value-asc';
export const KIND_FILTERS: readonly KindFilter[] = ['all', 'money', 'percent', 'people', 'cases', 'events', 'other'];
export const FIGURE_SORTS: readonly FigureSort[] = ['section', 'value-desc', 'value-asc'];

export interface FigureQuery {
  kind: KindFilter;
  search: string;
  sort: FigureSort;
}

/** Indices of the figures to show, in display order. */
export function viewFigures(figures: readonly Figure[], query: FigureQuery): number[] {
  const needle = query.search.trim().toLowerCase();
  const shown: number[] = [];
  figures.forEach((f, i) => {
    if (query.kind !== 'all' && f.kind !== query.kind) return;
    if (needle && !`${f.label}\u0000${f.text}\u0000${f.sentence}\u0000${f.section}\u0000${f.unit}`.toLowerCase().includes(needle)) return;
    shown.push(i);
  });
  if (query.sort === 'section') return shown; // document order
  const dir = query.sort === 'value-desc' ? -1 : 1;
  // Stable: equal values keep document order.
  return shown.sort((a, b) => dir * (figures[a]!.value - figures[b]!.value) || a - b);
}

export function countByKind(figures: readonly Figure[]): Record<KindFilter, number> {
  const counts = Object.fromEntries(KIND_FILTERS.map((k) => [k, 0])) as Record<KindFilter, number>;
  for (const f of figures) counts[f.kind]++;
  counts.all = figures.length;
  return counts;
}
