import type { AttachmentCandidate } from '@/lib/core/attachments';
import { t } from '@/lib/view/strings';

/** "Read the attached report": one button per likely report file the page links. */
export function AttachmentOffer({ attachments, onRead }: { attachments: AttachmentCandidate[]; onRead: (a: AttachmentCandidate) => void }) {
  if (!attachments.length) return null;
  return (
    <section class="attachment-offer">
      {attachments.slice(0, 3).map((a) => (
        <button key={a.url} class="primary read-attachment" title={a.url} onClick={() => onRead(a)}>
          {t('fileRead')} <small>({`${a.name}.${a.kind}`})</small>
        </button>
      ))}
    </section>
  );
}
