// The built bundles' sizes, with the always-on script's budget.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../tests/support/browser';
import { table } from './util';

export function bundleSizes(): string {
  const rows = [['bundle', 'bytes', 'KB']];
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  for (const file of walk(EXTENSION_DIR)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .sort()) {
    const size = statSync(file).size;
    rows.push([file.slice(EXTENSION_DIR.length + 1), String(size), (size / 1024).toFixed(1)]);
  }
  return `${table(rows)}\nalways-on script budget: content-scripts/detector.js ≤ 15 KB\n`;
}
