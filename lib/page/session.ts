// The reader's state on one live page: the reading, and every change it makes to
// the page (cleaning, highlights, script conversion), each with its undo.

import { rangeOf } from '../core/blocks';
import { cleanPage, type HeaderLabels } from './clean-page';
import { readReport, readReportInSteps, withFiguresInSteps, type Reading, type ReportModel } from '../core/model';
import type { ConverterLoader, Target } from '../core/convert';
import type { createPageConverter, PageConverter } from './convert-page';
import type { ScriptView } from '../extension/messages';
import { addPageStyle } from './page-style';
import { createPause } from './pause';
import { targetOf, type ScriptChoice } from '../view/script-view';

/** The conversion code of one direction, injected separately so its dictionaries load only on request. */
export interface ConvertModule {
  loadConverter: ConverterLoader;
  createPageConverter: typeof createPageConverter;
}

/** The conversion code that converts to `target`. */
export type LoadConvertModule = (target: Target) => Promise<ConvertModule>;

const FIGURE_HIGHLIGHT = 'portal-reader-figure';
const FLASH_HIGHLIGHT = 'portal-reader-flash';
const HEADING_HIGHLIGHT = 'portal-reader-heading';

/** Pixels below the top of the viewport where reading happens: the heading above it is the current section. */
const READING_LINE = 96;

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };

function highlights(doc: Document): { registry: HighlightRegistry; Highlight: new (...r: Range[]) => unknown } | null {
  const view = doc.defaultView as unknown as {
    Highlight?: new (...r: Range[]) => unknown;
    CSS?: { highlights?: HighlightRegistry };
  } | null;
  const css = view?.CSS;
  if (!css?.highlights || !view?.Highlight) return null;
  return { registry: css.highlights, Highlight: view.Highlight };
}

export class ReaderSession {
  reading: Reading;
  private undoClean: (() => void) | null = null;
  private removeStyle: (() => void) | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The heading the panel last scrolled the page to, and where that left the page. */
  private scrolledTo: { block: number; y: number } | null = null;
  private readonly converters = new Map<string, PageConverter>();
  private activeKey = '';
  private rereading: Promise<void> | null = null;
  /** Whether the page's selection has changed since the reader came (the converters then read it). */
  private selectionMade = false;
  private readonly noteSelection = () => {
    this.selectionMade = true;
  };
  view: ScriptView = 'original';

  /** `reading` when the page was already read (in steps, by the reader script). */
  constructor(
    readonly doc: Document,
    public url: string,
    private readonly labels: HeaderLabels,
    reading?: Reading,
  ) {
    this.reading = reading ?? readReport(doc, url);
    doc.addEventListener('selectionchange', this.noteSelection);
  }

  get model(): ReportModel {
    return this.reading.model;
  }

  get cleaned(): boolean {
    return this.undoClean !== null;
  }

  /**
   * Reads the page again (it changed under us, or moved to another address), in
   * stages like the first reading, giving the page its turn between them (`pause`).
   * The model is read from the page as published: a conversion is taken back
   * for the reading and put on again, and cleaning likewise. A page that shows
   * either is read in one task: had the page its turns in between, the reader
   * would see it flash back to the published page while it is read.
   */
  reread(url: string, pause: () => Promise<void> = createPause()): Promise<void> {
    const run = async () => {
      const clean = this.cleaned;
      const converter = this.converters.get(this.activeKey);
      this.setClean(false);
      this.clearHighlights();
      converter?.restore();
      this.url = url;
      const ours = clean || converter !== undefined;
      this.reading = await readReportInSteps(this.doc, url, ours ? () => Promise.resolve() : pause);
      if (clean) this.setClean(true);
      if (converter) {
        converter.observe();
        await converter.apply();
      }
    };
    const done = run().finally(() => {
      if (this.rereading === done) this.rereading = null;
    });
    this.rereading = done;
    return done;
  }

