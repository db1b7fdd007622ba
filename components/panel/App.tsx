import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttachmentCandidate } from '@/lib/core/attachments';
import type { ScriptView } from '@/lib/extension/messages';
import type { ReportModel } from '@/lib/core/model';
import { activeTabId, connectToTab, loadReader, onTabEvent, sendToTab, tabFile, tabModel, tabState } from '@/lib/extension/panel-client';
import { displayConverter } from '@/lib/view/panel-script';
import { copyFormatItem, cornerQuotesItem, panelFontSizeItem, siteRulesItem, traditionalItem } from '@/lib/extension/settings';
import { normalizeSitePattern } from '@/lib/extension/site-rules';
import { checkCopyFormat, checkFlag, checkFontSize, checkSiteRules, checkStandard, SETTINGS } from '@/lib/extension/setting-table';
import { t } from '@/lib/view/strings';
import { useSetting } from '@/components/shared/useSetting';
import { LibraryBar } from './LibraryBar';
import { NotPortal } from './NotPortal';
import { AttachmentOffer } from './AttachmentOffer';
import { FileHeader } from './FileHeader';
import { NotReport } from './NotReport';
import { attachmentProblem, checkedAttachments, fileAddressAt, pageOfBlock } from '@/lib/view/attachment-view';
import { ReportHeader } from './ReportHeader';
import { ScriptBar } from './ScriptBar';
import { PANEL_TABS } from './tabs';

type View =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'not-portal'; refused: boolean; busy: boolean }
  | { kind: 'not-report'; reasons: string[] }
  | { kind: 'report'; model: ReportModel }
  /** The tab shows a report file itself (a PDF in the browser's viewer): the panel reads the file. */
  | { kind: 'file-tab'; source: AttachmentCandidate };

const identity = (s: string) => s;

/** A report file the page links, read in the panel (in place of the page's model until "back"). */
type FileView =
  | { state: 'loading'; source: AttachmentCandidate }
  | { state: 'error'; source: AttachmentCandidate; message: string }
  | { state: 'ready'; source: AttachmentCandidate; model: ReportModel };

