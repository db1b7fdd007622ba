import type { ScriptView } from '@/lib/extension/messages';
import { t, type StringKey } from '@/lib/view/strings';
import type { Script } from '@/lib/core/types';

const VIEWS: [ScriptView, StringKey][] = [
  ['original', 'scriptOriginal'],
  ['simplified', 'scriptSimplified'],
  ['traditional', 'scriptTraditional'],
];
const SCRIPT_NAME: Record<Script, StringKey> = {
  simplified: 'scriptNameSimplified',
  traditional: 'scriptNameTraditional',
  mixed: 'scriptNameMixed',
};

interface Props {
  pageScript: Script;
  view: ScriptView;
  host: string;
  busy: boolean;
  onChoose: (view: ScriptView) => void;
  onAlwaysForSite: () => void;
}

/** As published / 简体 / 繁體 for the page, and a rule to always show this site so. */
export function ScriptBar({ pageScript, view, host, busy, onChoose, onAlwaysForSite }: Props) {
  return (
    <div class="script-bar">
      <div role="radiogroup" aria-label={t('scriptHeading')} class="segmented">
        {VIEWS.map(([v, label]) => (
          <button
            key={v}
            role="radio"
            aria-checked={view === v}
            class={view === v ? 'on' : ''}
            disabled={busy}
            // The page's own script converts nothing: said on the button, and in a notice on a click.
            title={v === pageScript ? t('scriptIsPageOwn', t(SCRIPT_NAME[pageScript])) : undefined}
            onClick={() => onChoose(v)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <span class="muted">{t('pageScriptIs', t(SCRIPT_NAME[pageScript]))}</span>
      {view !== 'original' && host && (
        <button class="link" onClick={onAlwaysForSite}>
          {t('scriptAlwaysSite', host)}
        </button>
      )}
    </div>
  );
}
