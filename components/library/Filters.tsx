// The library table's search and filters: year, place, level, kind, issuing body,
// timeliness and required contents found. Choices come from the kept reports.
import { useId, useMemo } from 'preact/hooks';
import type { LibrarySummary } from '@/lib/library/entry';
import { PLACE_LEVELS, REPORT_KINDS } from '@/lib/library/place';
import { filterChoices, type LibraryQuery } from '@/lib/library/query';
import { kindName, levelName, onTimeName } from '@/lib/view/library-labels';
import { t } from '@/lib/view/strings';

interface Props {
  summaries: readonly LibrarySummary[];
  query: LibraryQuery;
  change: (q: Partial<LibraryQuery>) => void;
}

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: [string, string][];
  onChange: (v: string) => void;
}) {
  const id = useId();
  // The same option elements while the choices are the same: a filter change does not diff hundreds of places again.
  const items = useMemo(
    () =>
      options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      )),
    [options],
  );
  return (
    <div class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('libraryAny')}</option>
        {items}
      </select>
    </div>
  );
}

export function Filters({ summaries, query, change }: Props) {
  const searchId = useId();
  const choices = useMemo(() => filterChoices(summaries), [summaries]);
  const levels = useMemo(() => new Set(summaries.map((s) => s.level)), [summaries]);
  const kinds = useMemo(() => new Set(summaries.map((s) => s.kind)), [summaries]);
  const options = useMemo(
    () => ({
      years: choices.years.map((y): [string, string] => [String(y), String(y)]),
      places: choices.places.map((p): [string, string] => [p, p]),
      bodies: choices.bodies.map((b): [string, string] => [b, b]),
      levels: PLACE_LEVELS.filter((l) => levels.has(l)).map((l): [string, string] => [l, levelName(l)]),
      kinds: REPORT_KINDS.filter((k) => kinds.has(k)).map((k): [string, string] => [k, kindName(k)]),
      onTime: (['on-time', 'late', 'unknown'] as const).map((s): [string, string] => [s, onTimeName(s)]),
      contents: [1, 2, 3, 4, 5].map((n): [string, string] => [String(n), t('libraryAtLeast', n)]),
    }),
    [choices, levels, kinds],
  );
  return (
    <form class="filters" role="search" aria-label={t('libraryFilters')} onSubmit={(e) => e.preventDefault()}>
      <div class="filter search">
        <label for={searchId}>{t('librarySearch')}</label>
        <input
          id={searchId}
          type="search"
          placeholder={t('librarySearchHint')}
          value={query.search}
          onInput={(e) => change({ search: e.currentTarget.value })}
        />
      </div>
      <Select
        label={t('libraryColYear')}
        value={query.year === null ? '' : String(query.year)}
        options={options.years}
        onChange={(v) => change({ year: v ? Number(v) : null })}
      />
      <Select label={t('libraryColPlace')} value={query.place} options={options.places} onChange={(v) => change({ place: v })} />
      <Select
        label={t('libraryColLevel')}
        value={query.level}
        options={options.levels}
        onChange={(v) => change({ level: v as LibraryQuery['level'] })}
      />
      <Select
        label={t('libraryColKind')}
        value={query.kind}
        options={options.kinds}
        onChange={(v) => change({ kind: v as LibraryQuery['kind'] })}
      />
      <Select label={t('libraryColBody')} value={query.body} options={options.bodies} onChange={(v) => change({ body: v })} />
      <Select
        label={t('libraryColOnTime')}
        value={query.onTime}
        options={options.onTime}
        onChange={(v) => change({ onTime: v as LibraryQuery['onTime'] })}
      />
      <Select
        label={t('libraryColContents')}
        value={query.minContents ? String(query.minContents) : ''}
        options={options.contents}
        onChange={(v) => change({ minContents: Number(v) || 0 })}
      />
    </form>
  );
}
