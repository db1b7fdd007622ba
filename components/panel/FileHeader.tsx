import type { AttachmentCandidate } from '@/lib/core/attachments';
import { t } from '@/lib/view/strings';

/** Above a report read from a file: which file, a link to open it, and the way back to the page. */
export function FileHeader({ source, onBack }: { source: AttachmentCandidate; onBack: () => void }) {
  return (
    <p class="file-source" role="status">
      {t('fileFrom', `${source.name}.${source.kind}`)}{' '}
      <a href={source.url} target="_blank" rel="noreferrer">
        {t('fileOpen')}
      </a>{' '}
      <button class="link file-back" onClick={onBack}>
        {t('fileBack')}
      </button>
    </p>
  );
}