export function App({ fixedTab }: { fixedTab: number | null }) {
  const [tabId, setTabId] = useState<number | null>(fixedTab);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tab, setTab] = useState(PANEL_TABS[0]?.id ?? '');
  const [cleaned, setCleaned] = useState(false);
  const [scriptView, setScriptView] = useState<ScriptView>('original');
  const [converting, setConverting] = useState(false);
  const [notice, setNotice] = useState('');
  const [display, setDisplay] = useState<{ fn: (s: string) => string }>({ fn: identity });
  const [currentEntry, setCurrentEntry] = useState(-1);
  const [stale, setStale] = useState(false);
  const fontSize = useSetting(panelFontSizeItem, checkFontSize).value;
  const copyFormat = useSetting(copyFormatItem, checkCopyFormat).value;
  const standard = useSetting(traditionalItem, checkStandard).value ?? SETTINGS.traditionalStandard.fallback;
  const quotes = useSetting(cornerQuotesItem, checkFlag).value ?? SETTINGS.cornerQuotes.fallback;
  const siteRules = useSetting(siteRulesItem, checkSiteRules);
  const [file, setFile] = useState<FileView | null>(null);
  // "Read the attached report" on a page not taken for a report: read it once the page's reader has found the link.
  const readAttachedWhenLoaded = useRef(false);
  const fileTab = useRef<number | null>(null);

  useEffect(() => {
    if (fontSize) document.documentElement.style.fontSize = `${fontSize}px`;
  }, [fontSize]);

  // Follow the active tab unless the panel was opened for one tab.
  useEffect(() => {
    if (fixedTab !== null) return;
    const update = () => void activeTabId().then(setTabId);
    update();
    const onUpdated = (_id: number, info: { status?: string }) => {
      if (info.status === 'complete') update();
    };
    browser.tabs.onActivated.addListener(update);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(update);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [fixedTab]);

  useEffect(() => {
    if (tabId === null) {
      setView({ kind: 'no-tab' });
      return;
    }
    let live = true;
    setView({ kind: 'loading' });
    setFile(null);
    setCurrentEntry(-1);
    const off = onTabEvent(
      () => tabId,
      (event) => {
        if (!live) return;
        if (event.type === 'pr:model') {
          setStale(event.stale);
          if (!event.stale) setView({ kind: 'report', model: event.model });
        } else if (event.type === 'pr:view') {
          setScriptView(event.view);
          setCleaned(event.cleaned);
        } else setCurrentEntry(event.entry);
      },
    );
    void (async () => {
      const loaded = await tabModel(tabId);
      if (!live) return;
      if (loaded) {
        setCleaned(loaded.cleaned);
        setScriptView(loaded.view);
        setView({ kind: 'report', model: loaded.model });
        return;
      }
      const state = await tabState(tabId);
      if (!live) return;
      // The tab may show a report file itself (a PDF in the browser's viewer): the panel reads the file.
      const source = state?.detection?.isReport ? null : await tabFile(tabId, state?.contentType ?? null);
      if (!live) return;
      if (source) {
        setView({ kind: 'file-tab', source });
        readAttached(source);
      } else if (!state?.detection) setView({ kind: 'not-portal', refused: false, busy: false });
      else if (!state.detection.isReport) setView({ kind: 'not-report', reasons: state.detection.reasons });
      else await loadReader(tabId, false); // The model arrives as an event.
    })();
    return () => {
      live = false;
      off();
    };
  }, [tabId]);

  // With the panel open, the reader gets the other script ready before it is asked for.
  const reportShown = view.kind === 'report';
  useEffect(() => {
    if (reportShown && tabId !== null) void sendToTab(tabId, { type: 'pr:prepare-script', standard, quotes });
  }, [reportShown, tabId, standard, quotes]);
  useEffect(() => (reportShown && tabId !== null ? connectToTab(tabId) : undefined), [reportShown, tabId]);

  // The outline, figures and copies follow the script shown on the page.
  const pageScript = view.kind === 'report' ? view.model.script : 'simplified';
  useEffect(() => {
    let live = true;
    void displayConverter(pageScript, { view: scriptView, standard, quotes }).then(
      (fn) => live && setDisplay({ fn }),
      () => live && setDisplay({ fn: identity }),
    );
    return () => {
      live = false;
    };
  }, [pageScript, scriptView, standard, quotes]);

  const readAttached = (source: AttachmentCandidate) => {
    setFile({ state: 'loading', source });
    // The reading code (pdf.js, mammoth, fflate) loads only now, in this page.
    void import('@/lib/view/read-attachment')
      .then(({ readAttachment }) => readAttachment(source.url, source.kind))
      .then(
        (reading) => setFile((f) => (f?.source === source ? { state: 'ready', source, model: reading.model } : f)),
        (err: unknown) => setFile((f) => (f?.source === source ? { state: 'error', source, message: attachmentProblem(err) } : f)),
      );
  };
  const attachments = view.kind === 'report' ? checkedAttachments(view.model.attachments) : [];
  useEffect(() => {
    if (readAttachedWhenLoaded.current && attachments[0]) {
      readAttachedWhenLoaded.current = false;
      readAttached(attachments[0]);
    }
  });

  if (file?.state === 'loading') return <p class="status file-loading">{t('fileReading')}</p>;
  if (file?.state === 'error')
    return (
      <main>
        <p class="notice file-error" role="alert">
          {file.message}
        </p>
        <FileHeader source={file.source} onBack={view.kind === 'file-tab' ? undefined : () => setFile(null)} />
      </main>
    );
  if (view.kind === 'loading') return <p class="status">{t('panelLoading')}</p>;
  if (view.kind === 'no-tab') return <p class="status">{t('panelNoTab')}</p>;
  if (view.kind === 'not-portal') {
    // The reader goes in on the browser's say-so (activeTab after a toolbar click, or a host grant); the model arrives as an event.
    const readThisPage = async () => {
      if (tabId === null) return;
      setView({ kind: 'not-portal', refused: false, busy: true });
      const ok = await loadReader(tabId, true);
      setView((v) => (v.kind === 'not-portal' ? { kind: 'not-portal', refused: !ok, busy: false } : v));
    };
    return (
      <NotPortal
        refused={view.refused}
        busy={view.busy}
        onRead={() => void readThisPage()}
        onOptions={() => void browser.runtime.openOptionsPage()}
      />
    );
  }
  if (view.kind === 'not-report')
    return (
      <NotReport
        reasons={view.reasons}
        onReadAnyway={() => tabId !== null && void loadReader(tabId, true)}
        onReadAttachment={
          view.reasons.some((r) => r.startsWith('the report may be an attached file'))
            ? () => {
                readAttachedWhenLoaded.current = true;
                if (tabId !== null) void loadReader(tabId, true);
              }
            : undefined
        }
      />
    );

  const fileModel = file?.state === 'ready' ? file.model : null;
  const model = fileModel ?? (view.kind === 'report' ? view.model : null);
  // A file tab before its file is read (or after it failed) has no model yet.
  if (!model) return <p class="status">{t('panelLoading')}</p>;
  // In a file, a heading or figure opens the file at its page (PDF viewers take #page=N).
  const openFileAt = (page: number | undefined) => {
    if (file?.state !== 'ready') return;
    const url = fileAddressAt(file.source.url, file.source.kind, page);
    const open = () => browser.tabs.create({ url }).then((tab) => void (fileTab.current = tab.id ?? null));
    if (fileTab.current === null) void open();
    else void browser.tabs.update(fileTab.current, { url, active: true }).catch(open);
  };
  const host = (() => {
    try {
      return new URL(model.url).hostname;
    } catch {
      return '';
    }
  })();
  const toggleClean = () => {
    if (tabId === null) return;
    void sendToTab(tabId, { type: 'pr:clean', on: !cleaned }).then((r) => setCleaned(r?.cleaned === true));
  };
  const chooseScript = async (next: ScriptView) => {
    if (tabId === null) return;
    // The page's own script, shown as published: nothing to convert, and the reader is told so instead of nothing happening.
    if (next === model.script && scriptView === 'original') {
      setNotice(t('scriptIsPageOwn', t(next === 'traditional' ? 'scriptNameTraditional' : 'scriptNameSimplified')));
      return;
    }
    setConverting(true);
    const reply = await sendToTab(tabId, { type: 'pr:convert', view: next, standard, quotes });
    setConverting(false);
    if (reply?.view) setScriptView(reply.view);
    setNotice(reply?.ok ? '' : t('scriptFailed', reply?.error ?? ''));
  };
  const alwaysForSite = () => {
    const pattern = normalizeSitePattern(host);
    if (!pattern || !siteRules.value) return;
    void siteRules
      .save([...siteRules.value.filter((r) => r.pattern !== pattern), { pattern, view: scriptView }])
      .then((ok) => ok && setNotice(t('scriptRuleAdded', pattern)));
  };
  const goTo = (block: number) =>
    fileModel ? openFileAt(pageOfBlock(fileModel, block)) : tabId !== null && void sendToTab(tabId, { type: 'pr:scroll-to', block });
  const show = display.fn;
  return (
    <main>
      {file?.state === 'ready' && <FileHeader source={file.source} onBack={view.kind === 'file-tab' ? undefined : () => setFile(null)} />}
      <ReportHeader
        model={model}
        cleaned={cleaned}
        onToggleClean={toggleClean}
        onReaderView={() =>
          tabId !== null && void browser.tabs.create({ url: browser.runtime.getURL(`/reader-view.html?tab=${tabId}&view=${scriptView}`) })
        }
        pageActions={!fileModel}
        display={show}
      />
      {!fileModel && <AttachmentOffer attachments={attachments} onRead={readAttached} />}
      {!fileModel && (
        <ScriptBar
          pageScript={model.script}
          view={scriptView}
          host={host}
          busy={converting}
          onChoose={(v) => void chooseScript(v)}
          onAlwaysForSite={alwaysForSite}
        />
      )}
      <LibraryBar model={model} stale={stale} />
      {stale && (
        <p class="stale" role="status">
          {t('panelStale')}
        </p>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <nav class="tabs" role="tablist">
        {PANEL_TABS.map(({ id, labelKey, count }) => (
          <button key={id} role="tab" aria-selected={tab === id} class={tab === id ? 'tab active' : 'tab'} onClick={() => setTab(id)}>
            {count ? `${t(labelKey)} (${count(model)})` : t(labelKey)}
          </button>
        ))}
      </nav>
      {PANEL_TABS.find((d) => d.id === tab)?.render({
        model,
        display: show,
        currentEntry,
        copyFormat,
        goTo,
        locate: (figure) =>
          fileModel
            ? openFileAt(fileModel.figures[figure]?.page)
            : tabId !== null && void sendToTab(tabId, { type: 'pr:highlight', figure }),
      })}
    </main>
  );
}
