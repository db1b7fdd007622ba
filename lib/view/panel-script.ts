// The panel shows the outline, figures and copies in the script the reader chose;
// the converter is loaded into the panel only when that is not the page's own.
import type { ConvertFn } from '../core/convert';
import { targetOf, type ScriptChoice } from './script-view';
import type { Script } from '../core/types';

const identity: ConvertFn = (s) => s;

export async function displayConverter(pageScript: Script, choice: ScriptChoice): Promise<ConvertFn> {
  const target = targetOf(pageScript, choice);
  if (!target) return identity;
  const { loadConverter } = await import('../core/convert');
  return loadConverter(pageScript, target, { quotes: choice.quotes });
}
