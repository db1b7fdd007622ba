// The reader view's document: the report as a clean sequence of title, metadata,
// headings and paragraphs, built from the model alone (no page, no DOM).
//
// A numbered paragraph is both a heading and text: 「1．依法抓好疫情防控工作。健全…」
// is shown as the heading 「1．依法抓好疫情防控工作。」 followed by the paragraph
// 「健全…」, so that no character of the report is lost or shown twice.

import type { ReportModel } from '../core/model';
import type { Meta, OutlineEntry } from '../core/types';
import { SETTINGS } from '../extension/setting-table';

export type ReaderItemKind = 'title' | 'meta' | 'heading' | 'paragraph';

export interface ReaderItem {
  kind: ReaderItemKind;
  /** Headings: the outline level (1 = the report's top numbering level). */
  level?: number;
  /** Metadata: which field ('url' is the page address). */
  field?: keyof Meta | 'url';
  text: string;
}

/** The metadata fields in the order a reader sees them. */
export const READER_META_FIELDS: readonly (keyof Meta)[] = ['publisher', 'written', 'published', 'indexNo', 'docNo', 'source'];

// The reader view's type settings (their rows: lib/extension/setting-table.ts).
const { readerFontSize, readerLineHeight } = SETTINGS;
export const READER_FONT_MIN = readerFontSize.min;
export const READER_FONT_MAX = readerFontSize.max;
export const READER_FONT_STEP = readerFontSize.step;
export const READER_FONT_DEFAULT = readerFontSize.fallback;
export const READER_LINE_MIN = readerLineHeight.min;
export const READER_LINE_MAX = readerLineHeight.max;
export const READER_LINE_STEP = readerLineHeight.step;
export const READER_LINE_DEFAULT = readerLineHeight.fallback;

/** A stored font size, checked: whole pixels within 14–28, else the default. */
export const checkReaderFontSize = readerFontSize.check;

/** A stored line height, checked: tenths within 1.5–2.4, else the default. */
export const checkReaderLineHeight = readerLineHeight.check;

/** The HTML heading for an outline level: h2 for level 1, h3 for level 2, h4 below. */
export function headingTag(level: number): 'h2' | 'h3' | 'h4' {
  return level <= 1 ? 'h2' : level === 2 ? 'h3' : 'h4';
}

// What ends a heading's lead phrase (as in outline.ts's headingTitle).
const STOP = /[。；：;:！？!?]/;
const TRAILING = /[，,、\s]/;

/**
 * A heading paragraph split into its heading (marker, lead phrase and the
 * punctuation that ends it) and the rest; null when the entry's marker and
 * title are not where the outline found them (then the paragraph is not split).
 */
export function splitHeading(text: string, entry: Pick<OutlineEntry, 'marker' | 'title'>): { heading: string; rest: string } | null {
  let pos = text.length - text.replace(/^[\s\u3000]+/, '').length;
  if (entry.marker) {
    if (!text.startsWith(entry.marker, pos)) return null;
    pos += entry.marker.length;
  }
  if (!entry.title) return null;
  const at = text.indexOf(entry.title, pos);
  if (at < 0 || text.slice(pos, at).trim()) return null;
  let end = at + entry.title.length;
  while (end < text.length && TRAILING.test(text[end]!)) end++;
  if (end < text.length && STOP.test(text[end]!)) end++;
  return { heading: text.slice(0, end).trim(), rest: text.slice(end).trim() };
}

const isEntry = (x: unknown): x is OutlineEntry => {
  const e = x as Partial<OutlineEntry> | null;
  return !!e && typeof e.block === 'number' && typeof e.level === 'number' && typeof e.marker === 'string' && typeof e.title === 'string';
};

export function readerDocument(model: ReportModel): ReaderItem[] {
  const items: ReaderItem[] = [];
  if (model.title.trim()) items.push({ kind: 'title', text: model.title.trim() });
  for (const field of READER_META_FIELDS) {
    const value: unknown = model.meta[field];
    if (typeof value === 'string' && value.trim()) items.push({ kind: 'meta', field, text: value.trim() });
  }
  if (typeof model.url === 'string' && model.url) items.push({ kind: 'meta', field: 'url', text: model.url });

  const headings = new Map<number, OutlineEntry>();
  for (const entry of model.outline) {
    // The model came by message: an entry of another shape is not a heading.
    if (!isEntry(entry) || headings.has(entry.block)) continue;
    headings.set(entry.block, entry);
  }

  const paragraphs = model.text ? model.text.split('\n\n') : [];
  let joined = -1;
  paragraphs.forEach((raw, block) => {
    const text = raw.trim();
    if (!text || block === joined) return;
    const entry = headings.get(block);
    // 「附件1」 on a line of its own with its title on the next: one heading.
    const next = paragraphs[block + 1]?.trim() ?? '';
    if (entry && entry.marker && text === entry.marker && entry.title && next === entry.title && !headings.has(block + 1)) {
      items.push({ kind: 'heading', level: entry.level, text: `${text} ${next}` });
      joined = block + 1;
      return;
    }
    if (!entry) {
      items.push({ kind: 'paragraph', text });
      return;
    }
    const split = splitHeading(text, entry);
    // A heading the outline found but that cannot be located: the whole paragraph heads the section.
    if (!split) {
      items.push({ kind: 'heading', level: entry.level, text });
      return;
    }
    items.push({ kind: 'heading', level: entry.level, text: split.heading });
    if (split.rest) items.push({ kind: 'paragraph', text: split.rest });
  });
  return items;
}
