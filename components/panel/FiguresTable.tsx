import { useMemo, useRef, useState } from 'preact/hooks';
import { COPY_FORMATS, copySourceOf, formatFigures, type CopyFormat } from '@/lib/view/export';
import { countByKind, FIGURE_SORTS, KIND_FILTERS, viewFigures, type FigureSort, type KindFilter } from '@/lib/view/figure-view';
import type { ReportModel } from '@/lib/core/model';
import { t, type StringKey } from '@/lib/view/strings';

const KIND_LABEL: Record<KindFilter, StringKey> = {
  all: 'kindAll',
  money: 'kindMoney',
  percent: 'kindPercent',
  people: 'kindPeople',
  cases: 'kindCases',
  events: 'kindEvents',
  other: 'kindOther',
};
const SORT_LABEL: Record<FigureSort, StringKey> = { section: 'sortSection', 'value-desc': 'sortValueDesc', 'value-asc': 'sortValueAsc' };
const FORMAT_LABEL: Record<CopyFormat, string> = { tsv: 'TSV', csv: 'CSV', md: 'Markdown', json: 'JSON' };

interface Props {
  model: ReportModel;
  onLocate: (figure: number) => void;
  /** Text as the reader chose to see it (script conversion); numbers never change. */
  display?: (s: string) => string;
  defaultFormat?: CopyFormat;
}

export function FiguresTable({ model, onLocate, display = (s) => s, defaultFormat = 'tsv' }: Props) {
  const { figures } = model;
  const [kind, setKind] = useState<KindFilter>('all');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<FigureSort>('section');
  const [format, setFormat] = useState<CopyFormat>(defaultFormat);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [focus, setFocus] = useState(-1);
  const [notice, setNotice] = useState('');
  const [copyOriginal, setCopyOriginal] = useState(false);
  const body = useRef<HTMLTableSectionElement>(null);

  const counts = useMemo(() => countByKind(figures), [figures]);
  const shown = useMemo(() => viewFigures(figures, { kind, search, sort }), [figures, kind, search, sort]);
  if (model.figuresPending)
    return (
      <p class="status" role="status">
        {t('figuresReading')}
      </p>
    );
  if (!figures.length) return <p class="status">{t('figuresEmpty')}</p>;

  const copy = async (indices: number[]) => {
    const as = copyOriginal ? (s: string) => s : display;
    const rows = indices
      .map((i) => figures[i]!)
      .map((f) => ({
        ...f,
        label: as(f.label),
        section: as(f.section),
        sentence: as(f.sentence),
        text: as(f.text),
        unit: as(f.unit),
        qualifier: as(f.qualifier),
      }));
    const source = copySourceOf(model);
    try {
      await navigator.clipboard.writeText(
        formatFigures(format, rows, { ...source, title: as(source.title), publisher: as(source.publisher) }),
      );
      setNotice(t('copied', rows.length));
    } catch {
      setNotice(t('copyFailed'));
    }
  };
  const selectedInView = shown.filter((i) => selected.has(i));

  const activate = (i: number, additive: boolean) => {
    setFocus(i);
    setSelected((prev) => {
      if (!additive) return new Set([i]);
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
    if (!additive) onLocate(i);
  };

  const focusRow = (pos: number) => {
    const i = shown[Math.max(0, Math.min(shown.length - 1, pos))];
    if (i === undefined) return;
    setFocus(i);
    (body.current?.querySelector(`[data-index="${i}"]`) as HTMLElement | null)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const pos = shown.indexOf(focus);
    if (e.key === 'ArrowDown') focusRow(pos + 1);
    else if (e.key === 'ArrowUp') focusRow(pos - 1);
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(shown.length - 1);
    else if (e.key === 'Enter' && focus >= 0) activate(focus, false);
    else if (e.key === ' ' && focus >= 0) activate(focus, true);
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') setSelected(new Set(shown));
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'c') void copy(selectedInView.length ? selectedInView : shown);
    else return;
    e.preventDefault();
  };

  return (
    <section class="figures">
      <div class="filters">
        <input
          type="search"
          placeholder={t('figureSearch')}
          aria-label={t('figureSearch')}
          value={search}
          onInput={(e) => setSearch(e.currentTarget.value)}
        />
        <select aria-label={t('figureKind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as KindFilter)}>
          {KIND_FILTERS.map((k) => (
            <option key={k} value={k} disabled={k !== 'all' && !counts[k]}>
              {t(KIND_LABEL[k])} ({counts[k]})
            </option>
          ))}
        </select>
        <select aria-label={t('figureSort')} value={sort} onChange={(e) => setSort(e.currentTarget.value as FigureSort)}>
          {FIGURE_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(SORT_LABEL[s])}
            </option>
          ))}
        </select>
      </div>
      <div class="toolbar">
        <label>
          {t('copyFormat')}{' '}
          <select aria-label={t('copyFormat')} value={format} onChange={(e) => setFormat(e.currentTarget.value as CopyFormat)}>
            {COPY_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
        <button class="primary" onClick={() => void copy(shown)}>
          {t('copyAll', shown.length)}
        </button>
        <button disabled={!selectedInView.length} onClick={() => void copy(selectedInView)}>
          {t('copySelected', selectedInView.length)}
        </button>
        <label class="toggle">
          <input type="checkbox" checked={copyOriginal} onChange={(e) => setCopyOriginal(e.currentTarget.checked)} /> {t('copyOriginal')}
        </label>
        <span class="notice" role="status">
          {notice}
        </span>
      </div>
      <p class="hint">
        {t('figuresShown', shown.length, figures.length)} · {t('figuresHelp')}
      </p>
      <table class="figures-table" role="grid" aria-multiselectable="true" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col">{t('colLabel')}</th>
            <th scope="col">{t('colValue')}</th>
            <th scope="col">{t('colUnit')}</th>
            <th scope="col">{t('colQualifier')}</th>
            <th scope="col">{t('colSection')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {shown.map((i, pos) => {
            const f = figures[i]!;
            return (
              <tr
                key={i}
                data-index={i}
                tabIndex={focus === i || (focus < 0 && pos === 0) ? 0 : -1}
                class={selected.has(i) ? 'selected' : ''}
                aria-selected={selected.has(i)}
                title={display(f.sentence)}
                onClick={(e) => activate(i, e.ctrlKey || e.metaKey)}
              >
                <td>
                  {display(f.label)}
                  {f.appendix && (
                    <span class="appendix-mark" title={t('figureAppendixTitle')}>
                      {t('figureAppendix')}
                    </span>
                  )}
                </td>
                <td class="num">{f.valueMax !== undefined ? `${f.value}–${f.valueMax}` : f.value.toLocaleString('en-US')}</td>
                <td>{display(f.unit)}</td>
                <td>{display(f.qualifier)}</td>
                <td class="section">{display(f.section.split(' > ').pop() ?? '')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
