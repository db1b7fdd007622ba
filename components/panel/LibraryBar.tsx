// The panel's line about the library: the report shown is kept (automatically, or on
// a click when the reader turned that off), with "remove from library" and a link to
// library.html. The store is loaded on demand: the panel opens without it.
import { useEffect, useState } from 'preact/hooks';
import type { ReportModel } from '@/lib/core/model';
import { keepAutoItem } from '@/lib/extension/settings';
import { SETTINGS } from '@/lib/extension/setting-table';
import { t } from '@/lib/view/strings';
import { useSetting } from '@/components/shared/useSetting';

type State = 'unknown' | 'kept' | 'not-kept';

const store = () => import('@/lib/library/store').then((m) => m.libraryStore());

async function keep(model: ReportModel): Promise<void> {
  const [{ buildEntry }, s] = await Promise.all([import('@/lib/library/entry'), store()]);
  await s.keep(buildEntry(model));
}

const failure = async (err: unknown) => {
  const { LibraryFullError } = await import('@/lib/library/store');
  return err instanceof LibraryFullError ? t('libraryFull') : t('libraryFailed', err instanceof Error ? err.message : String(err));
};

export function LibraryBar({ model, stale }: { model: ReportModel; stale: boolean }) {
  const auto = useSetting(keepAutoItem, SETTINGS.libraryKeepAuto.check).value;
  const [state, setState] = useState<State>('unknown');
  const [error, setError] = useState('');

  useEffect(() => {
    // A model whose figures are still being read is kept when they arrive.
    if (auto === undefined || stale || model.figuresPending) return;
    let live = true;
    setError('');
    // A page read "as a report anyway" is kept only on a click.
    const work = auto && model.isReport ? keep(model).then(() => true) : store().then((s) => s.has(model.url));
    work.then(
      (kept) => live && setState(kept ? 'kept' : 'not-kept'),
      async (err: unknown) => {
        const text = await failure(err);
        if (!live) return;
        setState('not-kept');
        setError(text);
      },
    );
    return () => {
      live = false;
    };
  }, [model, auto, stale]);

  if (auto === undefined) return null;
  const act = (work: () => Promise<void>, next: State) =>
    work().then(
      () => {
        setState(next);
        setError('');
      },
      async (err: unknown) => setError(await failure(err)),
    );
  return (
    <div class="library-bar">
      {state === 'kept' ? (
        <>
          <span role="status">{t('panelKept')}</span>
          <button class="link" onClick={() => void act(async () => (await store()).remove(model.url), 'not-kept')}>
            {t('libraryRemove')}
          </button>
        </>
      ) : (
        state === 'not-kept' &&
        !model.figuresPending && (
          <button class="link" onClick={() => void act(() => keep(model), 'kept')}>
            {t('panelKeep')}
          </button>
        )
      )}
      <button class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}>
        {t('libraryOpenLibrary')}
      </button>
      {error && (
        <p class="notice" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
