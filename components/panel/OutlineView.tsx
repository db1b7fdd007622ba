import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { collapseBelow, hasChildren, outlineMarkdown, parents, shownEntry, visibleEntries } from '@/lib/view/outline-tree';
import { headingText } from '@/lib/core/outline';
import { t } from '@/lib/view/strings';
import type { OutlineEntry, OutlineProblem } from '@/lib/core/types';

interface Props {
  title: string;
  outline: OutlineEntry[];
  problems: OutlineProblem[];
  /** The entry whose section is in view on the page, or -1. */
  current: number;
  onSelect: (block: number) => void;
  display?: (s: string) => string;
}

/** The outline as an ARIA tree: arrows move, → ← open and close, Enter scrolls the page. */
export function OutlineView({ title, outline, problems, current, onSelect, display = (s) => s }: Props) {
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const [focus, setFocus] = useState(0);
  const [notice, setNotice] = useState('');
  const tree = useRef<HTMLUListElement>(null);
  const parent = useMemo(() => parents(outline), [outline]);
  const kids = useMemo(() => hasChildren(outline), [outline]);
  const shown = useMemo(() => visibleEntries(outline, collapsed), [outline, collapsed]);
  // A section inside a collapsed part is marked on the part that holds it.
  const marked = useMemo(() => shownEntry(parent, shown, current), [parent, shown, current]);

  // Keep the section in view visible and scrolled into the panel as the page scrolls.
  useEffect(() => {
    if (marked < 0) return;
    const el = tree.current?.querySelector(`[data-index="${marked}"]`) as HTMLElement | null;
    el?.scrollIntoView({ block: 'nearest' });
  }, [marked]);

  if (!outline.length) return <p class="status">{t('outlineEmpty')}</p>;

  const moveFocus = (i: number) => {
    setFocus(i);
    (tree.current?.querySelector(`[data-index="${i}"]`) as HTMLElement | null)?.focus();
  };
  const toggle = (i: number, open?: boolean) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (open ?? next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent) => {
    const pos = shown.indexOf(focus);
    switch (e.key) {
      case 'ArrowDown':
        if (pos < shown.length - 1) moveFocus(shown[pos + 1]!);
        break;
      case 'ArrowUp':
        if (pos > 0) moveFocus(shown[pos - 1]!);
        break;
      case 'Home':
        moveFocus(shown[0]!);
        break;
      case 'End':
        moveFocus(shown[shown.length - 1]!);
        break;
      case 'ArrowRight':
        if (kids[focus] && collapsed.has(focus)) toggle(focus, true);
        else if (kids[focus]) moveFocus(focus + 1);
        break;
      case 'ArrowLeft':
        if (kids[focus] && !collapsed.has(focus)) toggle(focus, false);
        else if (parent[focus]! >= 0) moveFocus(parent[focus]!);
        break;
      case 'Enter':
      case ' ':
        onSelect(outline[focus]!.block);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const copy = async () => {
    try {
      // 「附件1」 and its title are written with a space between them.
      const written = outline.map((e) => ({ ...e, marker: headingText(e).slice(0, headingText(e).length - e.title.length) }));
      await navigator.clipboard.writeText(outlineMarkdown(title, written, display));
      setNotice(t('outlineCopied'));
    } catch {
      setNotice(t('copyFailed'));
    }
  };

  return (
    <section class="outline">
      <div class="toolbar">
        <button onClick={() => setCollapsed(new Set())}>{t('outlineExpandAll')}</button>
        <button onClick={() => setCollapsed(collapseBelow(outline, 1))}>{t('outlineCollapseAll')}</button>
        <button onClick={copy}>{t('outlineCopy')}</button>
        <span class="notice" role="status">
          {notice}
        </span>
      </div>
      <p class="hint">{t('outlineHelp')}</p>
      <ul class="outline-list" role="tree" aria-label={t('outlineTree')} ref={tree} onKeyDown={onKeyDown}>
        {shown.map((i) => {
          const entry = outline[i]!;
          // The appendices after the sign-off are a part of their own, set off from the report.
          const firstAppendix = entry.appendix && !outline[i - 1]?.appendix;
          const item = (
            <li
              key={entry.block}
              role="treeitem"
              data-index={i}
              aria-level={entry.level}
              aria-label={entry.appendix && entry.level === 1 ? `${t('outlineAppendix')}: ${display(headingText(entry))}` : undefined}
              aria-expanded={kids[i] ? !collapsed.has(i) : undefined}
              aria-current={i === marked ? 'location' : undefined}
              tabIndex={i === focus ? 0 : -1}
              class={`outline-entry level-${entry.level}${entry.appendix ? ' appendix' : ''}${i === marked ? ' current' : ''}`}
              style={{ paddingInlineStart: `${(entry.level - 1) * 1.1 + 1.2}em` }}
              onClick={() => {
                setFocus(i);
                onSelect(entry.block);
              }}
            >
              {kids[i] && (
                <span
                  class="twisty"
                  aria-hidden="true"
                  onClick={(e) => {
                    e.stopPropagation();
                    toggle(i);
                  }}
                >
                  {collapsed.has(i) ? '▸' : '▾'}
                </span>
              )}
              <span class="marker">{display(entry.marker)}</span>
              {display(entry.title)}
            </li>
          );
          if (!firstAppendix) return item;
          return [
            <li key="appendix-part" role="none" class="outline-part" aria-hidden="true">
              {t('outlineAppendix')}
            </li>,
            item,
          ];
        })}
      </ul>
      {problems.length > 0 && (
        <section class="problems">
          <h2>{t('outlineProblems')}</h2>
          <ul>
            {problems.map((p) => (
              <li key={`${p.block}-${p.kind}`}>
                <button class="link" onClick={() => onSelect(p.block)}>
                  {p.message}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
