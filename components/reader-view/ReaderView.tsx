// The reader view: the report alone, set for reading and printing, in the script
// the reader chose. Page text is only ever rendered as text.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ScriptView } from '@/lib/extension/messages';
import type { ReportModel } from '@/lib/core/model';
import { onTabEvent, tabModel } from '@/lib/extension/panel-client';
import { displayConverter } from '@/lib/view/panel-script';
import {
  checkReaderFontSize,
  checkReaderLineHeight,
  headingTag,
  readerDocument,
  READER_FONT_DEFAULT,
  READER_FONT_MAX,
  READER_FONT_MIN,
  READER_FONT_STEP,
  READER_LINE_DEFAULT,
  READER_LINE_MAX,
  READER_LINE_MIN,
  READER_LINE_STEP,
  type ReaderItem,
} from '@/lib/view/reader-document';
import { META_LABEL_KEYS } from '@/lib/view/meta-labels';
import { targetOf } from '@/lib/view/script-view';
import { cornerQuotesItem, readerFontSizeItem, readerLineHeightItem, traditionalItem } from '@/lib/extension/settings';
import { checkFlag, checkStandard } from '@/lib/extension/setting-table';
import { t, type StringKey } from '@/lib/view/strings';
import type { Script } from '@/lib/core/types';
import { useSetting } from '@/components/shared/useSetting';

type State = { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'no-report' } | { kind: 'report'; model: ReportModel; view: ScriptView };

interface Display {
  fn: (s: string) => string;
  /** The language of the text as shown, for fonts and line breaking. */
  lang: string;
  failed: boolean;
}

const META_LABELS: Record<NonNullable<ReaderItem['field']>, StringKey> = { ...META_LABEL_KEYS, url: 'metaAddress' };

const SCRIPT_LANG: Record<Script, string> = { simplified: 'zh-Hans', traditional: 'zh-Hant', mixed: 'zh' };
const TARGET_LANG = { simplified: 'zh-Hans', t: 'zh-Hant', tw: 'zh-Hant-TW', twp: 'zh-Hant-TW', hk: 'zh-Hant-HK' } as const;

const identity = (s: string) => s;

interface Props {
  /** The tab whose report is shown, or null when the address names none. */
  tabId: number | null;
  /** The script asked for in the address; null: as the tab shows it. */
  view: ScriptView | null;
}

