// An OFD file (GB/T 33190, China's format for official electronic documents) as
// what it is: a zip of XML. OFD.xml names the document root (Doc_0/Document.xml),
// which lists the pages in order (Pages/Page_N/Content.xml); each page's TextObjects
// place their TextCodes at X/Y (millimetres, down from the top) inside a Boundary.
// The text runs go to layout.ts, which puts them in reading order by position.

import { linesOf, paragraphsOf, type TextRun } from './layout';
import { FILE_LIMITS, FileReadError, type FileText } from './types';
import { decodeEntities, zipEntries, zipTexts } from './zip';

/** Attributes of an XML start tag, by local name. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
    out.set(m[1]!.replace(/^.*:/, ''), decodeEntities(m[3] ?? m[4] ?? ''));
  return out;
}

/** Elements with this local name (any prefix): their start-tag attributes and content. */
function* elements(xml: string, local: string): Generator<{ attrs: Map<string, string>; inner: string }> {
  const re = new RegExp(`<((?:[\\w.-]+:)?${local})\\b([^>]*?)(?:/>|>([\\s\\S]*?)</\\1\\s*>)`, 'g');
  for (const m of xml.matchAll(re)) yield { attrs: attributes(m[2]!), inner: m[3] ?? '' };
}

function textOf(xml: string, local: string): string {
  for (const e of elements(xml, local)) return decodeEntities(e.inner.replace(/<[^>]*>/g, '')).trim();
  return '';
}

const numbers = (s: string | undefined) => (s ?? '').trim().split(/\s+/).map(Number);

/**
 * DeltaX as the standard writes it: numbers, with `g N D` for N repeats of D.
 * The advance of each glyph after the first.
 */
function deltas(s: string | undefined): number[] {
  const parts = (s ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === 'g') {
      const n = Math.min(Number(parts[i + 1]), 100_000);
      const d = Number(parts[i + 2]);
      for (let k = 0; k < n; k++) out.push(d);
      i += 2;
    } else out.push(Number(parts[i]));
  }
  return out.filter((d) => Number.isFinite(d));
}

/** A path in the package, resolved against the folder of the file that names it. */
function resolvePath(base: string, path: string): string {
  if (path.startsWith('/')) return path.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p && p !== '.') parts.push(p);
  }
  return parts.join('/');
}

/** The text runs of one page's Content.xml. */
export function pageRuns(xml: string, page: number): TextRun[] {
  const runs: TextRun[] = [];
  for (const obj of elements(xml, 'TextObject')) {
    const [bx = 0, by = 0] = numbers(obj.attrs.get('Boundary'));
    const size = Number(obj.attrs.get('Size')) || 3.5;
    for (const code of elements(obj.inner, 'TextCode')) {
      const text = decodeEntities(code.inner.replace(/<[^>]*>/g, ''));
      if (!text.trim()) continue;
      const advances = deltas(code.attrs.get('DeltaX'));
      const chars = [...text];
      // Glyphs without a DeltaX are taken as full width (CJK), Latin as half.
      let width = 0;
      chars.forEach(
        (c, i) => (width += i < chars.length - 1 && advances[i] !== undefined ? advances[i]! : (c.charCodeAt(0) < 0x100 ? 0.5 : 1) * size),
      );
      const x = bx + (Number(code.attrs.get('X')) || 0);
      const y = by + (Number(code.attrs.get('Y')) || 0);
      runs.push({ page, x, y, width, size, text });
    }
  }
  return runs;
}

export async function readOfd(data: Uint8Array): Promise<FileText> {
  if (data.length > FILE_LIMITS.maxBytes) throw new FileReadError('too-large', `${Math.round(data.length / 1048576)} MB`);
  const names = zipEntries(data);
  const ofdXml = zipTexts(data, (n) => n === 'OFD.xml').get('OFD.xml');
  if (!ofdXml) throw new FileReadError('damaged', 'no OFD.xml');
  const root = textOf(ofdXml, 'DocRoot');
  const docPath = resolvePath('', root);
  const documentXml = zipTexts(data, (n) => n === docPath).get(docPath);
  if (!documentXml) throw new FileReadError('damaged', `no ${root}`);
  const pagePaths = [...elements(documentXml, 'Page')]
    .map((p) => resolvePath(docPath, p.attrs.get('BaseLoc') ?? ''))
    .filter((p) => names.includes(p));
  if (pagePaths.length > FILE_LIMITS.maxPages) throw new FileReadError('too-large', `${pagePaths.length} pages`);
  const wanted = new Set(pagePaths);
  const contents = zipTexts(data, (n) => wanted.has(n));
  const runs: TextRun[] = [];
  pagePaths.forEach((path, i) => runs.push(...pageRuns(contents.get(path) ?? '', i + 1)));
  const visible = runs.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
  if (visible > FILE_LIMITS.maxChars) throw new FileReadError('too-large', `over ${FILE_LIMITS.maxChars} characters`);
  if (visible < 10 * Math.max(1, pagePaths.length)) throw new FileReadError('scan');
  const read = paragraphsOf(linesOf(runs));
  const named = textOf(ofdXml, 'Title');
  return { kind: 'ofd', title: read.title || named, paragraphs: read.paragraphs, pages: pagePaths.length };
}
