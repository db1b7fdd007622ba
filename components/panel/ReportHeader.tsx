import type { ReportModel } from '@/lib/core/model';
import { META_FIELDS, META_LABEL_KEYS } from '@/lib/view/meta-labels';
import { t } from '@/lib/view/strings';

const FIELDS = META_FIELDS.map((f) => [f, META_LABEL_KEYS[f]] as const);

interface Props {
  model: ReportModel;
  cleaned: boolean;
  onToggleClean: () => void;
  onReaderView: () => void;
  /** The actions on the live page (clean, reader view); off for a report read from a file. */
  pageActions?: boolean;
  display?: (s: string) => string;
}

export function ReportHeader({ model, cleaned, onToggleClean, onReaderView, pageActions = true, display = (s) => s }: Props) {
  return (
    <header class="report-header">
      <h1 class="report-title">{display(model.title)}</h1>
      <dl class="meta">
        {FIELDS.filter(([field]) => model.meta[field]).map(([field, label]) => (
          <div key={field} class="meta-row">
            <dt>{t(label)}</dt>
            <dd>{display(model.meta[field])}</dd>
          </div>
        ))}
      </dl>
      <div class="header-actions">
        {pageActions && (
          <label class="toggle">
            <input type="checkbox" checked={cleaned} onChange={onToggleClean} /> {t('cleanPage')}
          </label>
        )}
        {pageActions && (
          <button class="link" onClick={onReaderView}>
            {t('openReaderView')}
          </button>
        )}
        <button class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </div>
    </header>
  );
}