export function ReaderView({ tabId, view }: Props) {
  const [state, setState] = useState<State>(tabId === null ? { kind: 'no-tab' } : { kind: 'loading' });
  const [display, setDisplay] = useState<Display | null>(null);
  const standard = useSetting(traditionalItem, checkStandard).value;
  const quotes = useSetting(cornerQuotesItem, checkFlag).value;
  const fontSize = useSetting(readerFontSizeItem, checkReaderFontSize);
  const lineHeight = useSetting(readerLineHeightItem, checkReaderLineHeight);
  const [dragged, setDragged] = useState<number | null>(null);

  // The tab's model, and the model again when the reader there reads the page anew.
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const off = onTabEvent(
      () => tabId,
      (event) => {
        // A stale model (the page is changing) is followed by the fresh one.
        if (live && event.type === 'pr:model' && !event.stale)
          setState((s) => ({ kind: 'report', model: event.model, view: s.kind === 'report' ? s.view : (view ?? 'original') }));
      },
    );
    void tabModel(tabId).then((loaded) => {
      if (!live) return;
      setState((s) => {
        if (s.kind === 'report') return s; // An event came first.
        return loaded ? { kind: 'report', model: loaded.model, view: view ?? loaded.view } : { kind: 'no-report' };
      });
    });
    return () => {
      live = false;
      off();
    };
  }, [tabId, view]);

  // The converter for the chosen script, once the Traditional standard and quotes are read.
  const model = state.kind === 'report' ? state.model : null;
  const chosen = state.kind === 'report' ? state.view : null;
  useEffect(() => {
    if (!model || !chosen || standard === undefined || quotes === undefined) return;
    let live = true;
    const choice = { view: chosen, standard, quotes };
    const target = targetOf(model.script, choice);
    const lang = target ? TARGET_LANG[target] : SCRIPT_LANG[model.script];
    void displayConverter(model.script, choice).then(
      (fn) => live && setDisplay({ fn, lang, failed: false }),
      () => live && setDisplay({ fn: identity, lang: SCRIPT_LANG[model.script], failed: true }),
    );
    return () => {
      live = false;
    };
  }, [model, chosen, standard, quotes]);

  const items = useMemo(() => (model ? readerDocument(model) : []), [model]);
  // The shown document, converted once per model and script (not on every font change).
  const shown = useMemo(
    () => (display ? items.map((item) => (item.field === 'url' ? item : { ...item, text: display.fn(item.text) })) : []),
    [items, display],
  );

  const title = shown.find((i) => i.kind === 'title')?.text;
  useEffect(() => {
    document.title = title ? title : t('openReaderView');
  }, [title]);

  if (state.kind === 'no-tab') return <Status text={t('readerNoTab')} />;
  if (state.kind === 'no-report') return <Status text={t('readerNoReport')} />;
  if (state.kind === 'loading' || !display) return <Status text={t('readerLoading')} />;

  const size = fontSize.value ?? READER_FONT_DEFAULT;
  const leading = checkReaderLineHeight(dragged ?? lineHeight.value ?? READER_LINE_DEFAULT);
  const setSize = (next: number) => void fontSize.save(checkReaderFontSize(next));
  // The slider moves the text as it is dragged; the value is stored once, where it is let go (sync storage has a write quota).
  const setLeading = (next: number) => {
    setDragged(null);
    void lineHeight.save(checkReaderLineHeight(next));
  };
  const meta = shown.filter((i) => i.kind === 'meta');
  const content = shown.filter((i) => i.kind === 'heading' || i.kind === 'paragraph');

  return (
    <>
      <div class="reader-controls" role="toolbar" aria-label={t('readerControls')}>
        <div class="control-group" role="group" aria-label={t('readerFontSize')}>
          <button
            type="button"
            class="font-smaller"
            title={t('readerFontSmallerTitle')}
            disabled={size <= READER_FONT_MIN}
            onClick={() => setSize(size - READER_FONT_STEP)}
          >
            {t('readerFontSmaller')}
          </button>
          <output class="font-size-value" aria-live="polite">
            {t('readerFontSizeValue', size)}
          </output>
          <button
            type="button"
            class="font-larger"
            title={t('readerFontLargerTitle')}
            disabled={size >= READER_FONT_MAX}
            onClick={() => setSize(size + READER_FONT_STEP)}
          >
            {t('readerFontLarger')}
          </button>
        </div>
        <label class="control-group line-height">
          <span>{t('readerLineHeight')}</span>
          <input
            type="range"
            min={READER_LINE_MIN}
            max={READER_LINE_MAX}
            step={READER_LINE_STEP}
            value={leading}
            onInput={(e) => setDragged(Number((e.currentTarget as HTMLInputElement).value))}
            onChange={(e) => setLeading(Number((e.currentTarget as HTMLInputElement).value))}
          />
          <output class="line-height-value">{leading.toFixed(1)}</output>
        </label>
        <button type="button" class="print" onClick={() => window.print()}>
          {t('readerPrint')}
        </button>
      </div>
      <main>
        {display.failed && (
          <p class="reader-notice" role="status">
            {t('readerConvertFailed')}
          </p>
        )}
        <article class="reader-doc" lang={display.lang} style={{ fontSize: `${size}px`, lineHeight: String(leading) }}>
          <header class="reader-header">
            {title && <h1 class="reader-title">{title}</h1>}
            {meta.length > 0 && (
              <dl class="reader-meta">
                {meta.map((item) => (
                  <div key={item.field} class={`meta-row meta-${item.field}`}>
                    <dt lang={t('optionsLang')}>{t(META_LABELS[item.field!])}</dt>
                    <dd>{item.text}</dd>
                  </div>
                ))}
              </dl>
            )}
          </header>
          <div class="reader-body">
            {content.map((item, i) => {
              if (item.kind === 'paragraph') return <p key={i}>{item.text}</p>;
              const Tag = headingTag(item.level ?? 1);
              return (
                <Tag key={i} class={`level-${Math.min(item.level ?? 1, 3)}`}>
                  {item.text}
                </Tag>
              );
            })}
          </div>
        </article>
      </main>
    </>
  );
}

function Status({ text }: { text: string }) {
  return (
    <main class="reader-status">
      <p role="status">{text}</p>
    </main>
  );
}
