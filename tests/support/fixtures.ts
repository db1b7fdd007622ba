// The fixture corpus: pages under tests/fixtures/pages with their hand-written expectations.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Meta } from '../../lib/core/types';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/pages');

export interface ExpectedFigure {
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: string;
  label: string;
  appendix?: boolean;
}

export interface Expected {
  url: string;
  isReport: boolean;
  family: string;
  seed: string | null;
  script?: 'simplified' | 'traditional';
  kind?: string;
  title: string;
  meta?: Partial<Meta>;
  outline?: { level: number; marker: string; title: string; appendix?: boolean }[];
  outlineProblems?: { kind: string; marker: string }[];
  figures?: ExpectedFigure[] | null;
  notes?: string;
}

export interface Fixture {
  name: string;
  file: string;
  expected: Expected;
}

export function fixtures(): Fixture[] {
  if (!existsSync(FIXTURE_DIR)) return [];
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/, '');
      const expectedFile = join(FIXTURE_DIR, `${name}.expected.json`);
      return { name, file: join(FIXTURE_DIR, f), expected: JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected };
    });
}

export const reportFixtures = () => fixtures().filter((f) => f.expected.isReport);
export const nonReportFixtures = () => fixtures().filter((f) => !f.expected.isReport);
