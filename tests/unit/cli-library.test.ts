// The command-line reader's batch tables: the grader's sheet and a figure across reports.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../lib/core/model';
import { loadPage } from '../../lib/node/page-file';
import { batchTable } from '../../lib/library/batch';
import { SHEET_COLUMNS } from '../../lib/library/tables';
import { FIXTURE_DIR } from '../support/fixtures';

const root = resolve(import.meta.dirname, '../..');
const extract = (...args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/extract.ts'), ...args], { encoding: 'utf8', cwd: root });
const page = (name: string) => join(FIXTURE_DIR, `${name}.html`);
/** CSV lines split into cells (the cells checked here hold no commas or quotes). */
const cells = (csv: string) =>
  csv
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));

describe('npm run extract -- --format sheet|across', { timeout: 60_000 }, () => {
  it('writes the grader’s sheet: one row per report, pages that are not reports left out', () => {
    const r = extract('--format', 'sheet', page('a-ucap-000'), page('b-trs-002-t'), page('c-hanweb-list'));
    expect(r.status).toBe(0);
    const [header, ...rows] = cells(r.stdout);
    expect(header).toEqual([...SHEET_COLUMNS]);
    expect(rows.map((row) => row[0])).toEqual(['天宫殿街道办事处2021年法治政府建设年度报告', '船營區2023年法治政府建設年度報告']);
    const at = (name: string) => SHEET_COLUMNS.indexOf(name as (typeof SHEET_COLUMNS)[number]);
    expect(rows[0]![at('content1')]).toBe('part');
    expect(rows[0]![at('onTime')]).toBe('on-time');
    expect(rows[1]![at('place')]).toBe('船營區');
  });

  // The CLI's table itself, in process (one CLI start is 3–10 s on a loaded machine).
  it('writes one indicator across reports in both scripts, by place and year', async () => {
    const models = ['a-ucap-000', 'd-ucap-000-t', 'f-suzhou-004-short'].map((name) => {
      const p = loadPage(page(name));
      return readReport(p.document, p.url).model;
    });
    const [header, ...rows] = cells(await batchTable('across', models, '办结率'));
    expect(header!.slice(0, 5)).toEqual(['place', 'year', 'body', 'label', 'value']);
    expect(rows.map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
      ['天宫殿街道', '2021', '办结率', '100'],
      ['天宮殿街道', '2021', '辦結率', '100'],
    ]);
    // Without an indicator: every figure, with its indicator key first for a pivot table.
    const all = cells(await batchTable('across', models));
    expect(all[0]![0]).toBe('indicator');
    expect(all.filter((row) => row[0] === '办结率')).toHaveLength(2);
  });
});
