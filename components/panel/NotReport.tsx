import { localReason } from '@/lib/view/detect-reasons';
import { t } from '@/lib/view/strings';

export function NotReport({ reasons, onReadAnyway }: { reasons: string[]; onReadAnyway: () => void }) {
  return (
    <section class="not-report">
      <p class="status">{t('panelNotReport')}</p>
      <p>{t('panelWhy')}</p>
      <ul class="reasons">
        {reasons.map((r) => (
          <li key={r}>{localReason(r)}</li>
        ))}
      </ul>
      <button class="primary" onClick={onReadAnyway}>
        {t('panelReadAnyway')}
      </button>
    </section>
  );
}
