// Command-line reader: npm run --silent extract -- [--format json|tsv|csv|md] [--url URL] FILE.html|.pdf|.docx|.ofd…
import { COPY_FORMATS, formatReport, modelJSON, type CopyFormat } from '../lib/view/export';
import { readReport, type ReportModel } from '../lib/core/model';
import { loadPage } from '../lib/node/page-file';
import { isReportFile, readReportFile } from '../lib/node/report-file';

const usage = 'usage: extract [--format json|tsv|csv|md] [--url URL] FILE.html|FILE.pdf|FILE.docx|FILE.ofd…';

async function main(argv: string[]): Promise<number> {
  let format: CopyFormat = 'json';
  let url = '';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') {
      const f = argv[++i] as CopyFormat;
      if (!COPY_FORMATS.includes(f)) {
        console.error(`extract: unknown format "${f ?? ''}"; ${usage}`);
        return 2;
      }
      format = f;
    } else if (arg === '--url') url = argv[++i] ?? '';
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
  for (const file of files) {
    try {
      const model = await readModel(file, files.length === 1 ? url : '');
      if (format === 'json') results.push(modelJSON(model, file));
      else tables.push(formatReport(format, model));
    } catch (err) {
      failed++;
      console.error(`extract: ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (format === 'json') {
    if (results.length) console.log(JSON.stringify(files.length === 1 ? results[0] : results, null, 2));
  } else process.stdout.write(tables.join('\n'));
  return failed ? 1 : 0;
}

/** A saved page, or a report file (PDF, DOCX, OFD) read like one. */
async function readModel(file: string, url: string): Promise<ReportModel> {
  if (isReportFile(file)) return (await readReportFile(file, url)).model;
  const page = loadPage(file, url);
  return readReport(page.document, page.url).model;
}

process.exitCode = await main(process.argv.slice(2));
