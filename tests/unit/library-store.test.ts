// The library's store against fake-indexeddb: keep, update by address, remove, clear,
// backup → import round trip, the command-line reader's JSON, a full store.
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReport } from '../../lib/core/model';
import { loadPage } from '../../lib/node/page-file';
import { modelJSON } from '../../lib/view/export';
import { backupJSON, readImport } from '../../lib/library/backup';
import { buildEntry, type LibraryEntry } from '../../lib/library/entry';
import { LibraryFullError, LibraryStore } from '../../lib/library/store';
import { FIXTURE_DIR } from '../support/fixtures';

const NAMES = ['a-ucap-000', 'b-trs-002-t', 'd-ucap-002-s-skip'];
const models = NAMES.map((name) => {
  const page = loadPage(join(FIXTURE_DIR, `${name}.html`));
  return readReport(page.document, page.url).model;
});
const entry = (i: number, readAt = '2026-12-01T08:00:00.000Z') => buildEntry(models[i]!, readAt);

let store: LibraryStore;
let n = 0;
beforeEach(() => {
  store = new LibraryStore(`library-test-${n++}`);
});
afterEach(() => store.close());

describe('the library store', () => {
  it('adds a report, and reading the same address again updates it instead of adding one', async () => {
    expect(await store.keep(entry(0))).toBe('added');
    expect(await store.keep(entry(1))).toBe('added');
    expect(await store.keep(entry(0, '2026-12-02T09:00:00.000Z'))).toBe('updated');
    expect(await store.count()).toBe(2);
    expect((await store.get(models[0]!.url))?.readAt).toBe('2026-12-02T09:00:00.000Z');
    // Most recently read first.
    expect((await store.all()).map((e) => e.url)).toEqual([models[0]!.url, models[1]!.url]);
  });

  it('removes one report and clears all', async () => {
    for (let i = 0; i < 3; i++) await store.keep(entry(i));
    await store.remove(models[1]!.url);
    expect(await store.has(models[1]!.url)).toBe(false);
    expect(await store.count()).toBe(2);
    await store.clear();
    expect(await store.count()).toBe(0);
  });

  it('exports JSON that imports back equal, and again without duplicates', async () => {
    for (let i = 0; i < 3; i++) await store.keep(entry(i, `2026-12-0${i + 1}T08:00:00.000Z`));
    const before = await store.all();
    const json = backupJSON(before);
    const other = new LibraryStore(`library-test-${n++}`);
    const { entries, skipped } = readImport(json);
    expect(skipped).toBe(0);
    expect(await other.keepAll(entries)).toEqual({ added: 3, updated: 0 });
    expect(await other.all()).toEqual(before);
    // Importing the same backup again adds nothing.
    expect(await other.keepAll(readImport(json).entries)).toEqual({ added: 0, updated: 3 });
    expect(await other.count()).toBe(3);
    other.close();
  });

  it('imports the command-line reader’s JSON output, skipping pages that are not reports', async () => {
    // What `npm run --silent extract -- --format json a.html b.html` prints (scripts/extract.ts).
    const list = [loadPage(join(FIXTURE_DIR, 'c-hanweb-list.html'))].map((p) => readReport(p.document, p.url).model);
    const stdout = JSON.stringify([modelJSON(models[0]!, 'a.html'), modelJSON(list[0]!, 'b.html')], null, 2);
    const { entries, skipped } = readImport(stdout, new Date('2026-12-03T00:00:00Z'));
    expect(skipped).toBe(1);
    expect(entries.map((e) => e.title)).toEqual([models[0]!.title]);
    // The CLI's JSON gives the same entry as the panel's model.
    expect(entries[0]).toEqual(buildEntry(models[0]!, '2026-12-03T00:00:00.000Z'));
    await store.keep(entry(1));
    expect(await store.keepAll(entries)).toEqual({ added: 1, updated: 0 });
    expect(await store.keepAll(entries)).toEqual({ added: 0, updated: 1 });
  });

  it('refuses a file that is not JSON, and keeps only what is a report', () => {
    expect(() => readImport('<html>')).toThrow();
    expect(readImport(JSON.stringify([{ title: 'x' }, 42, null]))).toEqual({ entries: [], skipped: 3 });
    const hostile = { ...entry(0), title: '<img src=x onerror=alert(1)>', figures: [{ value: 'NaN' }], extra: 'dropped' };
    const [read] = readImport(JSON.stringify(hostile)).entries as [LibraryEntry];
    expect(read.title).toBe('<img src=x onerror=alert(1)>');
    expect(read.figures).toEqual([]);
    expect(read).not.toHaveProperty('extra');
  });

  it('a full store gives LibraryFullError and loses nothing already kept', async () => {
    await store.keep(entry(0));
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } } }).IDBObjectStore
      .prototype;
    const put = proto.put;
    proto.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(store.keep(entry(1))).rejects.toBeInstanceOf(LibraryFullError);
      await expect(store.keepAll([entry(1), entry(2)])).rejects.toBeInstanceOf(LibraryFullError);
    } finally {
      proto.put = put;
    }
    expect((await store.all()).map((e) => e.url)).toEqual([models[0]!.url]);
    expect(await store.get(models[0]!.url)).toEqual(entry(0));
  });
});
