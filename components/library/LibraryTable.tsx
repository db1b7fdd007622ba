// The kept reports as a table. Column headers are sort buttons (aria-sort says the
// order); a title opens the report's page; each row has its remove button. All page
// text is rendered as text. Rows come a hundred at a time ("show more"), so a library
// of thousands shows and filters at once.
import { useEffect, useState } from 'preact/hooks';
import type { LibrarySummary } from '@/lib/library/entry';
import type { LibraryQuery, SortKey } from '@/lib/library/query';
import { safeHref } from '@/lib/view/download';
import { kindName, levelName, onTimeName } from '@/lib/view/library-labels';
import { t, type StringKey } from '@/lib/view/strings';

interface Props {
  rows: readonly LibrarySummary[];
  query: LibraryQuery;
  sort: (q: Partial<LibraryQuery>) => void;
  remove: (s: LibrarySummary) => void;
}

const COLUMNS: [SortKey, StringKey][] = [
  ['title', 'libraryColTitle'],
  ['place', 'libraryColPlace'],
  ['level', 'libraryColLevel'],
  ['kind', 'libraryColKind'],
  ['year', 'libraryColYear'],
  ['body', 'libraryColBody'],
  ['onTime', 'libraryColOnTime'],
  ['contents', 'libraryColContents'],
  ['readAt', 'libraryColReadAt'],
];

export const PAGE_ROWS = 100;

const readAtText = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function Row({ s, remove }: { s: LibrarySummary; remove: (s: LibrarySummary) => void }) {
  const href = safeHref(s.url);
  return (
    <tr>
      <th scope="row" class="title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>
        ) : (
          <span title={s.url}>{s.title}</span>
        )}
      </th>
      <td>{s.place}</td>
      <td>{levelName(s.level)}</td>
      <td>{kindName(s.kind)}</td>
      <td class="num">{s.year ?? ''}</td>
      <td>{s.body}</td>
      <td data-status={s.onTime}>{onTimeName(s.onTime)}</td>
      <td class="num">{t('libraryContentsValue', s.contents)}</td>
      <td class="num">{readAtText(s.readAt)}</td>
      <td>
        <button type="button" class="remove" aria-label={t('libraryRemoveLabel', s.title)} onClick={() => remove(s)}>
          {t('libraryRemove')}
        </button>
      </td>
    </tr>
  );
}

export function LibraryTable({ rows, query, sort, remove }: Props) {
  const [limit, setLimit] = useState(PAGE_ROWS);
  // A new filter or order starts from the first page again.
  useEffect(() => setLimit(PAGE_ROWS), [query]);
  const more = rows.length - limit;
  return (
    <div class="table-wrap">
      <table class="reports">
        <caption class="visually-hidden">{t('libraryTable')}</caption>
        <thead>
          <tr>
            {COLUMNS.map(([key, label]) => {
              const active = query.sort === key;
              return (
                <th key={key} scope="col" aria-sort={active ? (query.descending ? 'descending' : 'ascending') : undefined}>
                  <button
                    type="button"
                    onClick={() => sort({ sort: key, descending: active ? !query.descending : key === 'readAt' || key === 'year' })}
                  >
                    {t(label)}
                    <span aria-hidden="true">{active ? (query.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span class="visually-hidden">{t('libraryRemove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((s) => (
            <Row key={s.url} s={s} remove={remove} />
          ))}
        </tbody>
      </table>
      {more > 0 && (
        <p class="more">
          <button type="button" onClick={() => setLimit(limit + PAGE_ROWS)}>
            {t('libraryShowMore', Math.min(more, PAGE_ROWS), more)}
          </button>
        </p>
      )}
    </div>
  );
}
