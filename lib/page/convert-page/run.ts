// Converting a list of targets: in ranges between looks at the clock, in slices that yield to the page.

import { yieldToPage } from '../pause';
import { cached, convertMisses, trimCache } from './cache';
import { currentValue, recOf, setRec, write } from './records';
import type { ConverterState } from './state';
import type { Target } from './types';

/**
 * Targets, and characters to convert, handled between two looks at the clock:
 * a range takes well under 10 ms even with cold dictionaries.
 */
const RANGE_TARGETS = 64;
const RANGE_CHARS = 2_000;

/**
 * Convert targets from `from` on, as many as RANGE_TARGETS or RANGE_CHARS
 * allow: read, convert what is new, write what changes. Returns where it stopped.
 */
function convertRange(s: ConverterState, targets: Target[], from: number): number {
  trimCache(s);
  const values: (string | null)[] = [];
  const misses: string[] = [];
  let to = from;
  let chars = 0;
  while (to < targets.length && to - from < RANGE_TARGETS && chars < RANGE_CHARS) {
    const t = targets[to++]!;
    const key: object = Array.isArray(t) ? t[0] : t;
    let v = s.givenUp.has(key) ? null : currentValue(t);
    if (v !== null) {
      const rec = recOf(s, t);
      // Already converted by us (or the page wrote back our own output): nothing to do.
      if (rec && v === rec.conv) v = null;
    }
    values.push(v);
    if (v !== null && !s.cache.has(v)) {
      misses.push(v);
      chars += v.length;
    }
  }
  convertMisses(s, misses);
  const time = s.now();
  for (let k = from; k < to; k++) {
    const v = values[k - from];
    if (v === null || v === undefined) continue;
    const t = targets[k]!;
    const c = cached(s, v) ?? v;
    const rec = recOf(s, t);
    if (rec) {
      // The page rewrote a node we had converted: convert its new text, and
      // remember the page's text as the original to restore.
      if (time - rec.burstStart > 1000) {
        rec.burstStart = time;
        rec.burstCount = 0;
      }
      if (++rec.burstCount > s.maxRewrites) {
        s.givenUp.add(Array.isArray(t) ? t[0] : t);
        s.stats.givenUp++;
        setRec(s, t, undefined);
        continue;
      }
      if (c === v) {
        setRec(s, t, undefined);
        continue;
      }
      rec.orig = v;
      rec.conv = c;
      write(s, t, c);
    } else if (c !== v) {
      setRec(s, t, { orig: v, conv: c, burstStart: time, burstCount: 0 });
      write(s, t, c);
    }
  }
  return to;
}

/**
 * Convert the targets, synchronously until done or sliceMs have passed, then
 * in slices. Returns null when all was done synchronously.
 */
export function run(s: ConverterState, targets: Target[], sync: boolean): Promise<void> | null {
  const { now, stats } = s;
  const gen = s.generation;
  const start = now();
  // A selection is read afresh, once, for this run; "none" holds until selectionchange says otherwise.
  if (s.selection) s.selection = undefined;
  let i = 0;
  const step = (deadline: number): boolean => {
    while (i < targets.length) {
      i = convertRange(s, targets, i);
      if (!sync && i < targets.length && now() > deadline) return false;
    }
    return true;
  };
  if (step(start + s.firstSliceMs)) return null;
  stats.yields++;
  return (async () => {
    for (;;) {
      await yieldToPage();
      if (gen !== s.generation) return;
      if (step(now() + s.sliceMs)) return;
      stats.yields++;
    }
  })();
}

/** Fill the cache with the conversions of the targets' current values, in slices; stop once applied. */
export async function prepareTargets(s: ConverterState, targets: Target[]): Promise<void> {
  const now = s.now;
  let i = 0;
  while (i < targets.length && !s.applied) {
    const deadline = now() + s.sliceMs;
    while (i < targets.length && now() <= deadline) {
      trimCache(s);
      const misses: string[] = [];
      let chars = 0;
      for (const to = Math.min(targets.length, i + RANGE_TARGETS); i < to && chars < RANGE_CHARS; i++) {
        const v = currentValue(targets[i]!);
        if (v !== null && !s.cache.has(v)) {
          misses.push(v);
          chars += v.length;
        }
      }
      convertMisses(s, misses);
    }
    if (i < targets.length) await yieldToPage();
  }
}
