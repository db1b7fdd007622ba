// A Word (DOCX) file's text through mammoth. mammoth's HTML output is read here as
// text — its paragraphs, headings, list items and table cells, with bold and heading
// marks — and never inserted anywhere as markup.

import type mammothModule from 'mammoth';
import { decodeEntities, zipEntries, zipTexts } from './zip';
import { FILE_LIMITS, FileReadError, withTimeLimit, type FileParagraph, type FileText } from './types';

export type Mammoth = Pick<typeof mammothModule, 'convertToHtml' | 'images'>;

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh", "p[style-name='標題'] => h1:fresh"];

/** A paragraph-level element of mammoth's output: its tag and inner markup. */
const BLOCK = /<(p|h[1-6]|li)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g;

function textOf(inner: string): string {
  return decodeEntities(inner.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Paragraphs from mammoth's HTML, in order. */
export function paragraphsOfHtml(html: string): FileParagraph[] {
  const out: FileParagraph[] = [];
  for (const m of html.matchAll(BLOCK)) {
    const text = textOf(m[2]!);
    if (!text) continue;
    const p: FileParagraph = { text, page: 0 };
    if (m[1]![0] === 'h') p.heading = true;
    // Wholly bold: every character sits inside <strong>.
    if (textOf(m[2]!.replace(/<strong>[\s\S]*?<\/strong>/g, '')) === '') p.bold = true;
    out.push(p);
  }
  return out;
}

/** The title the file names: its first heading when that opens it, else its document properties. */
function titleOf(paragraphs: FileParagraph[], properties: string): { title: string; from: number } {
  const firstHeading = paragraphs.findIndex((p) => p.heading);
  if (firstHeading >= 0 && firstHeading <= 2 && paragraphs[firstHeading]!.text.length <= 80)
    return { title: paragraphs[firstHeading]!.text, from: firstHeading + 1 };
  const core = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(properties)?.[1];
  const title = core ? textOf(core) : '';
  return { title: /[\u4e00-\u9fff]/.test(title) ? title : '', from: 0 };
}

export async function readDocx(mammoth: Mammoth, data: Uint8Array): Promise<FileText> {
  if (data.length > FILE_LIMITS.maxBytes) throw new FileReadError('too-large', `${Math.round(data.length / 1048576)} MB`);
  const names = zipEntries(data);
  if (!names.includes('word/document.xml')) throw new FileReadError('damaged', 'no word/document.xml');
  const properties = zipTexts(data, (n) => n === 'docProps/core.xml').get('docProps/core.xml') ?? '';
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  let result: { value: string };
  try {
    result = await withTimeLimit(
      mammoth.convertToHtml(
        // `arrayBuffer` for mammoth's browser build, `buffer` for its Node build: both take the bytes.
        { arrayBuffer: buffer, buffer } as { arrayBuffer: ArrayBuffer },
        // Pictures are left out: a report's text is what is read.
        { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
      ),
      FILE_LIMITS.maxMillis,
      () => {},
    );
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    throw new FileReadError('damaged', err instanceof Error ? err.message.slice(0, 200) : String(err));
  }
  if (result.value.length > FILE_LIMITS.maxChars * 4) throw new FileReadError('too-large', 'over the text limit');
  const paragraphs = paragraphsOfHtml(result.value);
  const { title, from } = titleOf(paragraphs, properties);
  return { kind: 'docx', title, paragraphs: paragraphs.slice(from), pages: 0 };
}
