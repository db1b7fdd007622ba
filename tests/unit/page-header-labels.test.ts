// The header on a cleaned page labels the citation in the page's own script, with
// the words the interface uses for the same fields in zh-CN and zh-TW.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { META_FIELDS, META_LABEL_KEYS, pageMetaLabels } from '../../lib/view/meta-labels';

const messages = (locale: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('labels for the header on a cleaned page', () => {
  it('are the zh-CN words on a Simplified or mixed page and the zh-TW words on a Traditional one', () => {
    const cn = messages('zh_CN');
    const tw = messages('zh_TW');
    for (const field of META_FIELDS) {
      expect(pageMetaLabels('simplified')[field]).toBe(cn[META_LABEL_KEYS[field]]!.message);
      expect(pageMetaLabels('mixed')[field]).toBe(cn[META_LABEL_KEYS[field]]!.message);
      expect(pageMetaLabels('traditional')[field]).toBe(tw[META_LABEL_KEYS[field]]!.message);
    }
  });
});
