// The five seed reports (../shared/seeds) as paragraphs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEED_DIR = resolve(import.meta.dirname, '../../../shared/seeds');

export function seedText(id: string): string {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`no seed ${id}`);
  return readFileSync(join(SEED_DIR, file), 'utf8');
}

export function seedParagraphs(id: string): string[] {
  return seedText(id)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
