// Files a reader cannot read get a clear message, quickly: a scan, an encrypted or
// truncated PDF, one too large, a legacy Word or WPS file, a broken zip.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from '../../lib/files/read';
import { FILE_LIMITS, FileReadError } from '../../lib/files/types';
import { readPdf, type PdfJsLib } from '../../lib/files/pdf';
import { NODE_FILE_LIBRARIES } from '../../lib/node/report-file';
import { chineseContent, pdfBytes, textContent } from '../support/pdf-bytes';

const FILES = resolve(import.meta.dirname, '../fixtures/files');
const problemOf = async (bytes: Uint8Array, name: string) => {
  try {
    await readFile(bytes, name, NODE_FILE_LIBRARIES);
    return 'read';
  } catch (err) {
    expect(err).toBeInstanceOf(FileReadError);
    return (err as FileReadError).problem;
  }
};

describe('files that cannot be read', { timeout: 30_000 }, () => {
  it('reads a PDF with a text layer, and calls one without text a scan', async () => {
    const text = await readFile(pdfBytes({ content: textContent('Annual report on the rule of law') }), 'a.pdf', NODE_FILE_LIBRARIES);
    expect(text.paragraphs.map((p) => p.text)).toEqual(['Annual report on the rule of law']);
    await expect(readFile(pdfBytes({ pages: 3 }), 'scan.pdf', NODE_FILE_LIBRARIES)).rejects.toThrow(
      'this PDF is a scan: it has no text to read',
    );
  });

  it('reads Chinese text in a font the PDF does not embed (through pdf.js’s character maps)', async () => {
    const text = await readFile(
      pdfBytes({ chineseFont: true, content: chineseContent('法治政府建设年度报告') }),
      'gb.pdf',
      NODE_FILE_LIBRARIES,
    );
    expect(text.paragraphs.map((p) => p.text)).toEqual(['法治政府建设年度报告']);
  });

  it('turns down an encrypted PDF, a truncated one and one with too many pages', async () => {
    expect(await problemOf(pdfBytes({ content: textContent('secret'), encrypted: true }), 'e.pdf')).toBe('encrypted');
    const printed = new Uint8Array(readFileSync(join(FILES, 'b-trs-004.pdf')));
    expect(await problemOf(printed.slice(0, printed.length >> 1), 'half.pdf')).toBe('damaged');
    expect(await problemOf(pdfBytes({ pages: FILE_LIMITS.maxPages + 1, content: textContent('page') }), 'long.pdf')).toBe('too-large');
  });

  it('turns down a file over the size limit without parsing it', async () => {
    const huge = new Uint8Array(FILE_LIMITS.maxBytes + 1);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    const started = performance.now();
    expect(await problemOf(huge, 'huge.pdf')).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stops a reading that does not finish within the time limit', async () => {
    let destroyed = false;
    const stuck: PdfJsLib = {
      getDocument: (() => ({
        promise: new Promise(() => {}),
        destroy: async () => void (destroyed = true),
      })) as unknown as PdfJsLib['getDocument'],
    };
    const saved = FILE_LIMITS.maxMillis;
    FILE_LIMITS.maxMillis = 50;
    try {
      await expect(readPdf(stuck, pdfBytes())).rejects.toMatchObject({ problem: 'too-slow' });
    } finally {
      FILE_LIMITS.maxMillis = saved;
    }
    expect(destroyed).toBe(true);
  });

  it('says a legacy .doc or .wps cannot be read, and what a broken or foreign file is', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readFile(ole, 'report.doc', NODE_FILE_LIBRARIES)).rejects.toThrow(/old Word or WPS file.*cannot be read/);
    expect(await problemOf(ole, 'report.wps')).toBe('legacy');
    const docx = new Uint8Array(readFileSync(join(FILES, 'b-trs-004.docx')));
    expect(await problemOf(docx.slice(0, docx.length >> 1), 'cut.docx')).toBe('damaged');
    const ofd = new Uint8Array(readFileSync(join(FILES, 'b-trs-004.ofd')));
    expect(await problemOf(ofd.slice(0, ofd.length - 100), 'cut.ofd')).toBe('damaged');
    expect(await problemOf(new TextEncoder().encode('<html><body>not a file</body></html>'), 'page.bin')).toBe('unknown');
  });

  it('tells a DOCX from an OFD by its parts when the name does not say', async () => {
    const docx = new Uint8Array(readFileSync(join(FILES, 'b-trs-004.docx')));
    const ofd = new Uint8Array(readFileSync(join(FILES, 'b-trs-004.ofd')));
    expect((await readFile(docx, 'download.do?id=1', NODE_FILE_LIBRARIES)).kind).toBe('docx');
    expect((await readFile(ofd, 'download.do?id=2', NODE_FILE_LIBRARIES)).kind).toBe('ofd');
  });
});
