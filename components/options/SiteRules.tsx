// Per-site script rules: the list (change a rule's script, edit its site,
// delete it), a form to add one, and import/export as a JSON file.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ScriptView } from '@/lib/extension/messages';
import { normalizeSitePattern, parseSiteRules, type SiteRule } from '@/lib/extension/site-rules';
import { t, type StringKey } from '@/lib/view/strings';
import { isUsableRule } from '@/lib/extension/site-rules';
import { useAnnounce } from '@/components/shared/useSetting';

const VIEW_LABEL: Record<ScriptView, StringKey> = {
  original: 'optionsViewOriginal',
  simplified: 'optionsViewSimplified',
  traditional: 'optionsViewTraditional',
};
const VIEWS = Object.keys(VIEW_LABEL) as ScriptView[];

/** Larger than any real rules file (sync storage holds 8 KB per item). */
const MAX_IMPORT_BYTES = 1_000_000;
export const EXPORT_FILE_NAME = 'portal-reader-site-rules.json';

/**
 * A typed site as a rule pattern ('' when it is not one). "host/" means the same
 * as "host" (every path), so it is stored as "host": one rule per site.
 */
export function sitePattern(raw: string): string {
  return normalizeSitePattern(raw).replace(/^([^/]+)\/$/, '$1');
}

/** `rules` with `added` put in: a rule for a site that already has one replaces it in place. */
export function mergeRules(rules: readonly SiteRule[], added: readonly SiteRule[]): SiteRule[] {
  const byPattern = new Map<string, SiteRule>();
  for (const r of [...rules, ...added]) {
    const pattern = sitePattern(r.pattern);
    if (pattern) byPattern.set(pattern, { pattern, view: r.view });
  }
  return [...byPattern.values()];
}

function ViewSelect({ value, onChange, label, id }: { value: ScriptView; onChange: (v: ScriptView) => void; label?: string; id?: string }) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as ScriptView)}>
      {VIEWS.map((v) => (
        <option key={v} value={v}>
          {t(VIEW_LABEL[v])}
        </option>
      ))}
    </select>
  );
}

interface Props {
  rules: SiteRule[];
  save: (rules: SiteRule[]) => Promise<boolean>;
}

