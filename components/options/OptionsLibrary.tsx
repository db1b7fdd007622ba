// The options' library section: keep automatically or on a click, open the library,
// clear it (a second click confirms). The store is loaded only when it is cleared.
import { useState } from 'preact/hooks';
import type { Setting } from '@/components/shared/useSetting';
import { t } from '@/lib/view/strings';
import { Switch } from './OptionsFields';

export function OptionsLibrary({
  keepAuto,
  saved,
  announce,
}: {
  keepAuto: Setting<boolean>;
  saved: (v: boolean) => Promise<boolean>;
  announce: (text: string, error?: boolean) => void;
}) {
  const [confirming, setConfirming] = useState<number | null>(null);
  const clear = async () => {
    try {
      const { libraryStore } = await import('@/lib/library/store');
      const store = libraryStore();
      if (confirming === null) {
        const count = await store.count();
        setConfirming(count);
        announce(t('libraryClearConfirm', count));
        return;
      }
      await store.clear();
      setConfirming(null);
      announce(t('libraryCleared'));
    } catch (err) {
      setConfirming(null);
      announce(t('libraryFailed', err instanceof Error ? err.message : String(err)), true);
    }
  };
  return (
    <>
      <Switch label={t('libraryKeepAuto')} help={t('libraryKeepAutoHelp')} checked={keepAuto.value!} onChange={saved} />
      <div class="field actions">
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
          {t('libraryOpenLibrary')}
        </a>
        <button type="button" class="danger" onClick={() => void clear()} onBlur={() => setConfirming(null)}>
          {confirming === null ? t('libraryClear') : t('libraryClearConfirm', confirming)}
        </button>
      </div>
    </>
  );
}
