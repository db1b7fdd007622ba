// The reasons detection gives, in the reader's language. detect() says them in
// English (the always-on detector cannot carry the locale files); the panel finds
// which English message a reason is and shows that message in the browser's language.
import en from '../../public/_locales/en/messages.json';
import { t, type StringKey } from './strings';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each reason message as a pattern whose groups are its placeholders, in $1, $2… order. */
function reasonPatterns(): { key: StringKey; pattern: RegExp; order: number[] }[] {
  return (Object.keys(en) as StringKey[])
    .filter((key) => key.startsWith('reason'))
    .map((key) => {
      const entry = en[key] as Entry;
      const order: number[] = [];
      const source = entry.message
        .split(/(\$[A-Z_]+\$)/i)
        .map((part) => {
          const name = /^\$([A-Z_]+)\$$/i.exec(part)?.[1];
          if (!name) return escape(part);
          order.push(Number(entry.placeholders?.[name.toLowerCase()]?.content.slice(1)));
          return '(.*?)';
        })
        .join('');
      return { key, pattern: new RegExp(`^${source}$`), order };
    });
}

let patterns: ReturnType<typeof reasonPatterns> | null = null;

/** The reason's message key and its filled-in values, or null for a reason with no message. */
export function reasonMessage(reason: string): { key: StringKey; subs: string[] } | null {
  patterns ??= reasonPatterns();
  for (const { key, pattern, order } of patterns) {
    const m = pattern.exec(reason);
    if (!m) continue;
    const subs: string[] = [];
    order.forEach((n, i) => (subs[n - 1] = m[i + 1] ?? ''));
    return { key, subs };
  }
  return null;
}

/** A detection reason in the browser's language (as given, when it has no message). */
export function localReason(reason: string): string {
  const found = reasonMessage(reason);
  return found ? t(found.key, ...found.subs) : reason;
}
