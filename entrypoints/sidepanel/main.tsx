import { render } from 'preact';
import { App } from '@/components/panel/App';
import { servedTabFromUrl } from '@/lib/extension/panel-client';

document.documentElement.lang = navigator.language;
render(<App fixedTab={servedTabFromUrl(location.href)} />, document.getElementById('app')!);
