// A PDF's text through pdf.js: text items with their positions, page by page, made
// into paragraphs by layout.ts. pdf.js itself is passed in (the legacy build in Node,
// the modern build with its worker in the extension page) so that it loads only
// when a file is read.

import type * as PdfJs from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { linesOf, paragraphsOf, type TextRun } from './layout';
import { FILE_LIMITS, FileReadError, withTimeLimit, type FileText } from './types';

export type PdfJsLib = Pick<typeof PdfJs, 'getDocument'>;

/** Where pdf.js finds the predefined character maps (Chinese PDFs whose fonts are not embedded). */
export interface PdfResources {
  cMapUrl?: string;
}

/** Fewer visible characters than this per page, on average, and the PDF is a scanned image. */
const SCAN_CHARS_PER_PAGE = 10;
const PAGES_AT_ONCE = 8;

function problemOf(err: unknown): FileReadError {
  if (err instanceof FileReadError) return err;
  const name = (err as { name?: string } | null)?.name ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return new FileReadError('encrypted');
  return new FileReadError('damaged', message.slice(0, 200));
}

async function readRuns(
  pdfjs: PdfJsLib,
  data: Uint8Array,
  resources: PdfResources,
  onTask: (destroy: () => void) => void,
): Promise<{ runs: TextRun[]; pages: number; title: string }> {
  // A copy: pdf.js transfers the buffer to its worker.
  const task = pdfjs.getDocument({
    data: data.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
    ...(resources.cMapUrl ? { cMapUrl: resources.cMapUrl, cMapPacked: true } : {}),
  });
  onTask(() => void task.destroy());
  const doc = await task.promise;
  try {
    if (doc.numPages > FILE_LIMITS.maxPages) throw new FileReadError('too-large', `${doc.numPages} pages`);
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const runs: TextRun[] = [];
    let chars = 0;
    // Pages are asked for a few at a time: the worker is never idle waiting for the next request.
    const pageText = async (n: number) => {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      page.cleanup();
      return { n, top: page.view[3]!, items: content.items as TextItem[] };
    };
    for (let first = 1; first <= doc.numPages; first += PAGES_AT_ONCE) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(PAGES_AT_ONCE, doc.numPages - first + 1) }, (_, i) => pageText(first + i)),
      );
      for (const { n, top, items } of batch) {
        for (const item of items) {
          if (typeof item.str !== 'string' || !item.str) continue;
          const [a, b, c, d, e, f] = item.transform as number[];
          const size = Math.hypot(c!, d!) || Math.hypot(a!, b!) || item.height;
          runs.push({ page: n, x: e!, y: top - f!, width: item.width, size, text: item.str });
          chars += item.str.length;
        }
      }
      if (chars > FILE_LIMITS.maxChars) throw new FileReadError('too-large', `over ${FILE_LIMITS.maxChars} characters`);
    }
    return { runs, pages: doc.numPages, title: typeof info?.Title === 'string' ? info.Title.trim() : '' };
  } finally {
    void doc.destroy();
  }
}

/** The paragraphs of a PDF; a FileReadError when it cannot be read (scan, encrypted, damaged, too large or slow). */
export async function readPdf(pdfjs: PdfJsLib, data: Uint8Array, resources: PdfResources = {}): Promise<FileText> {
  if (data.length > FILE_LIMITS.maxBytes) throw new FileReadError('too-large', `${Math.round(data.length / 1048576)} MB`);
  let destroy = () => {};
  try {
    const { runs, pages, title } = await withTimeLimit(
      readRuns(pdfjs, data, resources, (d) => (destroy = d)),
      FILE_LIMITS.maxMillis,
      () => destroy(),
    );
    const visible = runs.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
    if (visible < SCAN_CHARS_PER_PAGE * pages) throw new FileReadError('scan');
    const read = paragraphsOf(linesOf(runs));
    // A title in the metadata is often the file name a clerk saved (文件1.docx): the printed one wins.
    return { kind: 'pdf', title: read.title || (/[\u4e00-\u9fff]/.test(title) ? title : ''), paragraphs: read.paragraphs, pages };
  } catch (err) {
    throw problemOf(err);
  }
}
