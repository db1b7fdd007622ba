// The command-line reader's batch tables (`--format sheet`, `--format across`): the
// grader's sheet and the figures across reports, over the reports of a batch of pages.

import type { ReportModel } from '../core/model';
import { buildEntry } from './entry';
import { loadFold } from './labels';
import { acrossCSV, allFiguresCSV, figuresAcross, sheetCSV } from './tables';

export const BATCH_FORMATS = ['sheet', 'across'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** The table as CSV; pages that are not reports are left out. Without an indicator, `across` lists every figure. */
export async function batchTable(
  format: BatchFormat,
  models: readonly ReportModel[],
  indicator = '',
  readAt = new Date(),
): Promise<string> {
  const entries = models.filter((m) => m.isReport).map((m) => buildEntry(m, readAt));
  if (format === 'sheet') return sheetCSV(entries);
  const fold = await loadFold();
  return indicator ? acrossCSV(figuresAcross(entries, indicator, fold)) : allFiguresCSV(entries, fold);
}
