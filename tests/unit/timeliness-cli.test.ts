// Impossible dates reach the command-line reader: in the JSON model and in the findings table.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../support/fixtures';

const root = resolve(import.meta.dirname, '../..');
const extract = (...args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/extract.ts'), ...args], { encoding: 'utf8', cwd: root });
const page = join(FIXTURE_DIR, 'meta-b-trs-docno.html');

describe('impossible dates in the CLI', { timeout: 60_000 }, () => {
  it('lists them under onTime.problems in the JSON', () => {
    const r = extract(page);
    expect(r.status).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.meta).toMatchObject({ published: '2025-03-20', written: '2025-03-26', docNo: '青石府发〔2025〕7号' });
    expect(model.onTime.problems).toEqual([{ kind: 'written-after-published', field: 'written', date: '2025-03-26', limit: '2025-03-20' }]);
  });

  it('names each one in the findings table', () => {
    const clean = join(FIXTURE_DIR, 'meta-f-trad-fabu-shijian.html');
    const [header, ...rows] = extract('--format', 'tsv', '--table', 'findings', page, clean).stdout.trimEnd().split('\n');
    const cells = rows.map((r) => r.split('\t')[header!.split('\t').indexOf('dateProblems')]);
    // A page whose dates are possible has none.
    expect(cells).toEqual(['written-after-published: written 2025-03-26 (limit 2025-03-20)', '']);
  });
});
