// Small PDFs written byte by byte for the bad-file tests: pages with or without a
// text layer, an encryption dictionary whose password nobody knows, many pages.
// The cross-reference table is computed, so pdf.js reads them as well-formed files.

export interface PdfOptions {
  pages?: number;
  /** The content stream of every page (PDF operators); none draws no text (a scan's page). */
  content?: string;
  /** An /Encrypt dictionary with a user password that the empty password does not open. */
  encrypted?: boolean;
  /** F1 is a Chinese font that is not embedded (STSong-Light, UniGB-UCS2-H), as older office software writes. */
  chineseFont?: boolean;
}

export function pdfBytes(options: PdfOptions = {}): Uint8Array {
  const pages = options.pages ?? 1;
  const content = options.content ?? '0 0 1 rg 50 50 200 300 re f';
  const objects: string[] = [];
  const pageIds = Array.from({ length: pages }, (_, i) => 5 + i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`;
  objects[3] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  objects[4] = options.chineseFont
    ? '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>] >>'
    : '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (const id of pageIds)
    objects[id] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>';
  const encryptId = pageIds.at(-1)! + 1;
  if (options.encrypted) {
    const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
    objects[encryptId] = `<< /Filter /Standard /V 1 /R 2 /O <${hex(11)}> /U <${hex(97)}> /P -44 >>`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  const encrypt = options.encrypted
    ? ` /Encrypt ${encryptId} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`
    : '';
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A page that says `text` in Helvetica (ASCII only). */
export const textContent = (text: string) => `BT /F1 24 Tf 72 700 Td (${text}) Tj ET`;

/** A page that says `text` (Chinese) in the unembedded font of `chineseFont`: UCS-2 codes, as UniGB-UCS2-H takes them. */
export const chineseContent = (text: string) =>
  `BT /F1 24 Tf 72 700 Td <${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}> Tj ET`;
