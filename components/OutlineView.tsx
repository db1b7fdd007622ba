import type { OutlineEntry, OutlineProblem } from '@/lib/types';
import { t } from '@/lib/strings';

interface Props {
  outline: OutlineEntry[];
  problems: OutlineProblem[];
  current: number;
  onSelect: (block: number) => void;
}

export function OutlineView({ outline, problems, current, onSelect }: Props) {
  if (!outline.length) return <p class="status">{t('outlineEmpty')}</p>;
  return (
    <section class="outline">
      <ol class="outline-list">
        {outline.map((entry, i) => (
          <li key={entry.block} class={i === current ? 'current' : ''} style={{ paddingInlineStart: `${(entry.level - 1) * 1.1}em` }}>
            <button class="outline-entry" aria-current={i === current ? 'location' : undefined} onClick={() => onSelect(entry.block)}>
              <span class="marker">{entry.marker}</span>
              {entry.title}
            </button>
          </li>
        ))}
      </ol>
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
