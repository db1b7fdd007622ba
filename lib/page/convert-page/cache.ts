// The conversion cache: converted strings kept by their original, filled in few (batched) calls of the convert function.

import type { ConverterState } from './state';

const SEPARATOR = '\u0000';

export function cached(st: ConverterState, s: string): string | undefined {
  return st.cache.get(s);
}

function remember(st: ConverterState, s: string, c: string): void {
  st.cache.set(s, c);
  st.cacheChars += s.length + c.length;
}

/** Empty a full cache, before a range (never within one: its results are read after). */
export function trimCache(st: ConverterState): void {
  if (st.cacheChars > st.cacheLimit) {
    st.cache.clear();
    st.cacheChars = 0;
  }
}

/** Convert the strings not in the cache, in few calls. */
export function convertMisses(st: ConverterState, misses: string[]): void {
  if (misses.length === 0) return;
  const { stats, convert } = st;
  if (!st.batch || misses.length === 1) {
    for (const s of misses) {
      stats.convertCalls++;
      remember(st, s, convert(s));
    }
    return;
  }
  let group: string[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    stats.convertCalls++;
    const out = convert(group.join(SEPARATOR)).split(SEPARATOR);
    if (out.length === group.length) {
      for (let k = 0; k < group.length; k++) remember(st, group[k]!, out[k]!);
    } else {
      for (const s of group) {
        stats.convertCalls++;
        remember(st, s, convert(s));
      }
    }
    group = [];
  };
  for (const s of misses) {
    if (s.includes(SEPARATOR)) {
      stats.convertCalls++;
      remember(st, s, convert(s));
      continue;
    }
    group.push(s);
  }
  flush();
}
