// The options page's building blocks: a setting bound to its storage item (read
// back through a check, saved on change, following changes made elsewhere), the
// page's status line, and labelled radio groups and switches.
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useId, useRef, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { t } from '@/lib/view/strings';

// ── Status line ──────────────────────────────────────────────────────────────

export interface Announcement {
  text: string;
  error: boolean;
  n: number;
}
export const AnnounceContext = createContext<(text: string, error?: boolean) => void>(() => {});
export const useAnnounce = () => useContext(AnnounceContext);

/** The page's live region: what the last action did (polite), or why it failed (alert). */
export function StatusLine({ message }: { message: Announcement | null }) {
  return (
    <div class="status-line" role="status" aria-live="polite" aria-atomic="true">
      {message && (
        // A new node for each message, so a repeated message is announced again.
        <p key={message.n} class={message.error ? 'message error' : 'message'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

// ── A setting bound to its storage item ──────────────────────────────────────

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

// ── Fields ───────────────────────────────────────────────────────────────────

export interface Choice<T extends string> {
  value: T;
  label: string;
  help?: string;
}

/** A radio group (fieldset and legend); each choice may carry a description. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <div key={c.value} class="choice">
          <input
            type="radio"
            id={`${id}-${c.value}`}
            name={name}
            value={c.value}
            checked={value === c.value}
            aria-describedby={c.help ? `${id}-${c.value}-help` : undefined}
            onChange={() => onChange(c.value)}
          />
          <label for={`${id}-${c.value}`}>{c.label}</label>
          {c.help && (
            <p id={`${id}-${c.value}-help`} class="help">
              {c.help}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}

/** A checkbox with its label and an optional description. */
export function Switch({
  label,
  help,
  checked,
  onChange,
}: {
  label: string;
  help?: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const id = useId();
  return (
    <div class="switch">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} class="help">
          {help}
        </p>
      )}
    </div>
  );
}

/** A titled section of the page, labelled by its heading. */
export function OptionsSection({ title, children }: { title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="options-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
