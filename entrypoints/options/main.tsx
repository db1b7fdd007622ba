import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { t } from '@/lib/view/strings';

// The language of the strings actually shown (the browser's language when the
// extension speaks it, English otherwise): it picks the CJK glyph forms too.
document.documentElement.lang = t('optionsLang');
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
