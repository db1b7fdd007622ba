import { describe, expect, it } from 'vitest';
import { collapseBelow, hasChildren, outlineMarkdown, parents, shownEntry, visibleEntries } from '../../lib/view/outline-tree';

const levels = [1, 2, 3, 3, 2, 1, 2].map((level, block) => ({ level, marker: `${block}.`, title: `t${block}`, block }));

describe('outline tree', () => {
  it('knows parents and children', () => {
    expect(parents(levels)).toEqual([-1, 0, 1, 1, 0, -1, 5]);
    expect(hasChildren(levels)).toEqual([true, true, false, false, false, true, false]);
  });

  it('hides the descendants of collapsed entries', () => {
    expect(visibleEntries(levels, new Set())).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(visibleEntries(levels, new Set([1]))).toEqual([0, 1, 4, 5, 6]);
    expect(visibleEntries(levels, new Set([0]))).toEqual([0, 5, 6]);
    expect(visibleEntries(levels, collapseBelow(levels, 1))).toEqual([0, 5]);
  });

  it('marks the section in view on the collapsed part that holds it', () => {
    expect(shownEntry(parents(levels), visibleEntries(levels, new Set()), 3)).toBe(3);
    expect(shownEntry(parents(levels), visibleEntries(levels, new Set([1])), 3)).toBe(1);
    expect(shownEntry(parents(levels), visibleEntries(levels, new Set([0, 1])), 3)).toBe(0);
    expect(shownEntry(parents(levels), visibleEntries(levels, new Set([0])), 6)).toBe(6);
    expect(shownEntry(parents(levels), visibleEntries(levels, new Set()), -1)).toBe(-1);
  });

  it('copies as a nested Markdown list', () => {
    expect(outlineMarkdown('报告', levels.slice(0, 3))).toBe('# 报告\n\n- 0.t0\n  - 1.t1\n    - 2.t2\n');
  });
});
