// npm run bench, the library: 1,000 generated entries (the fixture reports' models
// under generated places, years and addresses). In Chromium over the built extension:
// library.html's table shown (from the page's start: script, store read, render) and a
// filter (input to the re-rendered table); in Node: the query alone, and storage per entry.
import { cpus, loadavg } from 'node:os';
import { readReport } from '../../lib/core/model';
import { loadPage } from '../../lib/node/page-file';
import { backupJSON } from '../../lib/library/backup';
import { buildEntry, summaryOf, type LibraryEntry } from '../../lib/library/entry';
import { EMPTY_QUERY, queryLibrary } from '../../lib/library/query';
import { launch } from '../../tests/support/browser';
import { reportFixtures } from '../../tests/support/fixtures';

const PLACES = ['青石县', '柳塘区', '松川县', '金平区月浦街道', '船营区', '某市司法局', '云岚市', '桐溪区', '外冈镇', '平昌县'];

/** n entries: fixture models with generated titles, places, years and addresses. */
export function generatedEntries(n: number): LibraryEntry[] {
  const models = reportFixtures()
    .slice(0, 12)
    .map((f) => {
      const page = loadPage(f.file);
      return readReport(page.document, page.url).model;
    });
  const out: LibraryEntry[] = [];
  for (let i = 0; i < n; i++) {
    const m = models[i % models.length]!;
    const place = `${PLACES[i % PLACES.length]}${Math.floor(i / PLACES.length) % 7 ? `第${i % 97}` : ''}`;
    const year = 2018 + (i % 8);
    const title = `${place}${year}年法治政府建设年度报告`;
    const readAt = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000);
    out.push(buildEntry({ ...m, title, url: `https://www.bench${i % 50}.gov.cn/fzzf/${i}.html`, onTime: { ...m.onTime, year } }, readAt));
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : '—');

export async function libraryBench(withBrowser: boolean): Promise<string> {
  const entries = generatedEntries(1000);
  const summaries = entries.map(summaryOf);
  const bytes = entries.map((e) => Buffer.byteLength(JSON.stringify(e)));
  const nodeQuery: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    queryLibrary(summaries, {
      ...EMPTY_QUERY,
      search: `${PLACES[i % PLACES.length]}`,
      year: 2018 + (i % 8),
      sort: 'title',
      descending: false,
    });
    nodeQuery.push(performance.now() - t0);
  }
  const lines = [
    `entries: 1,000; JSON per entry median ${median(bytes)} B, mean ${Math.round(bytes.reduce((a, b) => a + b) / bytes.length)} B; summary per entry ${Math.round(JSON.stringify(summaries).length / summaries.length)} chars`,
    `query (search + year filter + sort by title) in Node: median ${ms(median(nodeQuery))} ms`,
  ];
  if (!withBrowser) return lines.join('\n') + '\n';
  const h = await launch();
  try {
    const url = `chrome-extension://${h.extensionId}/library.html`;
    const page = await h.context.newPage();
    await page.goto(url);
    await page
      .getByTestId('library-import')
      .setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(backupJSON(entries)) });
    await page.getByText(/1000/).first().waitFor({ timeout: 60_000 });
    const shown: number[] = [];
    const reads: number[] = [];
    const filters: number[] = [];
    // Baseline in the same page and run: one raw IndexedDB getAll of the same 1,000 table rows.
    const rawRead = () =>
      page.evaluate(async () => {
        const req = indexedDB.open('portal-reader-library');
        const db: IDBDatabase = await new Promise((ok) => (req.onsuccess = () => ok(req.result)));
        const t0 = performance.now();
        await new Promise((ok) => (db.transaction('summaries').objectStore('summaries').getAll().onsuccess = ok));
        const took = performance.now() - t0;
        db.close();
        return took;
      });
    for (let round = 0; round < 5; round++) {
      await page.reload();
      shown.push(
        (await page
          .waitForFunction(() => performance.getEntriesByName('portal-reader:library-table')[0]?.duration, undefined, { timeout: 30_000 })
          .then((x) => x.jsonValue())) as number,
      );
      reads.push(await rawRead());
      for (const [i, word] of ['青石', '柳塘区', 'bench7', ''].entries()) {
        await page.getByRole('searchbox').fill(word);
        filters.push(
          (await page
            .waitForFunction((n) => performance.getEntriesByName('portal-reader:library-filter')[n]?.duration, i, { timeout: 10_000 })
            .then((x) => x.jsonValue())) as number,
        );
      }
    }
    const rows = await page.locator('table.reports tbody tr').count();
    lines.push(
      `library.html with 1,000 reports (${rows} rows drawn, 100 a page): table shown (library script start → store opened, read, filtered, rendered) median ${ms(median(shown))} ms (budget < 200 ms); baseline raw IndexedDB getAll of the same rows ${ms(median(reads))} ms (${(median(shown) / median(reads)).toFixed(1)}×)`,
      `filter (search typed → table re-rendered) median ${ms(median(filters))} ms, max ${ms(Math.max(...filters))} ms (budget < 50 ms); load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
    );
  } finally {
    await h.close();
  }
  return lines.join('\n') + '\n';
}
