// npm run bench: what the extension costs, against baselines measured in the same
// run. In Node over the lib: each stage on the fixture reports and on a synthetic
// 100,000-character report; Readability alone, opencc-js's HTMLConverter and a
// bare pass over every text node as baselines. In Chromium over the built
// extension: the always-on script's cost on pages that are not reports, and the
// time to a report ready for the panel. Prints; asserts nothing. Ends with one
// `bench summary:` line for tracking. The sections live in scripts/bench/: a new
// one is one `await section(...)` line below.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { browserStages } from './bench/browser';
import { bundleSizes } from './bench/bundles';
import { conversionStages } from './bench/conversion';
import { readingStages } from './bench/reading';
import { pages, ROUNDS, summaryLine } from './bench/util';

const withBrowser = !process.argv.includes('--node-only');
const browserOnly = process.argv.includes('--browser-only');

/** Prints a section's heading and what it returns; a section that fails says so and the run goes on. */
async function section(title: string, run: () => string | Promise<string>): Promise<void> {
  console.log(`## ${title}\n`);
  try {
    console.log(await run());
  } catch (err) {
    console.log(`(unavailable: ${String(err)})\n`);
  }
}

async function main() {
  const build = spawnSync(join('node_modules', '.bin', 'wxt'), ['build'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('the extension did not build');
  const cpu = cpus()[0];
  console.log(`# Portal Reader benchmark — ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpus().length} × ${cpu?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; median of ${ROUNDS} rounds\n`,
  );
  if (!browserOnly) {
    const list = pages();
    await section('Reading a report (Node, linkedom), ms', () => readingStages(list));
    await section('Script conversion, Simplified → Taiwan (Node, jsdom), ms', () => conversionStages(list));
    await section('Adversarial 1 MB inputs: time ÷ a linear pass over the same input', async () =>
      (await import('./worst-case')).worstCaseTable(),
    );
    await section('Built bundles', bundleSizes);
    await section('Library, 1,000 generated reports', async () => (await import('./bench/library')).libraryBench(withBrowser));
  }
  if (withBrowser) {
    await section('In Chromium, built extension', browserStages);
    await section('A report that is a file (PDF, in Chromium through the panel)', async () =>
      (await import('./bench/attachments')).attachmentStages(),
    );
  }
  console.log(`load average at the end: ${loadavg()[0]!.toFixed(2)}`);
  console.log(summaryLine());
}

await main();
