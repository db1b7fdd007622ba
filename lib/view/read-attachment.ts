// Reading an attached report file in an extension page (the panel): the file is
// fetched with the host access the extension already has, read by lib/files (pdf.js
// with its worker, mammoth's browser build, fflate for OFD — each loaded here, on
// request, never in a content script), and its text becomes the same report model
// as a page's. Nothing from the file is ever inserted as HTML: the document the
// reading runs on is a detached one, filled node by node with text.

import { readFileText, type FileReading } from '../files/document';
import { readFile, type FileLibraries } from '../files/read';
import { FILE_LIMITS, FileReadError } from '../files/types';

const BROWSER_LIBRARIES: FileLibraries = {
  async pdfjs() {
    const pdfjs = await import('pdfjs-dist');
    // Shipped with the extension by wxt.config.ts (without its Function constructor).
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('/pdfjs/pdf.worker.min.mjs', location.href).href;
    return pdfjs;
  },
  mammoth: async () => (await import('mammoth')).default,
  // Shipped with the extension (wxt.config.ts): the Chinese character maps only.
  pdfResources: { cMapUrl: new URL('/pdfjs/cmaps/', location.href).href },
};

/** The file's bytes, refused past the size limit (by its declared length, and as it streams in). */
async function fetchBytes(url: string, signal: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(url, { credentials: 'include', signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > FILE_LIMITS.maxBytes) throw new FileReadError('too-large', `${Math.round(declared / 1048576)} MB`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > FILE_LIMITS.maxBytes) {
      void reader.cancel();
      throw new FileReadError('too-large', `over ${FILE_LIMITS.maxBytes / 1048576} MB`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

export interface AttachmentReading extends FileReading {
  /** Milliseconds from the request to the model (fetch, libraries, reading). */
  millis: number;
}

/** Fetches and reads a report file; a FileReadError (or a network error) when it cannot. */
export async function readAttachment(url: string, kind: string): Promise<AttachmentReading> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FILE_LIMITS.maxMillis);
  try {
    const bytes = await fetchBytes(url, controller.signal);
    const fetched = performance.now();
    const text = await readFile(bytes, `attachment.${kind}`, BROWSER_LIBRARIES);
    const textRead = performance.now();
    const doc = document.implementation.createHTMLDocument('');
    const reading = readFileText(doc, text, url);
    const millis = performance.now() - started;
    // The stages, for npm run bench: fetch, the file's text (library and layout), the reading.
    performance.measure('portal-reader:file-fetch', { start: started, end: fetched });
    performance.measure('portal-reader:file-text', { start: fetched, end: textRead });
    performance.measure('portal-reader:file-model', { start: textRead, end: started + millis });
    performance.measure('portal-reader:file-read', { start: started, duration: millis });
    return { ...reading, millis };
  } finally {
    clearTimeout(timer);
  }
}
