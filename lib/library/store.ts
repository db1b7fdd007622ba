// The library's store: IndexedDB through Dexie, in the extension's origin, so the panel,
// the library page and the options page share it. Keyed by the report's address:
// reading the same address again updates the entry. Nothing leaves the browser.

import Dexie, { type Table } from 'dexie';
import { summaryOf, type LibraryEntry, type LibrarySummary } from './entry';

export const LIBRARY_DB = 'portal-reader-library';

/** The browser's storage is full: what was kept before is still there. */
export class LibraryFullError extends Error {
  constructor(cause?: unknown) {
    super('library-full');
    this.name = 'LibraryFullError';
    this.cause = cause;
  }
}

/** A quota error, however IndexedDB and Dexie wrap it (an aborted transaction carries it inside). */
export function isQuotaError(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 4; depth++) {
    const { name, inner } = e as { name?: string; inner?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

class LibraryDB extends Dexie {
  reports!: Table<LibraryEntry, string>;
  /** The table's columns of each entry (a few hundred bytes, where an entry is ~12 kB): the page's table loads these. */
  summaries!: Table<LibrarySummary, string>;
  constructor(name: string) {
    super(name);
    // url is the key; readAt orders the table by default.
    this.version(1).stores({ reports: '&url', summaries: '&url, readAt' });
  }
}

export type KeepResult = 'added' | 'updated';

export class LibraryStore {
  readonly db: LibraryDB;

  constructor(name = LIBRARY_DB) {
    this.db = new LibraryDB(name);
  }

  /** Runs a write; a full store becomes LibraryFullError. A failed transaction changes nothing. */
  private async write<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw isQuotaError(err) ? new LibraryFullError(err) : err;
    }
  }

  /** Keeps a report, replacing the entry of the same address. */
  keep(entry: LibraryEntry): Promise<KeepResult> {
    return this.write(() =>
      this.db.transaction('rw', this.db.reports, this.db.summaries, async () => {
        const had = (await this.db.summaries.where('url').equals(entry.url).count()) > 0;
        await this.db.reports.put(entry);
        await this.db.summaries.put(summaryOf(entry));
        return had ? 'updated' : 'added';
      }),
    );
  }

  /** Keeps many reports in one transaction: all or, on a full store, none. */
  keepAll(entries: readonly LibraryEntry[]): Promise<{ added: number; updated: number }> {
    return this.write(() =>
      this.db.transaction('rw', this.db.reports, this.db.summaries, async () => {
        // The last entry of an address wins, as if they were read in order.
        const byUrl = new Map(entries.map((e) => [e.url, e]));
        const urls = [...byUrl.keys()];
        const present = (await this.db.summaries.bulkGet(urls)).filter((e) => e !== undefined).length;
        await this.db.reports.bulkPut([...byUrl.values()]);
        await this.db.summaries.bulkPut([...byUrl.values()].map(summaryOf));
        return { added: urls.length - present, updated: present };
      }),
    );
  }

  get(url: string): Promise<LibraryEntry | undefined> {
    return this.db.reports.get(url);
  }

  async has(url: string): Promise<boolean> {
    return (await this.db.summaries.where('url').equals(url).count()) > 0;
  }

  /** The table's rows, most recently read first. */
  async summaries(): Promise<LibrarySummary[]> {
    // One getAll on the table, sorted here: faster than walking the readAt index.
    const list = await this.db.summaries.toArray();
    return list.sort((a, b) => (a.readAt < b.readAt ? 1 : a.readAt > b.readAt ? -1 : 0));
  }

  /** Whole entries, most recently read first; of the given addresses only, when given. */
  async all(urls?: readonly string[]): Promise<LibraryEntry[]> {
    const order = (await this.summaries()).map((s) => s.url);
    const wanted = urls ? new Set(urls) : null;
    const keys = wanted ? order.filter((u) => wanted.has(u)) : order;
    return (await this.db.reports.bulkGet(keys)).filter((e) => e !== undefined);
  }

  count(): Promise<number> {
    return this.db.summaries.count();
  }

  remove(url: string): Promise<void> {
    return this.db.transaction('rw', this.db.reports, this.db.summaries, async () => {
      await this.db.reports.delete(url);
      await this.db.summaries.delete(url);
    });
  }

  clear(): Promise<void> {
    return this.db.transaction('rw', this.db.reports, this.db.summaries, async () => {
      await this.db.reports.clear();
      await this.db.summaries.clear();
    });
  }

  close(): void {
    this.db.close();
  }
}

let shared: LibraryStore | undefined;

/** The store of the extension's pages (one connection per page). */
export function libraryStore(): LibraryStore {
  return (shared ??= new LibraryStore());
}
