// Every entry of the portal knowledge (lib/core/portal-knowledge.ts) names fixture
// pages that show it, and shows up on each of them: a selector matches an element,
// a class or id token is on an element, a <meta> name is there, and label and
// widget words occur in the page's text as the reader meets them (a label before
// its colon, a toolbar word on a toolbar line, a column name alone on its line). An entry with no fixture, or whose
// fixture lacks it, fails: knowledge no page exercises is either given a page or removed.
import { describe, expect, it } from 'vitest';
import * as K from '../../lib/core/portal-knowledge';
import type { Entry } from '../../lib/core/portal-knowledge';
import {
  fixturePage,
  hasHeading,
  hasLabel,
  hasLabelColon,
  hasLine,
  hasMetaName,
  hasSelector,
  hasText,
  hasToken,
  hasToolbarLine,
  hasWholeLine,
  type FixturePage,
} from '../support/portal-knowledge';

type Case = readonly [name: string, entry: Entry, found: (page: FixturePage) => boolean];

/** One test case per entry of a kind: its name, and how it is found on a page. */
function kind<E extends Entry>(
  label: string,
  entries: readonly E[],
  key: (e: E) => string,
  found: (page: FixturePage, e: E) => boolean,
): Case[] {
  return entries.map((e) => [`${label} ${key(e)}`, e, (page: FixturePage) => found(page, e)] as const);
}

/** A text entry by its pattern (cut short). */
const described = (e: { pattern: RegExp }) => (e.pattern.source.length > 48 ? e.pattern.source.slice(0, 47) + '…' : e.pattern.source);

const cases: Case[] = [
  ...kind('body container', K.BODY_CONTAINERS, (e) => e.selector, hasSelector),
  ...kind('title element', K.TITLE_ELEMENTS, (e) => e.selector, hasSelector),
  ...kind('meta name', [K.TITLE_META, K.SOURCE_META, ...K.PUBLISHED_META], (e) => e.name, hasMetaName),
  ...kind('widget token', K.WIDGET_TOKENS, (e) => e.token, hasToken),
  ...kind('list token', K.LIST_TOKENS, (e) => e.token, hasToken),
  ...kind('widget phrase', K.WIDGET_PHRASES, described, hasText),
  ...kind('toolbar words', K.TOOLBAR_WORDS, described, hasToolbarLine),
  ...kind('font-size words', [K.FONT_SIZE_WORDS], () => 'FONT_SIZE_WORDS', hasToolbarLine),
  ...kind('column names', [K.COLUMN_NAMES], () => 'COLUMN_NAMES', hasWholeLine),
  ...kind('date-line label', K.DATE_LINE_LABELS, described, hasLabelColon),
  ...kind('next label', [K.NEXT_LABEL], () => 'NEXT_LABEL', hasText),
  ...kind('chrome-line labels', [K.CHROME_LINE_LABELS], () => 'CHROME_LINE_LABELS', hasLine),
  ...kind('date-line tail', [K.DATE_LINE_TAIL], () => 'DATE_LINE_TAIL', hasLine),
  ...kind('metadata-table label', K.METADATA_TABLE_LABELS, (e) => e.pattern.source, hasText),
  ...kind('field label', K.FIELD_LABELS, (e) => e.field, hasLabel),
  ...kind('other labels', [K.OTHER_LABELS], () => 'OTHER_LABELS', hasLabel),
  ...kind('list headings', [K.LIST_HEADINGS], () => 'LIST_HEADINGS', hasHeading),
];

describe('portal knowledge', () => {
  it('lists its entries', () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(new Set(cases.map(([name]) => name)).size, 'entries are told apart by their names').toBe(cases.length);
  });

  it.each(cases)('%s is on its fixture pages', (_name, entry, found) => {
    expect(entry.fixtures.length, 'names at least one fixture page').toBeGreaterThan(0);
    expect(entry.families.length).toBeGreaterThan(0);
    for (const name of entry.fixtures) {
      const page = fixturePage(name);
      expect(page, `fixture ${name} exists`).not.toBeNull();
      expect(found(page!), `shown on ${name}`).toBe(true);
    }
  });
});

describe('the meta-test itself', () => {
  it('fails an entry its fixture does not show', () => {
    const page = fixturePage('a-ucap-000')!;
    expect(hasSelector(page, { selector: '.no-such-container', families: ['A'], fixtures: ['a-ucap-000'] })).toBe(false);
    expect(hasToken(page, { token: 'nosuchwidget', families: ['A'], fixtures: ['a-ucap-000'] })).toBe(false);
    expect(hasMetaName(page, { name: 'NoSuchName', families: ['A'], fixtures: ['a-ucap-000'] })).toBe(false);
    expect(hasText(page, { pattern: /没有这个标签/, families: ['A'], fixtures: ['a-ucap-000'] })).toBe(false);
    expect(fixturePage('no-such-fixture')).toBeNull();
  });

  it('takes tokens whole: a longer class is not the token', () => {
    const page = fixturePage('c-hanweb-widgets')!;
    // bdsharebuttonbox alone would not be the token; bdshare-button-style0-24 is.
    expect(hasToken(page, { token: 'bdsharebutton', families: ['C'], fixtures: ['c-hanweb-widgets'] })).toBe(false);
    expect(hasToken(page, { token: 'bdshare', families: ['C'], fixtures: ['c-hanweb-widgets'] })).toBe(true);
  });
});
