import type { AttachmentCandidate } from '@/lib/core/attachments';
import { t } from '@/lib/view/strings';

/** Above a report read from a file: which file, a link to open it, and the way back to the page (none when the tab shows the file). */
export function FileHeader({ source, onBack }: { source: AttachmentCandidate; onBack?: () => void }) {
  return (
    <p class="file-source" role="status">
      {t(onBack ? 'fileFrom' : 'fileShown', `${source.name}.${source.kind}`)}{' '}
      <a href={source.url} target="_blank" rel="noreferrer">
        {t('fileOpen')}
      </a>{' '}
      {onBack && (
        <button class="link file-back" onClick={onBack}>
          {t('fileBack')}
        </button>
      )}
    </p>
  );
}
