// The library's store: IndexedDB through Dexie, in the extension's origin, so the panel,
// the library page and the options page share it. Keyed by the report's address:
// reading the same address again updates the entry. Nothing leaves the browser.

import Dexie, { type Table } from 'dexie';
import type { LibraryEntry } from './entry';

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
  constructor(name: string) {
    super(name);
    // url is the key; readAt orders the table by default.
    this.version(1).stores({ reports: '&url, readAt' });
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
      this.db.transaction('rw', this.db.reports, async () => {
        const had = (await this.db.reports.where('url').equals(entry.url).count()) > 0;
        await this.db.reports.put(entry);
        return had ? 'updated' : 'added';
      }),
    );
  }

  /** Keeps many reports in one transaction: all or, on a full store, none. */
  keepAll(entries: readonly LibraryEntry[]): Promise<{ added: number; updated: number }> {
    return this.write(() =>
      this.db.transaction('rw', this.db.reports, async () => {
        // The last entry of an address wins, as if they were read in order.
        const byUrl = new Map(entries.map((e) => [e.url, e]));
        const urls = [...byUrl.keys()];
        const present = (await this.db.reports.bulkGet(urls)).filter((e) => e !== undefined).length;
        await this.db.reports.bulkPut([...byUrl.values()]);
        return { added: urls.length - present, updated: present };
      }),
    );
  }

  get(url: string): Promise<LibraryEntry | undefined> {
    return this.db.reports.get(url);
  }

  async has(url: string): Promise<boolean> {
    return (await this.db.reports.where('url').equals(url).count()) > 0;
  }

  all(): Promise<LibraryEntry[]> {
    return this.db.reports.orderBy('readAt').reverse().toArray();
  }

  count(): Promise<number> {
    return this.db.reports.count();
  }

  remove(url: string): Promise<void> {
    return this.db.reports.delete(url);
  }

  clear(): Promise<void> {
    return this.db.reports.clear();
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
