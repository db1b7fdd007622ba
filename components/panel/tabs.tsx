// The panel's tabs, in order: the tab bar and the body both read this one list,
// so a new tab is one entry here.
import type { ComponentChildren } from 'preact';
import type { ReportModel } from '@/lib/core/model';
import type { CopyFormat } from '@/lib/view/export';
import type { StringKey } from '@/lib/view/strings';
import { FiguresTable } from './FiguresTable';
import { GraderView } from './GraderView';
import { OutlineView } from './OutlineView';

/** What a tab's body needs from the panel. */
export interface TabProps {
  model: ReportModel;
  display: (s: string) => string;
  currentEntry: number;
  copyFormat: CopyFormat | undefined;
  goTo: (block: number) => void;
  locate: (figure: number) => void;
}

export interface TabDefinition {
  id: string;
  labelKey: StringKey;
  /** A count shown after the label, e.g. the number of figures. */
  count?: (model: ReportModel) => number | string;
  render: (props: TabProps) => ComponentChildren;
}

export const PANEL_TABS: readonly TabDefinition[] = [
  {
    id: 'outline',
    labelKey: 'tabOutline',
    render: (p) => (
      <OutlineView
        title={p.model.title}
        outline={p.model.outline}
        problems={p.model.outlineProblems}
        current={p.currentEntry}
        onSelect={p.goTo}
        display={p.display}
      />
    ),
  },
  {
    id: 'figures',
    labelKey: 'tabFigures',
    count: (model) => (model.figuresPending ? '…' : model.figures.length),
    render: (p) => <FiguresTable model={p.model} display={p.display} defaultFormat={p.copyFormat} onLocate={p.locate} />,
  },
  {
    id: 'check',
    labelKey: 'tabCheck',
    render: (p) => <GraderView model={p.model} onGoTo={p.goTo} display={p.display} />,
  },
];
