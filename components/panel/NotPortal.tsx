import { t } from '@/lib/view/strings';

interface Props {
  /** Set after "Read this page" when the browser kept the reader out. */
  refused: boolean;
  busy: boolean;
  onRead: () => void;
  onOptions: () => void;
}

/** A page outside the portals the reader watches: read it now (activeTab), or add its host in the options. */
export function NotPortal({ refused, busy, onRead, onOptions }: Props) {
  return (
    <section class="not-portal">
      <p class="status">{t('panelNotPortal')}</p>
      <button class="primary" disabled={busy} onClick={onRead}>
        {t('panelReadThisPage')}
      </button>
      <p class="hint">{t('panelReadThisPageHelp')}</p>
      {refused && (
        <p class="notice" role="alert">
          {t('panelReadRefused')}
        </p>
      )}
      <p>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(e) => {
            e.preventDefault();
            onOptions();
          }}
        >
          {t('panelReadAlways')}
        </a>
      </p>
    </section>
  );
}
