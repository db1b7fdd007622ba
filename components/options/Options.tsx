// The options page: script (default view, Traditional standard, quotes), report
// pages (automatic cleaning), per-site rules, other portals, and the side panel
// (copy format, text size). Every change is saved at once to its storage item.
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import type { CopyFormat } from '@/lib/view/export';
import type { ScriptView, TraditionalStandard } from '@/lib/extension/messages';
import {
  autoCleanItem,
  copyFormatItem,
  cornerQuotesItem,
  extraHostsItem,
  keepAutoItem,
  panelFontSizeItem,
  scriptViewItem,
  siteRulesItem,
  traditionalItem,
} from '@/lib/extension/settings';
import { t } from '@/lib/view/strings';
import {
  checkCopyFormat,
  checkExtraHosts,
  checkFlag,
  checkFontSize,
  checkScriptView,
  checkSiteRules,
  checkStandard,
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  SETTINGS,
} from '@/lib/extension/setting-table';
import { AnnounceContext, useSetting } from '@/components/shared/useSetting';
import { ChoiceGroup, OptionsSection, StatusLine, Switch, type Announcement, type Choice } from './OptionsFields';
import { OptionsHosts } from './OptionsHosts';
import { OptionsLibrary } from './OptionsLibrary';
import { SiteRules } from './SiteRules';

const viewChoices = (): Choice<ScriptView>[] => [
  { value: 'original', label: t('optionsViewOriginal') },
  { value: 'simplified', label: t('optionsViewSimplified') },
  { value: 'traditional', label: t('optionsViewTraditional') },
];

const standardChoices = (): Choice<TraditionalStandard>[] => [
  { value: 'tw', label: t('optionsStandardTw'), help: t('optionsStandardTwHelp') },
  { value: 'twp', label: t('optionsStandardTwp'), help: t('optionsStandardTwpHelp') },
  { value: 'hk', label: t('optionsStandardHk'), help: t('optionsStandardHkHelp') },
  { value: 't', label: t('optionsStandardT'), help: t('optionsStandardTHelp') },
];

const formatChoices = (): Choice<CopyFormat>[] => [
  { value: 'tsv', label: t('optionsFormatTsv') },
  { value: 'csv', label: t('optionsFormatCsv') },
  { value: 'md', label: t('optionsFormatMd') },
  { value: 'json', label: t('optionsFormatJson') },
];

/** Text size: the preview follows the slider; storage is written when a value is committed. */
function FontSize({ value, save }: { value: number; save: (v: number) => Promise<boolean> }) {
  const id = useId();
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  const read = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);
  return (
    <div class="field font-size">
      <label for={id}>{t('optionsFontSize')}</label>
      <div class="slider">
        <input
          id={id}
          type="range"
          min={FONT_SIZE_MIN}
          max={FONT_SIZE_MAX}
          step={1}
          value={shown}
          aria-valuetext={t('optionsFontSizeValue', shown)}
          onInput={(e) => setShown(read(e))}
          onChange={(e) => void save(read(e))}
        />
        <output for={id} aria-hidden="true">
          {t('optionsFontSizeValue', shown)}
        </output>
      </div>
      <p class="font-sample" style={{ fontSize: `${shown}px` }}>
        {t('optionsFontSample')}
      </p>
    </div>
  );
}

export function Options() {
  const [message, setMessage] = useState<Announcement | null>(null);
  const counter = useRef(0);
  const announce = useCallback((text: string, error = false) => setMessage({ text, error, n: ++counter.current }), []);

  return (
    <AnnounceContext.Provider value={announce}>
      <OptionsPage announce={announce} message={message} />
    </AnnounceContext.Provider>
  );
}

function OptionsPage({ announce, message }: { announce: (text: string, error?: boolean) => void; message: Announcement | null }) {
  const view = useSetting(scriptViewItem, checkScriptView);
  const standard = useSetting(traditionalItem, checkStandard);
  const quotes = useSetting(cornerQuotesItem, checkFlag);
  const rules = useSetting(siteRulesItem, checkSiteRules);
  const autoClean = useSetting(autoCleanItem, checkFlag);
  const hosts = useSetting(extraHostsItem, checkExtraHosts);
  const format = useSetting(copyFormatItem, checkCopyFormat);
  const fontSize = useSetting(panelFontSizeItem, checkFontSize);
  const keepAuto = useSetting(keepAutoItem, SETTINGS.libraryKeepAuto.check);

  /** Saves a simple setting and says so. */
  const saved =
    <T,>(setting: { save(v: T): Promise<boolean> }) =>
    async (v: T) => {
      const ok = await setting.save(v);
      if (ok) announce(t('optionsSaved'));
      return ok;
    };

  const ready =
    view.value !== undefined &&
    standard.value !== undefined &&
    quotes.value !== undefined &&
    rules.value !== undefined &&
    autoClean.value !== undefined &&
    hosts.value !== undefined &&
    format.value !== undefined &&
    fontSize.value !== undefined &&
    keepAuto.value !== undefined;

  return (
    <main class="options" aria-labelledby="options-title" aria-busy={!ready}>
      <h1 id="options-title">{t('optionsTitle')}</h1>
      <p class="help">{t('optionsIntro')}</p>
      <StatusLine message={message} />
      {!ready ? (
        <p class="loading">{t('optionsLoading')}</p>
      ) : (
        <>
          <OptionsSection title={t('optionsScriptHeading')}>
            <ChoiceGroup
              legend={t('optionsDefaultView')}
              name="script-view"
              choices={viewChoices()}
              value={view.value!}
              onChange={saved(view)}
            />
            <ChoiceGroup
              legend={t('optionsStandard')}
              name="traditional-standard"
              choices={standardChoices()}
              value={standard.value!}
              onChange={saved(standard)}
            />
            <Switch label={t('optionsQuotes')} checked={quotes.value!} onChange={saved(quotes)} />
          </OptionsSection>

          <OptionsSection title={t('optionsPageHeading')}>
            <Switch label={t('optionsAutoClean')} help={t('optionsAutoCleanHelp')} checked={autoClean.value!} onChange={saved(autoClean)} />
          </OptionsSection>

          <OptionsSection title={t('optionsRulesHeading')}>
            <SiteRules rules={rules.value!} save={rules.save} />
          </OptionsSection>

          <OptionsSection title={t('optionsHostsHeading')}>
            <OptionsHosts hosts={hosts.value!} save={hosts.save} />
          </OptionsSection>

          <OptionsSection title={t('optionsPanelHeading')}>
            <ChoiceGroup
              legend={t('optionsCopyFormat')}
              name="copy-format"
              choices={formatChoices()}
              value={format.value!}
              onChange={saved(format)}
            />
            <FontSize value={fontSize.value!} save={saved(fontSize)} />
          </OptionsSection>

          <OptionsSection title={t('libraryHeading')}>
            <OptionsLibrary keepAuto={keepAuto} saved={saved(keepAuto)} announce={announce} />
          </OptionsSection>
        </>
      )}
    </main>
  );
}