export function SiteRules({ rules, save }: Props) {
  const announce = useAnnounce();
  const id = useId();
  const [pattern, setPattern] = useState('');
  const [view, setView] = useState<ScriptView>('traditional');
  const [addError, setAddError] = useState('');
  const [editing, setEditing] = useState<{ pattern: string; text: string; error: string } | null>(null);
  const [importError, setImportError] = useState('');
  /** After a change, where keyboard focus goes: a row's first button, or the add field. */
  const [focusTarget, setFocusTarget] = useState<{ pattern: string } | { add: true } | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const addInput = useRef<HTMLInputElement>(null);
  const editInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focusTarget) return;
    if ('add' in focusTarget) addInput.current?.focus();
    else {
      const row = [...(list.current?.children ?? [])].find((li) => (li as HTMLElement).dataset.pattern === focusTarget.pattern);
      (row?.querySelector('button') as HTMLElement | null)?.focus();
    }
    setFocusTarget(null);
  }, [focusTarget, rules]);

  useEffect(() => {
    if (editing) editInput.current?.focus();
  }, [editing?.pattern]);

  const add = async (e: Event) => {
    e.preventDefault();
    const normalized = sitePattern(pattern);
    if (!normalized) {
      setAddError(t('optionsRuleInvalid'));
      addInput.current?.focus();
      return;
    }
    setAddError('');
    if (await save(mergeRules(rules, [{ pattern: normalized, view }]))) {
      setPattern('');
      announce(t('optionsRuleSaved', normalized));
    }
  };

  const changeView = async (rule: SiteRule, next: ScriptView) => {
    if (await save(rules.map((r) => (r.pattern === rule.pattern ? { pattern: r.pattern, view: next } : r))))
      announce(t('optionsRuleSaved', rule.pattern));
  };

  const saveEdit = async () => {
    if (!editing) return;
    const normalized = sitePattern(editing.text);
    if (!normalized) {
      setEditing({ ...editing, error: t('optionsRuleInvalid') });
      editInput.current?.focus();
      return;
    }
    const old = rules.find((r) => r.pattern === editing.pattern);
    if (!old) return setEditing(null);
    // The edited rule keeps its place; another rule for the new site gives way to it.
    const next = rules
      .filter((r) => r.pattern === old.pattern || r.pattern !== normalized)
      .map((r) => (r === old ? { pattern: normalized, view: r.view } : r));
    if (await save(next)) {
      setEditing(null);
      setFocusTarget({ pattern: normalized });
      announce(t('optionsRuleSaved', normalized));
    }
  };

  const cancelEdit = () => {
    if (editing) setFocusTarget({ pattern: editing.pattern });
    setEditing(null);
  };

  const remove = async (rule: SiteRule) => {
    const index = rules.indexOf(rule);
    const next = rules.filter((r) => r !== rule);
    if (await save(next)) {
      const neighbour = next[Math.min(index, next.length - 1)];
      setFocusTarget(neighbour ? { pattern: neighbour.pattern } : { add: true });
      announce(t('optionsRuleDeleted', rule.pattern));
    }
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // The same file can be chosen again.
    if (!file) return;
    setImportError('');
    if (file.size > MAX_IMPORT_BYTES) return setImportError(t('optionsRulesImportTooBig'));
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setImportError(t('optionsRulesImportBad'));
    }
    const parsed = parseSiteRules(text);
    if (parsed.rejected < 0) return setImportError(t('optionsRulesImportBad'));
    // An entry whose pattern is not a site comes back with pattern '': it is rejected too.
    const imported = parsed.rules.filter(isUsableRule);
    const rejected = parsed.rejected + parsed.rules.length - imported.length;
    if (await save(mergeRules(rules, imported))) announce(t('optionsRulesImported', imported.length, rejected));
  };

  const exportFile = () => {
    const json = JSON.stringify({ siteRules: rules.map(({ pattern, view }) => ({ pattern, view })) }, null, 2) + '\n';
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = EXPORT_FILE_NAME;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(t('optionsRulesExported', rules.length));
  };

  return (
    <div class="site-rules">
      <p class="help">{t('optionsRulesHelp')}</p>

      <h3 id={`${id}-list`}>{t('optionsRulesList')}</h3>
      {rules.length === 0 ? (
        <p class="empty">{t('optionsRulesEmpty')}</p>
      ) : (
        <ul class="rule-list" aria-labelledby={`${id}-list`} ref={list}>
          {rules.map((rule) => (
            <li key={rule.pattern} class="rule" data-pattern={rule.pattern}>
              {editing?.pattern === rule.pattern ? (
                <form
                  class="rule-edit"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void saveEdit();
                  }}
                >
                  <input
                    ref={editInput}
                    type="text"
                    class="pattern-input"
                    spellcheck={false}
                    autocapitalize="off"
                    aria-label={t('optionsRuleEditPattern', rule.pattern)}
                    aria-invalid={editing.error ? true : undefined}
                    aria-describedby={editing.error ? `${id}-edit-error` : undefined}
                    value={editing.text}
                    onInput={(e) => setEditing({ ...editing, text: (e.currentTarget as HTMLInputElement).value, error: '' })}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') {
                        e.preventDefault();
                        cancelEdit();
                      }
                    }}
                  />
                  <button type="submit" class="primary">
                    {t('optionsRuleSave')}
                  </button>
                  <button type="button" onClick={cancelEdit}>
                    {t('optionsRuleCancel')}
                  </button>
                  {editing.error && (
                    <p id={`${id}-edit-error`} class="field-error" role="alert">
                      {editing.error}
                    </p>
                  )}
                </form>
              ) : (
                <>
                  <span class="pattern" dir="ltr">
                    {rule.pattern}
                  </span>
                  <ViewSelect
                    value={rule.view}
                    label={t('optionsRuleViewLabel', rule.pattern)}
                    onChange={(v) => void changeView(rule, v)}
                  />
                  <span class="row-actions">
                    <button
                      type="button"
                      aria-label={t('optionsRuleEditLabel', rule.pattern)}
                      onClick={() => setEditing({ pattern: rule.pattern, text: rule.pattern, error: '' })}
                    >
                      {t('optionsRuleEdit')}
                    </button>
                    <button
                      type="button"
                      class="danger"
                      aria-label={t('optionsRuleDeleteLabel', rule.pattern)}
                      onClick={() => void remove(rule)}
                    >
                      {t('optionsRuleDelete')}
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <form class="add-form" onSubmit={(e) => void add(e)} noValidate>
        <div class="field">
          <label for={`${id}-pattern`}>{t('optionsRulePattern')}</label>
          <input
            ref={addInput}
            id={`${id}-pattern`}
            type="text"
            class="pattern-input"
            spellcheck={false}
            autocapitalize="off"
            aria-invalid={addError ? true : undefined}
            aria-describedby={`${id}-pattern-hint${addError ? ` ${id}-pattern-error` : ''}`}
            value={pattern}
            onInput={(e) => {
              setPattern((e.currentTarget as HTMLInputElement).value);
              setAddError('');
            }}
          />
        </div>
        <div class="field">
          <label for={`${id}-view`}>{t('optionsRuleView')}</label>
          <ViewSelect id={`${id}-view`} value={view} onChange={setView} />
        </div>
        <button type="submit" class="primary">
          {t('optionsRuleAdd')}
        </button>
        <p id={`${id}-pattern-hint`} class="help">
          {t('optionsRulePatternHint')}
        </p>
        {addError && (
          <p id={`${id}-pattern-error`} class="field-error" role="alert">
            {addError}
          </p>
        )}
      </form>

      <div class="file-actions">
        <button type="button" onClick={() => fileInput.current?.click()} aria-describedby={`${id}-file-help`}>
          {t('optionsRulesImport')}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void importFile(e)} />
        <button type="button" onClick={exportFile}>
          {t('optionsRulesExport')}
        </button>
        <p id={`${id}-file-help`} class="help">
          {t('optionsRulesFileHelp')}
        </p>
        {importError && (
          <p class="field-error" role="alert">
            {importError}
          </p>
        )}
      </div>
    </div>
  );
}
