// The mutation observer: converts what the page adds or rewrites later, and keeps the snapshot of targets while it watches.

import { setRec } from './records';
import { run } from './run';
import type { ConverterState } from './state';
import { collectFrom, contentsOf, ELEMENT_NODE, NON_ASCII, skipsText, STRUCTURE_ATTRIBUTES, TEXT_NODE } from './targets';
import type { Target } from './types';

/** Convert what the records show the page added or rewrote. */
export function onMutations(s: ConverterState, records: MutationRecord[]): void {
  if (!s.applied) return;
  s.stats.mutationCallbacks++;
  const targets: Target[] = [];
  const seenText = new Set<Node>();
  for (const r of records) {
    if (r.type === 'characterData') {
      const node = r.target;
      if (node.nodeType !== TEXT_NODE || seenText.has(node)) continue;
      seenText.add(node);
      const text = node as Text;
      const rec = s.textRecs.get(text);
      if (rec && text.data === rec.conv) continue; // our own write, or our output put back
      const parent = text.parentElement;
      if (!parent || skipsText(parent) || contentsOf(s, parent) !== true) continue;
      if (NON_ASCII.test(text.data)) targets.push(text);
      else if (rec) setRec(s, text, undefined); // the page's new text needs nothing; keep it on restore
    } else if (r.type === 'attributes') {
      const el = r.target as Element;
      const name = r.attributeName;
      if (!name) continue;
      if (!s.attributeSet.has(name)) {
        // lang, contenteditable or our skip mark changed: convert what now converts there.
        s.snapshot = null;
        collectFrom(s, el, targets);
        continue;
      }
      const v = el.getAttribute(name);
      const rec = s.attrRecs.get(el)?.get(name);
      if (v === null || (rec && v === rec.conv)) continue;
      if (contentsOf(s, el) !== true) continue;
      if (NON_ASCII.test(v)) targets.push([el, name]);
      else if (rec) setRec(s, [el, name], undefined);
    } else {
      for (let k = 0; k < r.addedNodes.length; k++) {
        const node = r.addedNodes[k]!;
        if (seenText.has(node)) continue;
        seenText.add(node);
        if (node.nodeType === TEXT_NODE) {
          const parent = node.parentElement;
          if (parent && !skipsText(parent) && contentsOf(s, parent) === true && NON_ASCII.test((node as Text).data)) {
            targets.push(node as Text);
          }
        } else if (node.nodeType === ELEMENT_NODE) {
          collectFrom(s, node as Element, targets);
        }
      }
    }
  }
  if (targets.length === 0) return;
  const list = unique(targets);
  addToSnapshot(s, list);
  run(s, list, false);
}

/** The targets without repeats (a text node added, and its parent added too). */
function unique(targets: Target[]): Target[] {
  const seen = new Set<Text>();
  const seenAttrs = new Map<Element, Set<string>>();
  return targets.filter((t) => {
    if (!Array.isArray(t)) {
      if (seen.has(t)) return false;
      seen.add(t);
      return true;
    }
    let names = seenAttrs.get(t[0]);
    if (!names) seenAttrs.set(t[0], (names = new Set()));
    if (names.has(t[1])) return false;
    names.add(t[1]);
    return true;
  });
}

/** Remember the targets of a walk, to convert again without walking while the observer watches. */
export function takeSnapshot(s: ConverterState, targets: Target[]): void {
  s.snapshot = targets;
  s.inSnapshot = new WeakMap();
  for (const t of targets) markInSnapshot(s, t);
}

/** Mark t as in the snapshot; false if it was already. */
function markInSnapshot(s: ConverterState, t: Target): boolean {
  const inSnapshot = s.inSnapshot;
  if (!Array.isArray(t)) {
    if (inSnapshot.has(t)) return false;
    inSnapshot.set(t, true);
    return true;
  }
  let names = inSnapshot.get(t[0]);
  if (names === true) return false;
  if (!names) inSnapshot.set(t[0], (names = new Set()));
  if (names.has(t[1])) return false;
  names.add(t[1]);
  return true;
}

function addToSnapshot(s: ConverterState, targets: Target[]): void {
  const snapshot = s.snapshot;
  if (snapshot) for (const t of targets) if (markInSnapshot(s, t)) snapshot.push(t);
}

/** While restored, the observer only watches whether the snapshot still holds. */
function onRecords(s: ConverterState, records: MutationRecord[]): void {
  if (s.applied) {
    onMutations(s, records);
    return;
  }
  for (const r of records) {
    if (r.type === 'attributes' || (r.type === 'childList' && r.addedNodes.length > 0)) {
      s.snapshot = null;
      break;
    }
  }
  if (!s.snapshot) disconnectObserver(s);
}

/** Start watching, when asked to and there is something to watch for. */
export function connect(s: ConverterState): void {
  if (s.observer || !s.observing || !(s.applied || s.snapshot)) return;
  const MO = s.doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  if (!MO) return;
  const observer = new MO((records) => onRecords(s, records));
  s.observer = observer;
  observer.observe(s.root, {
    childList: true,
    characterData: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...s.attributes, ...STRUCTURE_ATTRIBUTES],
  });
}

export function disconnectObserver(s: ConverterState): void {
  const observer = s.observer;
  if (!observer) return;
  // Records queued before now are the page's or ours; handle them while applied.
  const records = observer.takeRecords();
  if (s.applied && records.length) onMutations(s, records);
  observer.disconnect();
  s.observer = null;
  s.snapshot = null; // unwatched from now on
}
