// The script converter, injected into a tab only when the reader asks for a
// conversion: it carries the OpenCC dictionaries, which no other page load needs.
import { loadConverter } from '@/lib/core/convert';
import { createPageConverter } from '@/lib/page/convert-page';
import { CONVERTER_GLOBAL } from '@/lib/extension/messages';

export default defineUnlistedScript(() => {
  (globalThis as { [CONVERTER_GLOBAL]?: unknown })[CONVERTER_GLOBAL] = { loadConverter, createPageConverter };
});