  /**
   * Reads the figures of a reading made without them (the outline went to the panel
   * first). False when there was nothing to read, or the page was read anew meanwhile
   * (that reading has its own figures).
   */
  async readFigures(pause: () => Promise<void> = createPause()): Promise<boolean> {
    const pending = this.reading;
    if (!pending.model.figuresPending) return false;
    const complete = await withFiguresInSteps(pending, pause);
    if (this.reading !== pending) return false;
    this.reading = complete;
    return true;
  }

  /**
   * The re-read under way, if any: a change to the page waits for it (the page
   * is being read as published, without cleaning or conversion).
   */
  get rereadUnderWay(): Promise<void> | null {
    return this.rereading;
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
    this.scrolledTo = { block, y: this.doc.defaultView?.scrollY ?? 0 };
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

  /**
   * The outline entry whose heading was passed last while scrolling, or -1. At
   * the foot of the page, which cannot scroll further, a heading anywhere in view
   * counts as passed: a section that starts low on the last screen is still the
   * one the reader went to.
   */
  currentEntry(): number {
    const view = this.doc.defaultView;
    if (!view) return -1;
    // Where the panel sent the page, until the reader scrolls: the heading asked for, even one the page cannot bring up to the line.
    const asked = this.scrolledTo;
    if (asked && Math.abs(view.scrollY - asked.y) < 1) {
      const entry = this.model.outline.findIndex((e) => e.block === asked.block);
      if (entry >= 0) return entry;
    }
    this.scrolledTo = null;
    const page = this.doc.scrollingElement ?? this.doc.documentElement;
    const atFoot = view.scrollY > 0 && view.scrollY + view.innerHeight >= page.scrollHeight - 2;
    const line = atFoot ? view.innerHeight : READING_LINE;
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
   * text, in place; 'original' restores it exactly. One converter is kept per
   * target, so toggling back is a write of cached strings, not a new walk.
   */
  async setScript(choice: ScriptChoice, load: LoadConvertModule): Promise<ScriptView> {
    const target = targetOf(this.model.script, choice);
    const key = target ? `${target}${choice.quotes ? '+q' : ''}` : '';
    if (key === this.activeKey) return (this.view = target ? choice.view : 'original');
    this.converters.get(this.activeKey)?.restore();
    this.activeKey = '';
    this.view = 'original';
    if (!target) return this.view;
    const converter = await this.converterFor(key, target, choice.quotes, load);
    this.activeKey = key;
    this.view = choice.view;
    // Observe first, so content the page adds during a sliced apply is not missed.
    converter.observe();
    await converter.apply();
    return this.view;
  }

  private async converterFor(key: string, target: Target, quotes: boolean, load: LoadConvertModule): Promise<PageConverter> {
    let converter = this.converters.get(key);
    if (!converter) {
      const module = await load(target);
      const convert = await module.loadConverter(this.model.script, target, { quotes });
      converter = this.converters.get(key) ?? module.createPageConverter(this.doc, convert, { noSelectionYet: !this.selectionMade });
      this.converters.set(key, converter);
    }
    return converter;
  }

  /**
   * Gets the likely conversion ready while the reader looks at the panel: the
   * dictionaries built and the page's text converted into the cache, nothing
   * written. The first toggle then only writes.
   */
  async prepareScript(choice: ScriptChoice, load: LoadConvertModule): Promise<void> {
    const target = targetOf(this.model.script, choice);
    if (!target) return;
    const converter = await this.converterFor(`${target}${choice.quotes ? '+q' : ''}`, target, choice.quotes, load);
    if (!converter.applied) await converter.prepare();
  }

  /** Takes back every change made to the page. */
  dispose(): void {
    this.doc.removeEventListener('selectionchange', this.noteSelection);
    this.converters.get(this.activeKey)?.restore();
    for (const converter of this.converters.values()) converter.disconnect();
    this.activeKey = '';
    this.view = 'original';
    this.setClean(false);
    this.clearHighlights();
    clearTimeout(this.flashTimer);
    this.removeStyle?.();
    this.removeStyle = null;
  }
}
