// One entry for every file a portal attaches: what kind it is (by its bytes, the
// name breaking ties), read by the reader for that kind. The heavy libraries come
// through loaders, so that each is loaded only when a file of its kind is read.

import type { Mammoth } from './docx';
import type { PdfJsLib, PdfResources } from './pdf';
import { FileReadError, fileKindOf, type FileText } from './types';
import { zipEntries } from './zip';

export interface FileLibraries {
  pdfjs: () => Promise<PdfJsLib>;
  mammoth: () => Promise<Mammoth>;
  pdfResources?: PdfResources;
}

/** Names a reader may pass for an attachment: what `readFile` takes. */
export const FILE_EXTENSIONS = ['.pdf', '.docx', '.ofd', '.doc', '.wps'] as const;

export async function readFile(bytes: Uint8Array, name: string, libraries: FileLibraries): Promise<FileText> {
  let kind = fileKindOf(bytes, name);
  if (kind === null && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // A zip under another name: its parts say what it is.
    const entries = zipEntries(bytes);
    kind = entries.includes('word/document.xml') ? 'docx' : entries.includes('OFD.xml') ? 'ofd' : null;
  }
  switch (kind) {
    case 'pdf': {
      const { readPdf } = await import('./pdf');
      return readPdf(await libraries.pdfjs(), bytes, libraries.pdfResources);
    }
    case 'docx': {
      const { readDocx } = await import('./docx');
      return readDocx(await libraries.mammoth(), bytes);
    }
    case 'ofd': {
      const { readOfd } = await import('./ofd');
      return readOfd(bytes);
    }
    case 'legacy':
      throw new FileReadError('legacy');
    default:
      throw new FileReadError(/\.(pdf|docx|ofd)$/i.test(name) ? 'damaged' : 'unknown');
  }
}
