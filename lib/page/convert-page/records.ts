// The change records: what we wrote where, over what original, and the undo that puts originals back.

import type { ConverterState } from './state';
import type { Rec, Target } from './types';

export function currentValue(t: Target): string | null {
  return Array.isArray(t) ? t[0].getAttribute(t[1]) : t.data;
}

export function recOf(s: ConverterState, t: Target): Rec | undefined {
  return Array.isArray(t) ? s.attrRecs.get(t[0])?.get(t[1]) : s.textRecs.get(t);
}

export function setRec(s: ConverterState, t: Target, rec: Rec | undefined): void {
  const { textRecs, attrRecs } = s;
  if (Array.isArray(t)) {
    let m = attrRecs.get(t[0]);
    if (rec) {
      if (!m) attrRecs.set(t[0], (m = new Map()));
      m.set(t[1], rec);
    } else if (m) {
      m.delete(t[1]);
      if (m.size === 0) attrRecs.delete(t[0]);
    }
  } else if (rec) {
    textRecs.set(t, rec);
  } else {
    textRecs.delete(t);
  }
}

export function write(s: ConverterState, t: Target, value: string): void {
  s.stats.writes++;
  if (Array.isArray(t)) t[0].setAttribute(t[1], value);
  else setText(s, t, value);
}

/** Where the reader's selection starts and ends. */
export interface SelectionEnds {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/**
 * The selection, read once per run of writes (a toggle, a restore, the page's
 * additions) when there is one, and kept until the page says it changed
 * (selectionchange). In Chromium any read of it after a write lays the page out
 * again: once per node written made a warm toggle 50–100× a bare text-node pass,
 * and once per toggle still cost a whole layout (8 ms on a 7,000-character
 * report) inside the toggle, so "no selection" is not read again until
 * selectionchange. A selection made during a sliced run may be seen late: it can
 * then collapse in a node written before the event; the text is right either way.
 */
function selectionEnds(s: ConverterState): SelectionEnds | null {
  if (s.selection !== undefined) return s.selection;
  watchSelection(s);
  const selection = s.doc.getSelection?.();
  const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
  s.selection = range ? endsOf(range) : null;
  return s.selection;
}

/** From now on a change of the selection makes the next write read it afresh. */
export function watchSelection(s: ConverterState): void {
  if (s.selectionWatched) return;
  s.selectionWatched = true;
  s.doc.addEventListener('selectionchange', () => (s.selection = undefined));
}

const endsOf = (r: AbstractRange): SelectionEnds => ({
  startContainer: r.startContainer,
  startOffset: r.startOffset,
  endContainer: r.endContainer,
  endOffset: r.endOffset,
});

/**
 * Replacing a text node's data collapses a selection inside it (DOM "replace
 * data"): the reader's selection is put back at the same offsets.
 */
function setText(s: ConverterState, node: Text, value: string): void {
  const ends = selectionEnds(s);
  if (!ends || (ends.startContainer !== node && ends.endContainer !== node)) {
    node.data = value;
    return;
  }
  const { startContainer, startOffset, endContainer, endOffset } = ends;
  node.data = value;
  const kept = s.doc.createRange();
  kept.setStart(startContainer, startContainer === node ? Math.min(startOffset, value.length) : startOffset);
  kept.setEnd(endContainer, endContainer === node ? Math.min(endOffset, value.length) : endOffset);
  const selection = s.doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(kept);
  s.selection = endsOf(kept);
}

/** Put back every original the page has not changed since, and forget all records. */
export function undoAll(s: ConverterState): void {
  if (s.selection) s.selection = undefined;
  for (const [node, rec] of s.textRecs) {
    if (node.data === rec.conv) {
      s.stats.writes++;
      setText(s, node, rec.orig);
    }
  }
  for (const [el, m] of s.attrRecs) {
    for (const [name, rec] of m) {
      if (el.getAttribute(name) === rec.conv) {
        s.stats.writes++;
        el.setAttribute(name, rec.orig);
      }
    }
  }
  s.textRecs.clear();
  s.attrRecs.clear();
  s.givenUp = new WeakSet();
}
