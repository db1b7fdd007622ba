// The reader's state on one live page: the reading, and every change it makes to
// the page (cleaning, highlights, script conversion), each with its undo.

import { rangeOf } from './blocks';
import { cleanPage, type HeaderLabels } from './clean-page';
import { readReport, type Reading, type ReportModel } from './model';
import type { loadConverter } from './convert';
import type { createPageConverter, PageConverter } from './convert-page';
import type { ScriptView } from './messages';
import { addPageStyle } from './page-style';
import { targetOf, type ScriptChoice } from './script-view';

/** The conversion code, injected separately so its dictionaries load only on request. */
export interface ConvertModule {
  loadConverter: typeof loadConverter;
  createPageConverter: typeof createPageConverter;
}

const FIGURE_HIGHLIGHT = 'portal-reader-figure';
const FLASH_HIGHLIGHT = 'portal-reader-flash';
const HEADING_HIGHLIGHT = 'portal-reader-heading';

/** Pixels below the top of the viewport where reading happens: the heading above it is the current section. */
const READING_LINE = 96;

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };

function highlights(doc: Document): { registry: HighlightRegistry; Highlight: new (...r: Range[]) => unknown } | null {
  const view = doc.defaultView as unknown as { Highlight?: new (...r: Range[]) => unknown; CSS?: { highlights?: HighlightRegistry } } | null;
  const css = view?.CSS;
  if (!css?.highlights || !view?.Highlight) return null;
  return { registry: css.highlights, Highlight: view.Highlight };
}

export class ReaderSession {
  reading: Reading;
  private undoClean: (() => void) | null = null;
  private removeStyle: (() => void) | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private converter: PageConverter | null = null;
  private converterKey = '';
  view: ScriptView = 'original';

  constructor(
    readonly doc: Document,
    readonly url: string,
    private readonly labels: HeaderLabels,
  ) {
    this.reading = readReport(doc, url);
  }

  get model(): ReportModel {
    return this.reading.model;
  }

  get cleaned(): boolean {
    return this.undoClean !== null;
  }

  /** Reads the page again (it changed under us); keeps cleaning as it was. */
  reread(): void {
    const clean = this.cleaned;
    this.setClean(false);
    this.reading = readReport(this.doc, this.url);
    if (clean) this.setClean(true);
  }

  private ensureStyle() {
    this.removeStyle ??= addPageStyle(this.doc);
  }

  setClean(on: boolean): void {
    if (on && !this.undoClean && this.reading.container) {
      this.ensureStyle();
      this.undoClean = cleanPage(this.doc, this.reading.container, this.model.title, this.model.meta, this.labels);
    } else if (!on && this.undoClean) {
      this.undoClean();
      this.undoClean = null;
    }
  }

  /** Scrolls so the range's top sits `offset` px below the top of the viewport. */
  private scrollToRange(range: Range | null, fallback: Element | undefined, offset: number) {
    const view = this.doc.defaultView;
    const rect = range?.getBoundingClientRect();
    if (view && rect && (rect.width || rect.height)) {
      view.scrollTo({ top: view.scrollY + rect.top - offset, behavior: 'instant' as ScrollBehavior });
    } else {
      fallback?.scrollIntoView({ block: 'center' });
    }
  }

  /** Scrolls to an outline entry's heading and marks it briefly. */
  scrollToBlock(block: number): boolean {
    const source = this.reading.sources[block];
    if (!source) return false;
    const range = rangeOf(this.doc, source, 0, source.nodeIndex.length);
    // A heading goes just above the reading line, so it becomes the current section.
    this.scrollToRange(range, source.element, READING_LINE - 16);
    if (range) this.flash(HEADING_HIGHLIGHT, range);
    return true;
  }

  /** Scrolls to a figure, flashes it, and keeps it marked as the selected one. */
  highlightFigure(index: number): boolean {
    const figure = this.model.figures[index];
    const source = figure && this.reading.sources[figure.block];
    if (!figure || !source) return false;
    const range = rangeOf(this.doc, source, figure.start, figure.start + figure.text.length);
    this.scrollToRange(range, source.element, (this.doc.defaultView?.innerHeight ?? 600) / 3);
    const hl = highlights(this.doc);
    if (range && hl) {
      this.ensureStyle();
      hl.registry.set(FIGURE_HIGHLIGHT, new hl.Highlight(range));
      this.flash(FLASH_HIGHLIGHT, range);
    }
    return !!range;
  }

  private flash(name: string, range: Range) {
    const hl = highlights(this.doc);
    if (!hl) return;
    this.ensureStyle();
    hl.registry.set(name, new hl.Highlight(range));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => hl.registry.delete(name), 1200);
  }

  clearHighlights(): void {
    const hl = highlights(this.doc);
    for (const name of [FIGURE_HIGHLIGHT, FLASH_HIGHLIGHT, HEADING_HIGHLIGHT]) hl?.registry.delete(name);
  }

  /** The outline entry whose heading was passed last while scrolling, or -1. */
  currentEntry(): number {
    const view = this.doc.defaultView;
    if (!view) return -1;
    const line = READING_LINE;
    let current = -1;
    const { outline } = this.model;
    for (let i = 0; i < outline.length; i++) {
      const source = this.reading.sources[outline[i]!.block];
      if (!source) continue;
      const rect = (rangeOf(this.doc, source, 0, 1) ?? source.element).getBoundingClientRect();
      if (rect.top <= line) current = i;
      else break;
    }
    return current;
  }

  /**
   * Shows the page as published or in the other script. Conversion changes only
   * text, in place; 'original' restores it exactly.
   */
  async setScript(choice: ScriptChoice, load: () => Promise<ConvertModule>): Promise<ScriptView> {
    const target = targetOf(this.model.script, choice);
    const key = target ? `${target}${choice.quotes ? '+q' : ''}` : '';
    if (key === this.converterKey) return (this.view = target ? choice.view : 'original');
    this.converter?.restore();
    this.converter = null;
    this.converterKey = '';
    this.view = 'original';
    if (!target) return this.view;
    const module = await load();
    const convert = await module.loadConverter(this.model.script, target, { quotes: choice.quotes });
    const converter = module.createPageConverter(this.doc, convert);
    this.converter = converter;
    this.converterKey = key;
    this.view = choice.view;
    await converter.apply();
    converter.observe();
    return this.view;
  }

  /** Takes back every change made to the page. */
  dispose(): void {
    this.converter?.restore();
    this.converter = null;
    this.converterKey = '';
    this.view = 'original';
    this.setClean(false);
    this.clearHighlights();
    clearTimeout(this.flashTimer);
    this.removeStyle?.();
    this.removeStyle = null;
  }
}
