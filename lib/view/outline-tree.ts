// The outline as a collapsible tree for the panel: which entries have children,
// which are visible given the collapsed ones, keyboard moves, and Markdown.
import type { OutlineEntry } from '../core/types';

/** Index of each entry's parent (the nearest entry before it with a lower level), or -1. */
export function parents(outline: readonly Pick<OutlineEntry, 'level'>[]): number[] {
  const stack: number[] = [];
  return outline.map((entry, i) => {
    while (stack.length && outline[stack[stack.length - 1]!]!.level >= entry.level) stack.pop();
    const parent = stack.length ? stack[stack.length - 1]! : -1;
    stack.push(i);
    return parent;
  });
}

export function hasChildren(outline: readonly Pick<OutlineEntry, 'level'>[]): boolean[] {
  return outline.map((entry, i) => (outline[i + 1]?.level ?? 0) > entry.level);
}

/** Entries shown when the given ones are collapsed (their descendants hidden). */
export function visibleEntries(outline: readonly Pick<OutlineEntry, 'level'>[], collapsed: ReadonlySet<number>): number[] {
  const shown: number[] = [];
  let hideBelow = Infinity;
  outline.forEach((entry, i) => {
    if (entry.level > hideBelow) return;
    hideBelow = Infinity;
    shown.push(i);
    if (collapsed.has(i)) hideBelow = entry.level;
  });
  return shown;
}

/**
 * The entry to mark as the section in view: `current` itself, or its nearest
 * ancestor shown when it sits in a collapsed part; -1 for none. `parent` is parents(outline).
 */
export function shownEntry(parent: readonly number[], shown: readonly number[], current: number): number {
  if (current < 0 || current >= parent.length) return -1;
  let i = current;
  while (i >= 0 && !shown.includes(i)) i = parent[i]!;
  return i;
}

/** Entries up to a level, the rest collapsed ("show levels 1–2"). */
export function collapseBelow(outline: readonly Pick<OutlineEntry, 'level'>[], level: number): Set<number> {
  const kids = hasChildren(outline);
  return new Set(outline.flatMap((e, i) => (kids[i] && e.level >= level ? [i] : [])));
}

export function outlineMarkdown(title: string, outline: readonly OutlineEntry[], display: (s: string) => string = (s) => s): string {
  const lines = outline.map((e) => `${'  '.repeat(Math.max(0, e.level - 1))}- ${display(`${e.marker}${e.title}`)}`);
  return `# ${display(title)}\n\n${lines.join('\n')}\n`;
}
