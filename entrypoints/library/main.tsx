import { render } from 'preact';
import { Library } from '@/components/library/Library';
import { t } from '@/lib/view/strings';

// The language of the strings shown picks the CJK glyph forms too.
document.documentElement.lang = t('libraryLang');
document.title = t('libraryTitle');
render(<Library />, document.getElementById('app')!);
