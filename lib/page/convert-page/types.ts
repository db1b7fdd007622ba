// The converter's public options, stats and API, and the shapes of its targets and change records.

export interface PageConverterOptions {
  /** Attributes to convert; default CONVERTED_ATTRIBUTES. */
  attributes?: readonly string[];
  /**
   * Honor a non-Chinese `lang` on <html> (default false). Portal templates often
   * declare lang="en" on Chinese pages, and the reader asked for conversion;
   * a `lang` on any other element is always honored.
   */
  honorDocumentLang?: boolean;
  /**
   * apply() works synchronously for up to this many ms (default 30): a report
   * of a few thousand characters is converted in one pass.
   */
  firstSliceMs?: number;
  /** Then in slices of this many ms, yielding to the page in between (default 12). */
  sliceMs?: number;
  /**
   * Convert many strings in one call, joined with U+0000 (default true). The
   * convert function must leave U+0000 alone and never match across it, as
   * lib/convert's converters do.
   */
  batch?: boolean;
  /** Most characters kept in the cache of converted strings (default 4,000,000). */
  cacheLimit?: number;
  /**
   * A node rewritten by someone else more often than this within a second is
   * left to them (default 10): guards against ping-pong with a page script or
   * another extension that converts back.
   */
  maxRewritesPerSecond?: number;
  /**
   * No selection has been made on the page so far (the caller has listened for
   * selectionchange since the page was read): "none" is taken without reading the
   * selection, a read that in Chromium lays the whole page out on the first toggle.
   */
  noSelectionYet?: boolean;
  /** Clock, for tests. */
  now?: () => number;
}

export interface PageConverterStats {
  /** Values written (text nodes and attributes), restores included. */
  writes: number;
  /** Calls of the convert function. */
  convertCalls: number;
  /** Mutation observer callbacks handled. */
  mutationCallbacks: number;
  /** Nodes left alone after too many rewrites by someone else. */
  givenUp: number;
  /** Passes that yielded to the page before finishing. */
  yields: number;
  /** Walks of the whole root to find what to convert (a watched toggle needs none). */
  walks: number;
}

export interface PageConverter {
  /** Whether the page is (being) converted. */
  readonly applied: boolean;
  /** Whether content added later is converted (while applied). */
  readonly observing: boolean;
  readonly stats: PageConverterStats;
  /**
   * Convert the page. Work runs synchronously until done or until sliceMs have
   * passed, then continues in slices between which the page runs: a report of a
   * few thousand characters is converted before apply() returns; a huge page
   * resolves the promise when done. Calling it again converts what is new.
   */
  apply(): Promise<void>;
  /** Convert the whole page now, without yielding. */
  applySync(): void;
  /**
   * Convert the page's text ahead of time without changing the page (in
   * slices, like apply), so that the reader's first apply() only writes.
   * For when a report is detected or the panel opens.
   */
  prepare(): Promise<void>;
  /** Undo: put back every original the page has not changed since; stop converting. */
  restore(): void;
  /** Convert content added or rewritten later, while applied. */
  observe(): void;
  disconnect(): void;
}

/** A change we made: the original, what we wrote, and the page's recent rewrites of it. */
export interface Rec {
  orig: string;
  conv: string;
  burstStart: number;
  burstCount: number;
}

/** A text node, or an element with the name of one of its attributes. */
export type Target = Text | [Element, string];
