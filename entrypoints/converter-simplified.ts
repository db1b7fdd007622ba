// The script converter to Simplified, injected into a tab only when the reader asks for
// such a conversion: it carries OpenCC's Traditional → Simplified dictionaries (t2cn),
// a tenth of the size of the other direction's.
import * as t2cn from 'opencc-js/preset/t2cn';
import { converterLoader, presetsAtHand } from '@/lib/core/convert';
import { createPageConverter } from '@/lib/page/convert-page';
import { CONVERTER_GLOBALS } from '@/lib/extension/messages';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CONVERTER_GLOBALS.simplified] = {
    loadConverter: converterLoader(presetsAtHand(t2cn)),
    createPageConverter,
  };
});
