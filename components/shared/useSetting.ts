// A setting bound to its storage item, shared by every page: read back through a
// check, saved on change, following changes made elsewhere. A failed save is told
// through the page's announcer (the options page provides one; elsewhere it is a no-op).
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { t } from '@/lib/view/strings';

export const AnnounceContext = createContext<(text: string, error?: boolean) => void>(() => {});
export const useAnnounce = () => useContext(AnnounceContext);

export interface Setting<T> {
  /** undefined until read from storage. */
  value: T | undefined;
  /** Saves a value; false (and the old value back, and a message) when storage refused it. */
  save(value: T): Promise<boolean>;
}

export function useSetting<T>(item: WxtStorageItem<T, Record<string, unknown>>, check: (x: unknown) => T): Setting<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const current = useRef<T | undefined>(undefined);
  const announce = useAnnounce();
  const checkRef = useRef(check);

  useEffect(() => {
    let live = true;
    const set = (v: unknown) => {
      current.current = checkRef.current(v);
      setValue(current.current);
    };
    item.getValue().then(
      (v) => live && set(v),
      () => live && set(undefined),
    );
    const unwatch = item.watch((v) => live && set(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);

  const save = useCallback(
    async (next: T) => {
      const before = current.current;
      current.current = next;
      setValue(next);
      try {
        await item.setValue(next);
        return true;
      } catch (e) {
        current.current = before;
        setValue(before);
        announce(t('optionsSaveFailed', e instanceof Error ? e.message : String(e)), true);
        return false;
      }
    },
    [item, announce],
  );
  return { value, save };
}
