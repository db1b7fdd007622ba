// Command-line reader: npm run --silent extract -- [--format json|tsv|csv|md|sheet|across] [--indicator LABEL] [--url URL] FILE.html…
// sheet and across are batch tables (CSV): the grader's sheet (one row per report) and
// the figures across reports (every figure, or one indicator's, by place and year).
import { COPY_FORMATS, formatReport, modelJSON, type CopyFormat } from '../lib/view/export';
import { readReport, type ReportModel } from '../lib/core/model';
import { loadPage } from '../lib/node/page-file';
import { BATCH_FORMATS, batchTable, type BatchFormat } from '../lib/library/batch';

const usage = 'usage: extract [--format json|tsv|csv|md|sheet|across] [--indicator LABEL] [--url URL] FILE.html…';
async function main(argv: string[]): Promise<number> {
  let format: CopyFormat | BatchFormat = 'json';
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
  const results: Record<string, unknown>[] = [];
  const tables: string[] = [];
  const models: ReportModel[] = [];
  for (const file of files) {
    try {
      const page = loadPage(file, files.length === 1 ? url : '');
      const { model } = readReport(page.document, page.url);
      if (format === 'json') results.push(modelJSON(model, file));
      else if (format === 'sheet' || format === 'across') models.push(model);
      else tables.push(formatReport(format, model));
    } catch (err) {
      failed++;
      console.error(`extract: ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (format === 'json') {
    if (results.length) console.log(JSON.stringify(files.length === 1 ? results[0] : results, null, 2));
  } else if (format === 'sheet' || format === 'across') process.stdout.write(await batchTable(format, models, indicator));
  else process.stdout.write(tables.join('\n'));
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
