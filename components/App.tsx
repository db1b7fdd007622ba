import { useEffect, useState } from 'preact/hooks';
import type { ReportModel } from '@/lib/model';
import { activeTabId, loadReader, onTabEvent, sendToTab, tabModel, tabState } from '@/lib/panel-client';
import { t } from '@/lib/strings';
import { FiguresTable } from './FiguresTable';
import { GraderView } from './GraderView';
import { NotReport } from './NotReport';
import { OutlineView } from './OutlineView';
import { ReportHeader } from './ReportHeader';

type View =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'not-portal' }
  | { kind: 'not-report'; reasons: string[] }
  | { kind: 'report'; model: ReportModel };

type Tab = 'outline' | 'figures' | 'check';
const TABS: readonly Tab[] = ['outline', 'figures', 'check'];

export function App({ fixedTab }: { fixedTab: number | null }) {
  const [tabId, setTabId] = useState<number | null>(fixedTab);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tab, setTab] = useState<Tab>('outline');
  const [cleaned, setCleaned] = useState(false);
  const [currentEntry, setCurrentEntry] = useState(-1);

  // Follow the active tab unless the panel was opened for one tab.
  useEffect(() => {
    if (fixedTab !== null) return;
    const update = () => void activeTabId().then(setTabId);
    update();
    const onUpdated = (id: number, info: { status?: string }) => {
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
    setCurrentEntry(-1);
    const off = onTabEvent(
      () => tabId,
      (event) => {
        if (!live) return;
        if (event.type === 'pr:model') setView({ kind: 'report', model: event.model });
        else setCurrentEntry(event.entry);
      },
    );
    void (async () => {
      const loaded = await tabModel(tabId);
      if (!live) return;
      if (loaded) {
        setCleaned(loaded.cleaned);
        setView({ kind: 'report', model: loaded.model });
        return;
      }
      const state = await tabState(tabId);
      if (!live) return;
      if (!state?.detection) setView({ kind: 'not-portal' });
      else if (!state.detection.isReport) setView({ kind: 'not-report', reasons: state.detection.reasons });
      else await loadReader(tabId, false); // The model arrives as an event.
    })();
    return () => {
      live = false;
      off();
    };
  }, [tabId]);

  if (view.kind === 'loading') return <p class="status">{t('panelLoading')}</p>;
  if (view.kind === 'no-tab') return <p class="status">{t('panelNoTab')}</p>;
  if (view.kind === 'not-portal') return <p class="status">{t('panelNotPortal')}</p>;
  if (view.kind === 'not-report')
    return <NotReport reasons={view.reasons} onReadAnyway={() => tabId !== null && void loadReader(tabId, true)} />;

  const { model } = view;
  const toggleClean = () => {
    if (tabId === null) return;
    void sendToTab(tabId, { type: 'pr:clean', on: !cleaned }).then((r) => setCleaned((r as { cleaned?: boolean })?.cleaned === true));
  };
  const goTo = (block: number) => tabId !== null && void sendToTab(tabId, { type: 'pr:scroll-to', block });
  return (
    <main>
      <ReportHeader model={model} cleaned={cleaned} onToggleClean={toggleClean} />
      <nav class="tabs" role="tablist">
        {TABS.map((name) => (
          <button
            key={name}
            role="tab"
            aria-selected={tab === name}
            class={tab === name ? 'tab active' : 'tab'}
            onClick={() => setTab(name)}
          >
            {name === 'outline' ? t('tabOutline') : name === 'figures' ? `${t('tabFigures')} (${model.figures.length})` : t('tabCheck')}
          </button>
        ))}
      </nav>
      {tab === 'outline' && (
        <OutlineView title={model.title} outline={model.outline} problems={model.outlineProblems} current={currentEntry} onSelect={goTo} />
      )}
      {tab === 'figures' && (
        <FiguresTable model={model} onLocate={(figure) => tabId !== null && void sendToTab(tabId, { type: 'pr:highlight', figure })} />
      )}
      {tab === 'check' && <GraderView model={model} onGoTo={goTo} />}
    </main>
  );
}
