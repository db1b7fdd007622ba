// Reading a report file (PDF, DOCX, OFD) in Node, for the command-line reader and
// the tests: pdf.js's legacy build (the one made for Node), mammoth's Node build.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileText, type FileReading } from '../files/document';
import { readFile, type FileLibraries } from '../files/read';
import type { FileText } from '../files/types';
import { parsePage } from './page-file';

export const NODE_FILE_LIBRARIES: FileLibraries = {
  pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'),
  mammoth: async () => (await import('mammoth')).default,
  // pdf.js in Node reads the character maps from its own package.
  pdfResources: { cMapUrl: fileURLToPath(new URL('../../node_modules/pdfjs-dist/cmaps/', import.meta.url)) },
};

/** Whether the CLI reads this path as a report file rather than a page. */
export function isReportFile(path: string): boolean {
  return /\.(pdf|docx|ofd|doc|wps)$/i.test(path);
}

export async function readFileTextAt(path: string): Promise<FileText> {
  return readFile(new Uint8Array(readFileSync(path)), path, NODE_FILE_LIBRARIES);
}

/** The report model of a file on disk, read like a page. */
export async function readReportFile(path: string, url?: string): Promise<FileReading> {
  const text = await readFileTextAt(path);
  const doc = parsePage('<!DOCTYPE html><html><head></head><body></body></html>');
  return readFileText(doc, text, url || pathToFileURL(path).href);
}
