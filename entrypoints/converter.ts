// The script converter to Traditional, injected into a tab only when the reader asks
// for such a conversion: it carries OpenCC's Simplified → Traditional dictionaries
// (cn2t), which no other page load needs. converter-simplified.ts is the other way.
import * as cn2t from 'opencc-js/preset/cn2t';
import { converterLoader, presetsAtHand } from '@/lib/core/convert';
import { createPageConverter } from '@/lib/page/convert-page';
import { CONVERTER_GLOBALS } from '@/lib/extension/messages';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CONVERTER_GLOBALS.traditional] = {
    loadConverter: converterLoader(presetsAtHand(cn2t)),
    createPageConverter,
  };
});
