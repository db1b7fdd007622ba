import { useState } from 'preact/hooks';
import { copySourceOf, figuresTSV } from '@/lib/export';
import type { ReportModel } from '@/lib/model';
import { t } from '@/lib/strings';

export function FiguresTable({ model, onSelect }: { model: ReportModel; onSelect: (figure: number) => void }) {
  const [selected, setSelected] = useState(-1);
  const [notice, setNotice] = useState('');
  const { figures } = model;
  if (!figures.length) return <p class="status">{t('figuresEmpty')}</p>;

  const copyAll = async () => {
    try {
      await navigator.clipboard.writeText(figuresTSV(figures, copySourceOf(model)));
      setNotice(t('copied', figures.length));
    } catch {
      setNotice(t('copyFailed'));
    }
  };

  return (
    <section class="figures">
      <div class="toolbar">
        <span>{t('figuresCount', figures.length)}</span>
        <button class="primary" onClick={copyAll}>
          {t('copyTsv')}
        </button>
        <span class="notice" role="status">
          {notice}
        </span>
      </div>
      <table class="figures-table">
        <thead>
          <tr>
            <th>{t('colLabel')}</th>
            <th>{t('colValue')}</th>
            <th>{t('colUnit')}</th>
            <th>{t('colQualifier')}</th>
            <th>{t('colSection')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f, i) => (
            <tr
              key={`${f.block}:${f.start}`}
              class={i === selected ? 'selected' : ''}
              aria-selected={i === selected}
              title={f.sentence}
              onClick={() => {
                setSelected(i);
                onSelect(i);
              }}
            >
              <td>{f.label}</td>
              <td class="num">{f.valueMax !== undefined ? `${f.value}–${f.valueMax}` : f.value.toLocaleString()}</td>
              <td>{f.unit}</td>
              <td>{f.qualifier}</td>
              <td class="section">{f.section.split(' > ').pop()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
