import type { ReportModel } from '@/lib/model';
import { t, type StringKey } from '@/lib/strings';
import type { Meta } from '@/lib/types';

const FIELDS: [keyof Meta, StringKey][] = [
  ['publisher', 'metaPublisher'],
  ['written', 'metaWritten'],
  ['published', 'metaPublished'],
  ['indexNo', 'metaIndexNo'],
  ['docNo', 'metaDocNo'],
  ['source', 'metaSource'],
];

export function ReportHeader({ model, cleaned, onToggleClean }: { model: ReportModel; cleaned: boolean; onToggleClean: () => void }) {
  return (
    <header class="report-header">
      <h1 class="report-title">{model.title}</h1>
      <dl class="meta">
        {FIELDS.filter(([field]) => model.meta[field]).map(([field, label]) => (
          <div key={field} class="meta-row">
            <dt>{t(label)}</dt>
            <dd>{model.meta[field]}</dd>
          </div>
        ))}
      </dl>
      <label class="toggle">
        <input type="checkbox" checked={cleaned} onChange={onToggleClean} /> {t('cleanPage')}
      </label>
    </header>
  );
}
