// Interface strings come from the extension's locale files (en, zh_CN, zh_TW),
// following the browser's language; English is the fallback outside a browser.
import en from '../public/_locales/en/messages.json';

export type StringKey = keyof typeof en;

type GetMessage = (key: string, subs?: string | string[]) => string;

export function t(key: StringKey, ...subs: (string | number)[]): string {
  const get = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome?.i18n?.getMessage;
  const text = get?.(key, subs.map(String));
  if (text) return text;
  return subs.reduce<string>((s, sub, i) => s.replace(new RegExp(`\\$(${i + 1}|COUNT)\\$?`, 'i'), String(sub)), en[key].message);
}
