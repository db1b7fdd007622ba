// Interface strings come from the extension's locale files (en, zh_CN, zh_TW),
// following the browser's language; English is the fallback outside a browser.
import en from '../../public/_locales/en/messages.json';

export type StringKey = keyof typeof en;

type GetMessage = (key: string, subs?: string | string[]) => string;
type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** The English message with its placeholders filled, as chrome.i18n would. */
function fallback(key: StringKey, subs: string[]): string {
  const entry = en[key] as Entry;
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_n, i: string) => subs[Number(i) - 1] ?? '');
  });
}

export function t(key: StringKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const get = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome?.i18n?.getMessage;
  return get?.(key, strings) || fallback(key, strings);
}
