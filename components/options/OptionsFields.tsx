// The options page's building blocks: the page's status line, and labelled radio
// groups and switches.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

// ── Status line ──────────────────────────────────────────────────────────────

export interface Announcement {
  text: string;
  error: boolean;
  n: number;
}
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
