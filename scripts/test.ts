// npm test: build the extension (Chrome, then Firefox for its own suite), run the unit and end-to-end suites, and close
// with one line counting the tests passed and failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name: string) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status ?? 1;
}

// The build, the type check and the linter come first: each failing counts as a failed test.
for (const [what, cmd, args] of [
  ['the extension did not build', bin('wxt'), ['build']],
  // Once, before the tests: the Firefox suites (lint and e2e) use this build.
  ['the Firefox add-on did not build', bin('wxt'), ['build', '-b', 'firefox', '--mv3']],
  ['tsc --noEmit found type errors', bin('tsc'), ['--noEmit']],
  ['the linter or formatter found problems', bin('eslint'), ['.']],
  ['the linter or formatter found problems', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
] as const) {
  if (run(cmd, [...args]) !== 0) {
    console.log(`tests: 0 passed, 1 failed (${what})`);
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'portal-reader-test-'));
const report = join(dir, 'vitest.json');
const status = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + json.numTodoTests;
}
rmSync(dir, { recursive: true, force: true });
if (status !== 0 && failed === 0) failed = 1; // A suite that failed to load counts as a failure.
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status === 0 && failed === 0 && passed > 0 ? 0 : 1);
