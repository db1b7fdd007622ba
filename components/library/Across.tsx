// A figure across reports: the reader names an indicator (labels compared across
// scripts, … for any words), sees its value in each report shown, by place and year,
// as a table and a small chart, and downloads the table. A row links to the figure's
// place in its report.
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { LibraryEntry, LibrarySummary } from '@/lib/library/entry';
import { loadFold, type Fold } from '@/lib/library/labels';
import { libraryStore } from '@/lib/library/store';
import { acrossCSV, chartSeries, figuresAcross, indicators } from '@/lib/library/tables';
import { datedName, download, MIME, safeHref } from '@/lib/view/download';
import { t } from '@/lib/view/strings';
import { Chart } from './Chart';
import type { Status } from './Library';

interface Props {
  shown: readonly LibrarySummary[];
  setStatus: (s: Status) => void;
}

const valueText = (value: number, valueMax?: number) => (valueMax !== undefined ? `${value}–${valueMax}` : String(value));

export function Across({ shown, setStatus }: Props) {
  const inputId = useId();
  const listId = useId();
  const [draft, setDraft] = useState('');
  const [indicator, setIndicator] = useState('');
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [fold, setFold] = useState<Fold | null>(null);
  const [wanted, setWanted] = useState(false);

  // The whole entries (with their figures) are read only once the reader turns to this section.
  const urls = useMemo(() => shown.map((s) => s.url).join('\n'), [shown]);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    Promise.all([libraryStore().all(urls ? urls.split('\n') : []), loadFold()])
      .then(([list, f]) => {
        if (!live) return;
        setEntries(list);
        setFold(() => f);
      })
      .catch((err: unknown) => setStatus({ text: t('libraryFailed', String(err)), error: true }));
    return () => {
      live = false;
    };
  }, [wanted, urls, setStatus]);

  const choices = useMemo(() => (entries && fold ? indicators(entries, fold) : []), [entries, fold]);
  const rows = useMemo(() => (entries && fold && indicator ? figuresAcross(entries, indicator, fold) : []), [entries, fold, indicator]);
  const series = useMemo(() => chartSeries(rows), [rows]);

  return (
    <section aria-labelledby="across-heading" class="across">
      <h2 id="across-heading">{t('libraryAcrossHeading')}</h2>
      <form
        class="indicator"
        onSubmit={(e) => {
          e.preventDefault();
          setWanted(true);
          setIndicator(draft.trim());
        }}
      >
        <label for={inputId}>{t('libraryIndicator')}</label>
        <input
          id={inputId}
          list={listId}
          value={draft}
          placeholder={t('libraryIndicatorHint')}
          onFocus={() => setWanted(true)}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <datalist id={listId}>
          {choices.map((c) => (
            <option key={`${c.key}|${c.unit}`} value={c.key}>
              {`${c.key} (${c.unit}) · ${c.reports}`}
            </option>
          ))}
        </datalist>
        <button type="submit">{t('libraryIndicator')}</button>
      </form>
      {indicator && entries && (
        <>
          <p class="count" aria-live="polite">
            {rows.length ? t('libraryAcrossCount', rows.length) : t('libraryAcrossNone')}
          </p>
          {rows.length > 0 && (
            <>
              <div class="actions">
                <button
                  type="button"
                  onClick={() => {
                    download(datedName('figures-across', 'csv'), acrossCSV(rows), MIME.csv);
                    setStatus({ text: t('libraryExported', new Set(rows.map((r) => r.url)).size) });
                  }}
                >
                  {t('libraryAcrossCsv')}
                </button>
              </div>
              {series.years.length > 0 && <Chart series={series} title={t('libraryAcrossChart', `${indicator} (${series.unit})`)} />}
              <div class="table-wrap">
                <table class="figures-across">
                  <thead>
                    <tr>
                      <th scope="col">{t('libraryColPlace')}</th>
                      <th scope="col">{t('libraryColYear')}</th>
                      <th scope="col">{t('libraryColLabel')}</th>
                      <th scope="col">{t('libraryColValue')}</th>
                      <th scope="col">{t('libraryColUnit')}</th>
                      <th scope="col">{t('libraryColText')}</th>
                      <th scope="col">{t('libraryColTitle')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r, i) => {
                      const href = safeHref(r.link);
                      return (
                        <tr key={`${r.url}#${i}`}>
                          <td>{r.place}</td>
                          <td class="num">{r.year ?? ''}</td>
                          <td>{r.label}</td>
                          <td class="num">{valueText(r.value, r.valueMax)}</td>
                          <td>{r.unit}</td>
                          <td>
                            {href ? (
                              <a href={href} target="_blank" rel="noopener noreferrer" title={t('libraryOpenFigure')}>
                                {r.text}
                              </a>
                            ) : (
                              r.text
                            )}
                          </td>
                          <td>{r.title}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
