// The library page: the kept reports as a table (sort, filter, search), the grader's
// sheet export, a figure across reports, and the backup. The table follows the store
// live (the panel keeps reports while this page is open).
import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { backupJSON, readImport } from '@/lib/library/backup';
import type { LibrarySummary } from '@/lib/library/entry';
import { EMPTY_QUERY, queryLibrary, type LibraryQuery } from '@/lib/library/query';
import { LibraryFullError, libraryStore } from '@/lib/library/store';
import { sheetCSV } from '@/lib/library/tables';
import { datedName, download, MIME } from '@/lib/view/download';
import { t } from '@/lib/view/strings';
import { Across } from './Across';
import { Filters } from './Filters';
import { LibraryTable } from './LibraryTable';

/** When the library's script started (the page's own loading before it is the browser's). */
const LIBRARY_START = performance.now();

export interface Status {
  text: string;
  error?: boolean;
}

const errorText = (err: unknown) =>
  err instanceof LibraryFullError ? t('libraryFull') : t('libraryFailed', err instanceof Error ? err.message : String(err));

export function Library() {
  const store = libraryStore();
  const [summaries, setSummaries] = useState<LibrarySummary[] | null>(null);
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [status, setStatus] = useState<Status>({ text: '' });
  const fileInput = useRef<HTMLInputElement>(null);
  const filterStart = useRef(0);

  useEffect(() => {
    const sub = liveQuery(() => store.summaries()).subscribe({
      next: (list) => {
        if (!performance.getEntriesByName('portal-reader:library-read').length)
          performance.measure('portal-reader:library-read', { start: LIBRARY_START, end: performance.now() });
        setSummaries(list);
      },
      error: (err: unknown) => setStatus({ text: errorText(err), error: true }),
    });
    return () => sub.unsubscribe();
  }, [store]);

  const shown = useMemo(() => (summaries ? queryLibrary(summaries, query) : []), [summaries, query]);

  // Timings for `npm run bench`: the table shown (from the library's start: store opened
  // and read, filtered, rendered) and each filter (input to the table re-rendered).
  const firstShown = useRef(false);
  useLayoutEffect(() => {
    if (!summaries) return;
    if (!firstShown.current) {
      firstShown.current = true;
      performance.measure('portal-reader:library-table', { start: LIBRARY_START, end: performance.now() });
    } else if (filterStart.current) {
      performance.measure('portal-reader:library-filter', { start: filterStart.current, end: performance.now() });
      filterStart.current = 0;
    }
  }, [summaries, shown]);

  const changeQuery = (q: Partial<LibraryQuery>) => {
    filterStart.current = performance.now();
    setQuery((old) => ({ ...old, ...q }));
  };

  const run = async (work: () => Promise<string>) => {
    try {
      setStatus({ text: await work() });
    } catch (err) {
      setStatus({ text: errorText(err), error: true });
    }
  };

  const remove = (s: LibrarySummary) =>
    run(async () => {
      await store.remove(s.url);
      return t('libraryRemoved', s.title);
    });

  const shownEntries = () => store.all(shown.map((s) => s.url));

  const exportSheetCSV = () =>
    run(async () => {
      download(datedName('grader-sheet', 'csv'), sheetCSV(await shownEntries()), MIME.csv);
      return t('libraryExported', shown.length);
    });

  const exportSheetXLSX = () =>
    run(async () => {
      const { sheetWorkbook } = await import('@/lib/library/xlsx');
      download(datedName('grader-sheet', 'xlsx'), await sheetWorkbook(await shownEntries()), MIME.xlsx);
      return t('libraryExported', shown.length);
    });

  const exportJSON = () =>
    run(async () => {
      const all = await store.all();
      download(datedName('portal-reader-library', 'json'), backupJSON(all), MIME.json);
      return t('libraryExported', all.length);
    });

  const importJSON = (file: File) =>
    run(async () => {
      let result;
      try {
        result = readImport(await file.text());
      } catch (err) {
        throw new Error(t('libraryImportFailed', err instanceof Error ? err.message : String(err)));
      }
      const { added, updated } = await store.keepAll(result.entries);
      return t('libraryImported', added, updated, result.skipped);
    });

  return (
    <main class="library">
      <header>
        <h1>{t('libraryTitle')}</h1>
        <p class="muted">{t('libraryIntro')}</p>
      </header>
      <p class="status" role="status" aria-live="polite" data-error={status.error ? '' : undefined}>
        {status.text}
      </p>
      {summaries === null ? (
        <p>{t('libraryLoading')}</p>
      ) : (
        <>
          <Filters summaries={summaries} query={query} change={changeQuery} />
          <p class="count" aria-live="polite">
            {t('libraryShown', shown.length, summaries.length)}
          </p>
          {summaries.length === 0 ? (
            <p class="empty">{t('libraryEmpty')}</p>
          ) : shown.length === 0 ? (
            <p class="empty">{t('libraryNoMatch')}</p>
          ) : (
            <LibraryTable rows={shown} query={query} sort={changeQuery} remove={remove} />
          )}
          <section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">{t('librarySheetHeading')}</h2>
            <p class="muted">{t('librarySheetHelp')}</p>
            <div class="actions">
              <button type="button" disabled={!shown.length} onClick={exportSheetCSV}>
                {t('librarySheetCsv')}
              </button>
              <button type="button" disabled={!shown.length} onClick={exportSheetXLSX}>
                {t('librarySheetXlsx')}
              </button>
            </div>
          </section>
          <Across shown={shown} setStatus={setStatus} />
          <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">{t('libraryBackupHeading')}</h2>
            <p class="muted">{t('libraryImportHelp')}</p>
            <div class="actions">
              <button type="button" disabled={!summaries.length} onClick={exportJSON}>
                {t('libraryExportJson')}
              </button>
              <button type="button" onClick={() => fileInput.current?.click()}>
                {t('libraryImportJson')}
              </button>
              <input
                ref={fileInput}
                type="file"
                accept=".json,application/json"
                hidden
                data-testid="library-import"
                onChange={(e) => {
                  const input = e.currentTarget;
                  const file = input.files?.[0];
                  if (file) void importJSON(file).finally(() => (input.value = ''));
                }}
              />
            </div>
          </section>
        </>
      )}
    </main>
  );
}
