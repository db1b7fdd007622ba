// The state the converter's parts share: its settings, change records, cache and observer, in one object.

import type { SelectionEnds } from './records';
import type { PageConverterOptions, PageConverterStats, Rec, Target } from './types';

export interface ConverterState {
  readonly root: Element | Document;
  readonly convert: (s: string) => string;
  readonly doc: Document;
  readonly htmlElement: Element;
  readonly rootIsDocument: boolean;
  readonly honorDocumentLang: boolean;
  readonly attributes: readonly string[];
  readonly attributeSet: Set<string>;
  readonly sliceMs: number;
  readonly firstSliceMs: number;
  readonly batch: boolean;
  readonly cacheLimit: number;
  readonly maxRewrites: number;
  readonly now: () => number;
  readonly stats: PageConverterStats;

  readonly textRecs: Map<Text, Rec>;
  readonly attrRecs: Map<Element, Map<string, Rec>>;
  givenUp: WeakSet<object>;
  readonly cache: Map<string, string>;
  cacheChars: number;

  applied: boolean;
  observing: boolean;
  observer: MutationObserver | null;
  /** Bumped to stop a run that is yielding to the page. */
  generation: number;
  pending: Promise<void> | null;
  /**
   * The targets of the last walk, with those added since, while the observer
   * has watched the page without a break: a toggle back on then converts them
   * without walking the page again.
   */
  snapshot: Target[] | null;
  /** The reader's selection as last read (null: none; undefined: to be read), and whether selectionchange is listened to. */
  selection: SelectionEnds | null | undefined;
  selectionWatched: boolean;
  inSnapshot: WeakMap<object, true | Set<string>>;
}

export function createState(
  root: Element | Document,
  convert: (s: string) => string,
  attributes: readonly string[],
  options: PageConverterOptions,
): ConverterState {
  const doc: Document = (root as Node).nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  return {
    root,
    convert,
    doc,
    htmlElement: doc.documentElement,
    rootIsDocument: root === doc,
    honorDocumentLang: options.honorDocumentLang ?? false,
    attributes,
    attributeSet: new Set(attributes),
    sliceMs: options.sliceMs ?? 12,
    firstSliceMs: options.firstSliceMs ?? 30,
    batch: options.batch ?? true,
    cacheLimit: options.cacheLimit ?? 4_000_000,
    maxRewrites: options.maxRewritesPerSecond ?? 10,
    now: options.now ?? (() => performance.now()),
    stats: { writes: 0, convertCalls: 0, mutationCallbacks: 0, givenUp: 0, yields: 0, walks: 0 },
    textRecs: new Map(),
    attrRecs: new Map(),
    givenUp: new WeakSet(),
    cache: new Map(),
    cacheChars: 0,
    applied: false,
    observing: false,
    observer: null,
    generation: 0,
    pending: null,
    snapshot: null,
    selection: undefined,
    selectionWatched: false,
    inSnapshot: new WeakMap(),
  };
}
