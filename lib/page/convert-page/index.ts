// Converting the script of a live page in place, and undoing it exactly.
//
// Only text changes: the data of text nodes and four attributes (title, alt,
// placeholder, aria-label), written in place so that nodes, listeners and form
// state stay as they are. Every write is recorded as (node, original, written);
// restore() puts an original back only where the node still holds what was
// written, so text the page changed in between is kept. A MutationObserver
// converts what the page adds or rewrites later, and tells its own writes from
// the page's by comparing values with what it wrote.
//
// This file wires the parts: targets.ts (what converts), cache.ts, records.ts
// (changes and their undo), run.ts (converting in slices) and observer.ts.

import { disconnectObserver, connect, onMutations, takeSnapshot } from './observer';
import { undoAll, watchSelection } from './records';
import { prepareTargets, run } from './run';
import { createState } from './state';
import { collectAll, CONVERTED_ATTRIBUTES } from './targets';
import type { PageConverter, PageConverterOptions } from './types';

export { CONVERTED_ATTRIBUTES, isChineseLang, SKIP_ATTRIBUTE } from './targets';
export type { PageConverter, PageConverterOptions, PageConverterStats } from './types';

export function createPageConverter(
  root: Element | Document,
  convert: (s: string) => string,
  options: PageConverterOptions = {},
): PageConverter {
  const s = createState(root, convert, options.attributes ?? CONVERTED_ATTRIBUTES, options);
  if (options.noSelectionYet) {
    s.selection = null;
    watchSelection(s);
  }

  function start(sync: boolean): Promise<void> {
    s.applied = true;
    // A snapshot watched since it was taken still lists every target: no walk.
    const targets = s.snapshot && s.observer ? s.snapshot : collectAll(s);
    connect(s);
    if (s.observer && targets !== s.snapshot) takeSnapshot(s, targets);
    const p = run(s, targets, sync);
    if (!p) {
      s.pending = null;
      return Promise.resolve();
    }
    const done = p.finally(() => {
      if (s.pending === done) s.pending = null;
    });
    s.pending = done;
    return done;
  }

  return {
    get applied() {
      return s.applied;
    },
    get observing() {
      return s.observing;
    },
    stats: s.stats,
    apply() {
      if (s.pending) return s.pending;
      return start(false);
    },
    applySync() {
      s.generation++;
      s.pending = null;
      void start(true);
    },
    prepare() {
      return s.applied ? Promise.resolve() : prepareTargets(s, collectAll(s));
    },
    restore() {
      if (s.observer && s.applied) {
        // The page's changes not yet handled: record them (the targets they add
        // belong in the snapshot), then all is undone below.
        const records = s.observer.takeRecords();
        if (records.length) onMutations(s, records);
      }
      s.generation++;
      s.pending = null;
      s.applied = false;
      undoAll(s);
      if (s.observer) {
        s.observer.takeRecords(); // our own writes
        if (!s.snapshot) disconnectObserver(s);
      }
    },
    observe() {
      s.observing = true;
      connect(s);
    },
    disconnect() {
      s.observing = false;
      disconnectObserver(s);
    },
  };
}
