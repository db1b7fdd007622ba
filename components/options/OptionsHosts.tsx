// Extra portal hosts: each added host asks the browser for access to it and its
// subdomains (an optional host permission) from the click that adds it;
// removing a host gives the access back.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { coveringHost, hostOrigins, normalizeHost } from '@/lib/extension/hosts';
import { t } from '@/lib/view/strings';
import { useAnnounce } from '@/components/shared/useSetting';

interface Props {
  hosts: string[];
  save: (hosts: string[]) => Promise<boolean>;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function OptionsHosts({ hosts, save }: Props) {
  const announce = useAnnounce();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  /** Whether the browser grants access to each host (it can be taken back in the browser's own settings). */
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void Promise.all(hosts.map((h) => browser.permissions.contains({ origins: hostOrigins(h) }).catch(() => false))).then((answers) => {
        if (live) setGranted(Object.fromEntries(hosts.map((h, i) => [h, answers[i] === true])));
      });
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [hosts]);

  const fail = (message: string) => {
    setError(message);
    input.current?.focus();
  };

  /** Asks for access. Called straight from the click: the browser shows its prompt only during a user gesture. */
  const request = (host: string) => browser.permissions.request({ origins: hostOrigins(host) });

  const add = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const typed = text.trim();
    if (!typed) return fail(t('optionsHostHint'));
    const host = normalizeHost(typed);
    if (!host) return fail(t('optionsHostInvalid', typed.length > 80 ? typed.slice(0, 80) + '…' : typed));
    const by = coveringHost(host, hosts);
    if (by) return fail(t('optionsHostCovered', host, by));
    setError('');
    setBusy(true);
    request(host)
      .then(async (ok) => {
        if (!ok) return fail(t('optionsHostDenied', host));
        if (await save([...hosts, host])) {
          setText('');
          announce(t('optionsHostAdded', host));
        }
      })
      .catch((err: unknown) => fail(t('optionsHostFailed', host, errorText(err))))
      .finally(() => setBusy(false));
  };

  const grant = (host: string) => {
    request(host)
      .then((ok) => {
        setGranted((g) => ({ ...g, [host]: ok }));
        if (!ok) announce(t('optionsHostDenied', host), true);
      })
      .catch((err: unknown) => announce(t('optionsHostFailed', host, errorText(err)), true));
  };

  const remove = async (host: string) => {
    const index = hosts.indexOf(host);
    try {
      await browser.permissions.remove({ origins: hostOrigins(host) });
    } catch (err) {
      announce(t('optionsHostFailed', host, errorText(err)), true);
    }
    const next = hosts.filter((h) => h !== host);
    if (!(await save(next))) return;
    announce(t('optionsHostRemoved', host));
    const neighbour = next[Math.min(index, next.length - 1)];
    // Keyboard focus stays in the list, or goes back to the field when the list is empty.
    requestAnimationFrame(() => {
      const row = neighbour && list.current?.querySelector(`li[data-host="${CSS.escape(neighbour)}"] button`);
      ((row as HTMLElement | null) ?? input.current)?.focus();
    });
  };

  return (
    <div class="hosts">
      <p class="help">{t('optionsHostsHelp')}</p>

      <h3 id={`${id}-list`}>{t('optionsHostsList')}</h3>
      {hosts.length === 0 ? (
        <p class="empty">{t('optionsHostsEmpty')}</p>
      ) : (
        <ul class="host-list" aria-labelledby={`${id}-list`} ref={list}>
          {hosts.map((host) => (
            <li key={host} class="host" data-host={host}>
              <span class="pattern" dir="ltr">
                {host}
              </span>
              <span class={granted[host] === false ? 'access denied' : 'access'}>
                {granted[host] === undefined ? '' : granted[host] ? t('optionsHostGranted') : t('optionsHostNotGranted')}
              </span>
              <span class="row-actions">
                {granted[host] === false && (
                  <button type="button" aria-label={t('optionsHostGrantLabel', host)} onClick={() => grant(host)}>
                    {t('optionsHostGrant')}
                  </button>
                )}
                <button type="button" class="danger" aria-label={t('optionsHostRemoveLabel', host)} onClick={() => void remove(host)}>
                  {t('optionsHostRemove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}

      <form class="add-form" onSubmit={add} noValidate>
        <div class="field">
          <label for={`${id}-host`}>{t('optionsHostInput')}</label>
          <input
            ref={input}
            id={`${id}-host`}
            type="text"
            inputMode="url"
            class="pattern-input"
            spellcheck={false}
            autocapitalize="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            value={text}
            onInput={(e) => {
              setText((e.currentTarget as HTMLInputElement).value);
              setError('');
            }}
          />
        </div>
        <button type="submit" class="primary" aria-disabled={busy ? true : undefined}>
          {t('optionsHostAdd')}
        </button>
        <p id={`${id}-hint`} class="help">
          {t('optionsHostHint')}
        </p>
        {error && (
          <p id={`${id}-error`} class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
