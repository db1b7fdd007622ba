// reader-view.html?tab=ID&view=original|simplified|traditional: the report in that tab, set for reading.
import { render } from 'preact';
import { ReaderView } from '@/components/reader-view/ReaderView';
import { SCRIPT_VIEWS, type ScriptView } from '@/lib/extension/messages';
import { servedTabFromUrl } from '@/lib/extension/panel-client';
import { t } from '@/lib/view/strings';

const asked = new URL(location.href).searchParams.get('view');
const view = SCRIPT_VIEWS.includes(asked as ScriptView) ? (asked as ScriptView) : null;

// The interface's language; the report itself is marked with its own script.
document.documentElement.lang = t('optionsLang');
document.title = t('openReaderView');
render(<ReaderView tabId={servedTabFromUrl(location.href)} view={view} />, document.getElementById('app')!);
