// A real XLSX workbook through exceljs, imported only when a workbook is asked for
// (the library page's export, the tests): ~1 MB that no other page loads.

import type { LibraryEntry } from './entry';
import { acrossRows, sheetRows, type AcrossRow } from './tables';

type Cell = string | number | null;

async function workbook(sheets: { name: string; rows: Cell[][]; widths: number[] }[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Portal Reader';
  for (const { name, rows, widths } of sheets) {
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of rows) sheet.addRow(row.map((c) => (c === null ? '' : c)));
    sheet.getRow(1).font = { bold: true };
    widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    if (rows[0]) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: rows[0].length } };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The grader's sheet as a workbook: one row per report, a header row with filters. */
export function sheetWorkbook(entries: readonly LibraryEntry[]): Promise<Uint8Array> {
  const rows = sheetRows(entries);
  return workbook([{ name: 'Reports', rows, widths: rows[0]!.map((h) => (h === 'title' || h === 'url' ? 48 : h === 'body' ? 28 : 14)) }]);
}

/** A figure across reports as a workbook. */
export function acrossWorkbook(rows: readonly AcrossRow[]): Promise<Uint8Array> {
  const table = acrossRows(rows);
  return workbook([{ name: 'Figures', rows: table, widths: table[0]!.map((h) => (h === 'title' || h === 'link' ? 48 : 16)) }]);
}
