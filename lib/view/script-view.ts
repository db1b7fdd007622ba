// Which conversion a reader's choice means for a page: as published, or to the
// other script. A page already in the chosen script is left as it is.
import type { Target } from '../core/convert';
import type { ScriptView, TraditionalStandard } from '../extension/messages';
import type { Script } from '../core/types';

export interface ScriptChoice {
  view: ScriptView;
  standard: TraditionalStandard;
  quotes: boolean;
}

/** The conversion target, or null when the page is shown as published. */
export function targetOf(pageScript: Script, choice: ScriptChoice): Target | null {
  if (choice.view === 'original') return null;
  if (choice.view === 'simplified') return pageScript === 'simplified' ? null : 'simplified';
  // Never double-convert: a Traditional page stays as it is.
  return pageScript === 'traditional' ? null : choice.standard;
}

/** The view a toggle (keyboard shortcut) moves to: as published ⇄ the other script. */
export function toggledView(pageScript: Script, current: ScriptView): ScriptView {
  if (current !== 'original') return 'original';
  return pageScript === 'traditional' ? 'simplified' : 'traditional';
}
