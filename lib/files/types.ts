// What a file reader hands the reading: the report's paragraphs as a reader sees
// them, with the page each one starts on, and why a file could not be read.

export type FileKind = 'pdf' | 'docx' | 'ofd' | 'legacy';

export interface FileParagraph {
  text: string;
  /** 1-based page the paragraph starts on; 0 when the format has no pages (DOCX). */
  page: number;
  /** A heading by its look or style (a Word heading, a larger or centred line). */
  heading?: boolean;
  /** Wholly bold (a bold lead heading reads as one). */
  bold?: boolean;
  centered?: boolean;
}

export interface FileText {
  kind: Exclude<FileKind, 'legacy'>;
  /** The title the file names (its metadata, or its first larger line); may be empty. */
  title: string;
  paragraphs: FileParagraph[];
  pages: number;
}

export type FileProblem = 'scan' | 'encrypted' | 'damaged' | 'too-large' | 'too-slow' | 'legacy' | 'unknown';

const MESSAGES: Record<FileProblem, string> = {
  scan: 'this PDF is a scan: it has no text to read',
  encrypted: 'the file is encrypted: it cannot be read without its password',
  damaged: 'the file is damaged or truncated: it cannot be read',
  'too-large': 'the file is too large to read',
  'too-slow': 'the file took too long to read',
  legacy: 'this is an old Word or WPS file (.doc, .wps): it cannot be read here; open it to read it',
  unknown: 'not a PDF, DOCX or OFD file',
};

/** A file that cannot be read, with the reason a reader is told. */
export class FileReadError extends Error {
  constructor(
    readonly problem: FileProblem,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[problem]} (${detail})` : MESSAGES[problem]);
    this.name = 'FileReadError';
  }
}

/**
 * Limits that keep a bad file from hanging the reader. A 30-page report is about
 * 0.5–2 MB and is read in well under a second; these are an order of magnitude over
 * the largest real report files.
 */
export const FILE_LIMITS = {
  /** Bytes of the file as fetched. */
  maxBytes: 40 * 1024 * 1024,
  /** Pages read from a PDF or an OFD. */
  maxPages: 400,
  /** Characters of text (a long report has some tens of thousands). */
  maxChars: 2_000_000,
  /** Bytes of XML in a DOCX or OFD once unzipped (a zip bomb stops here). */
  maxUnzipped: 200 * 1024 * 1024,
  /** Milliseconds for the whole reading of one file. */
  maxMillis: 20_000,
};

/** What kind of file these bytes are, by their signature (the name only breaks ties). */
export function fileKindOf(bytes: Uint8Array, name = ''): FileKind | null {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) return 'pdf';
  // OLE compound file: .doc, .wps (and .et/.xls, which are not reports).
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'legacy';
  if (head.startsWith('PK\x03\x04')) return /\.ofd$/i.test(name) ? 'ofd' : /\.docx$/i.test(name) ? 'docx' : null;
  // A PDF can have junk before its header (up to 1024 bytes, as readers accept).
  if (String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (/\.(doc|wps)$/i.test(name)) return 'legacy';
  return null;
}

/** Rejects after `ms` with a too-slow error; `onTimeout` stops the work. */
export async function withTimeLimit<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new FileReadError('too-slow', `over ${ms / 1000} s`));
    }, ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
