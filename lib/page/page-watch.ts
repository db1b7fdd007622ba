// Noticing that the page changed under the reader: paragraphs added, removed or
// rewritten by the page's scripts (pagination, late content). Only changes to the
// page's structure count: our own writes are text and attribute changes (script
// conversion, hiding), elements marked as ours (the cleaning header), and the
// wrapping of chrome lines, made inside `readerChange` (lib/reader-changes.ts).

import { OWN_ATTR } from './clean-page';
import { onReaderChanges } from './reader-changes';

function isOwnOrBlank(node: Node): boolean {
  if (node.nodeType === 3) return !(node as Text).data.trim();
  if (node.nodeType !== 1) return true;
  const el = node as Element;
  return el.hasAttribute(OWN_ATTR) || /^(script|style|link|meta|noscript)$/i.test(el.localName);
}

export function structuralChange(records: readonly MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type !== 'childList') continue;
    if ((r.target as Element).closest?.(`[${OWN_ATTR}]`)) continue;
    for (const n of Array.from(r.addedNodes)) if (!isOwnOrBlank(n)) return true;
    for (const n of Array.from(r.removedNodes)) if (!isOwnOrBlank(n)) return true;
  }
  return false;
}

/**
 * Calls `onStale` at once when the page's structure changes, and `onSettled`
 * once it has been quiet for `quietMs`. Returns the function that stops watching.
 */
export function watchPage(doc: Document, onStale: () => void, onSettled: () => void, quietMs = 400): () => void {
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  if (!View?.MutationObserver || !doc.body) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stale = false;
  const handle = (records: MutationRecord[]) => {
    if (!structuralChange(records)) return;
    if (!stale) {
      stale = true;
      onStale();
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      stale = false;
      onSettled();
    }, quietMs);
  };
  const observer = new View.MutationObserver(handle);
  observer.observe(doc.body, { childList: true, subtree: true });
  const stopIgnoring = onReaderChanges({
    before: () => {
      const pages = observer.takeRecords();
      if (pages.length) handle(pages);
    },
    after: () => void observer.takeRecords(),
  });
  return () => {
    stopIgnoring();
    observer.disconnect();
    clearTimeout(timer);
  };
}
