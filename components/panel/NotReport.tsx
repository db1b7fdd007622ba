import { localReason } from '@/lib/view/detect-reasons';
import { t } from '@/lib/view/strings';

export function NotReport({
  reasons,
  onReadAnyway,
  onReadAttachment,
}: {
  reasons: string[];
  onReadAnyway: () => void;
  /** Offered when the page may hold the report as an attached file. */
  onReadAttachment?: () => void;
}) {
  return (
    <section class="not-report">
      <p class="status">{t('panelNotReport')}</p>
      <p>{t('panelWhy')}</p>
      <ul class="reasons">
        {reasons.map((r) => (
          <li key={r}>{localReason(r)}</li>
        ))}
      </ul>
      {onReadAttachment && (
        <button class="primary read-attachment" onClick={onReadAttachment}>
          {t('fileRead')}
        </button>
      )}
      <button class="primary" onClick={onReadAnyway}>
        {t('panelReadAnyway')}
      </button>
    </section>
  );
}
