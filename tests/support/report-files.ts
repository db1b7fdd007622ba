// The report files made from fixture pages by scripts/fixtures/files.ts (npm run fixtures:files).
import { resolve } from 'node:path';

export const FILES_DIR = resolve(import.meta.dirname, '../fixtures/files');

/** Which page becomes which files: both scripts, long reports so PDFs and OFDs run to several pages. */
export const FILE_FIXTURES: { page: string; pdf: boolean; docx: boolean; ofd: boolean }[] = [
  { page: 'b-trs-004', pdf: true, docx: true, ofd: true },
  { page: 'f-shenzhen-001-t', pdf: true, docx: true, ofd: false },
  { page: 'e-gkmlpt-001', pdf: true, docx: false, ofd: true },
  { page: 'd-ucap-000-t', pdf: true, docx: false, ofd: false },
];

export function reportFiles(): { page: string; file: string; kind: 'pdf' | 'docx' | 'ofd' }[] {
  return FILE_FIXTURES.flatMap((f) =>
    (['pdf', 'docx', 'ofd'] as const)
      .filter((k) => f[k])
      .map((kind) => ({ page: f.page, kind, file: resolve(FILES_DIR, `${f.page}.${kind}`) })),
  );
}
