// Command-line reader: npm run --silent extract -- [--format json|tsv|csv|md|sheet|across] [--table figures|findings] [--indicator LABEL] [--url URL] FILE.html|.pdf|.docx|.ofd…
// tsv/csv/md print one table per run (--table: the figures, or one row of findings per report);
// sheet and across are batch tables (CSV): the grader's sheet (one row per report) and
// the figures across reports (every figure, or one indicator's, by place and year).
import { COPY_FORMATS, REPORT_TABLES, formatTable, modelJSON, type CopyFormat, type ReportTable } from '../lib/view/export';
import { readReport, type ReportModel } from '../lib/core/model';
import { loadPage } from '../lib/node/page-file';
import { BATCH_FORMATS, batchTable, type BatchFormat } from '../lib/library/batch';
import { isReportFile, readReportFile } from '../lib/node/report-file';

const usage =
  'usage: extract [--format json|tsv|csv|md|sheet|across] [--table figures|findings] [--indicator LABEL] [--url URL] FILE.html|FILE.pdf|FILE.docx|FILE.ofd…';

async function main(argv: string[]): Promise<number> {
  let format: CopyFormat | BatchFormat = 'json';
  let table: ReportTable = 'figures';
  let url = '';
  let indicator = '';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') {
      const f = argv[++i] as CopyFormat | BatchFormat;
      if (!COPY_FORMATS.includes(f as CopyFormat) && !BATCH_FORMATS.includes(f as BatchFormat)) {
        console.error(`extract: unknown format "${f ?? ''}"; ${usage}`);
        return 2;
      }
      format = f;
    } else if (arg === '--table') {
      const t = argv[++i] as ReportTable;
      if (!REPORT_TABLES.includes(t)) {
        console.error(`extract: unknown table "${t ?? ''}"; ${usage}`);
        return 2;
      }
      table = t;
    } else if (arg === '--url') url = argv[++i] ?? '';
    else if (arg === '--indicator') indicator = argv[++i] ?? '';
    else if (arg === '-h' || arg === '--help') {
      console.log(usage);
      return 0;
    } else files.push(arg);
  }
  if (!files.length) {
    console.error(usage);
    return 2;
  }
  let failed = 0;
  const read: { file: string; model: ReportModel }[] = [];
  for (const file of files) {
    try {
      read.push({ file, model: await readModel(file, files.length === 1 ? url : '') });
    } catch (err) {
      failed++;
      console.error(`extract: ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (format === 'json') {
    const results = read.map(({ file, model }) => modelJSON(model, file));
    if (results.length) console.log(JSON.stringify(files.length === 1 ? results[0] : results, null, 2));
  } else if (format === 'sheet' || format === 'across') {
    process.stdout.write(
      await batchTable(
        format,
        read.map((r) => r.model),
        indicator,
      ),
    );
  } else if (read.length) {
    // One table per run, one header: the figures, or (--table findings) one row per report.
    process.stdout.write(
      formatTable(
        format,
        table,
        read.map((r) => r.model),
      ),
    );
  }
  return failed ? 1 : 0;
}

/** A saved page, or a report file (PDF, DOCX, OFD) read like one. */
async function readModel(file: string, url: string): Promise<ReportModel> {
  if (isReportFile(file)) return (await readReportFile(file, url)).model;
  const page = loadPage(file, url);
  return readReport(page.document, page.url).model;
}

process.exitCode = await main(process.argv.slice(2));
