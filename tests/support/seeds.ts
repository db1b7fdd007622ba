// The five seed reports (tests/fixtures/seeds/NNN.txt): the project's source documents,
// as a reader copied them off live portals.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEED_DIR = resolve(import.meta.dirname, '../fixtures/seeds');

/** The seed ids, in order ('000' … '004'). */
export const SEED_IDS: string[] = readdirSync(SEED_DIR)
  .filter((f) => /^\d{3}\.txt$/.test(f))
  .map((f) => f.slice(0, 3))
  .sort();

export function seedText(id: string): string {
  return readFileSync(join(SEED_DIR, `${id}.txt`), 'utf8');
}

/** Every seed as { name, text }, in order. */
export function allSeeds(): { name: string; text: string }[] {
  return SEED_IDS.map((id) => ({ name: `${id}.txt`, text: seedText(id) }));
}

export function seedParagraphs(id: string): string[] {
  return seedText(id)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
