// The reader view's document: the whole report text, once, with its headings in order.
import { describe, expect, it } from 'vitest';
import { readReport, type ReportModel } from '../../lib/core/model';
import { loadPage } from '../../lib/node/page-file';
import {
  checkReaderFontSize,
  checkReaderLineHeight,
  headingTag,
  readerDocument,
  splitHeading,
  type ReaderItem,
} from '../../lib/view/reader-document';
import { reportFixtures, type Fixture } from '../support/fixtures';

const squeeze = (s: string) => s.replace(/\s+/g, '');
const body = (items: ReaderItem[]) => items.filter((i) => i.kind === 'heading' || i.kind === 'paragraph');

function modelOf(fixture: Fixture): ReportModel {
  const page = loadPage(fixture.file, fixture.expected.url);
  return readReport(page.document, page.url).model;
}

function fixture(name: string): Fixture {
  const found = reportFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

/** The report text, whitespace aside, is the body read in order: every character exactly once. */
function expectWholeText(model: ReportModel, items: ReaderItem[]) {
  expect(
    squeeze(
      body(items)
        .map((i) => i.text)
        .join(''),
    ),
  ).toBe(squeeze(model.text));
}

function expectHeadingsInOrder(model: ReportModel, items: ReaderItem[]) {
  const headings = items.filter((i) => i.kind === 'heading');
  expect(headings).toHaveLength(model.outline.length);
  headings.forEach((h, n) => {
    const entry = model.outline[n]!;
    expect(h.level).toBe(entry.level);
    expect(squeeze(h.text).startsWith(squeeze(entry.marker + entry.title)), `${h.text} ≠ ${entry.marker}${entry.title}`).toBe(true);
  });
}

// A numbered report in three levels, a Traditional one, one with parts (第一部分) and one with bold lead headings.
describe.each(['a-ucap-000', 'b-trs-002-t', 'c-hanweb-001-parts', 'd-ucap-003-boldlead'])('%s', (name) => {
  const f = fixture(name);
  const model = modelOf(f);
  const items = readerDocument(model);

  it('opens with the title and the metadata, the page address last', () => {
    expect(items[0]).toEqual({ kind: 'title', text: f.expected.title });
    const meta = items.filter((i) => i.kind === 'meta');
    expect(items.slice(1, 1 + meta.length)).toEqual(meta);
    expect(meta.at(-1)).toEqual({ kind: 'meta', field: 'url', text: f.expected.url });
    const fields = Object.entries(model.meta).filter(([, value]) => value);
    expect(fields.length).toBeGreaterThan(1);
    for (const [field, value] of fields) expect(meta.find((m) => m.field === field)?.text).toBe(value.trim());
  });

  it('holds every character of the report text exactly once, in order', () => {
    expect(model.text.length).toBeGreaterThan(500);
    expectWholeText(model, items);
  });

  it('has the outline headings in order, at their levels', () => {
    expect(model.outline.length).toBeGreaterThan(5);
    expectHeadingsInOrder(model, items);
    // And as the fixture's hand-written outline has them.
    const expected = f.expected.outline ?? [];
    const headings = items.filter((i) => i.kind === 'heading');
    expect(headings).toHaveLength(expected.length);
    expected.forEach((e, n) => expect(squeeze(headings[n]!.text)).toContain(squeeze(e.title)));
  });
});

describe('every report fixture', () => {
  it.each(reportFixtures().map((f) => [f.name, f] as const))('%s keeps the whole text and the headings', (_name, f) => {
    const model = modelOf(f);
    const items = readerDocument(model);
    expectWholeText(model, items);
    expectHeadingsInOrder(model, items);
    // No heading swallows a whole long paragraph (each was split at its lead phrase).
    for (const h of items.filter((i) => i.kind === 'heading')) expect(h.text.length).toBeLessThan(80);
  });
});

describe('a heading paragraph', () => {
  it('is split after the lead phrase and its stop; the rest follows as a paragraph', () => {
    const model = modelOf(fixture('a-ucap-000'));
    const items = readerDocument(model);
    const at = items.findIndex((i) => i.kind === 'heading' && i.text.startsWith('1．依法抓好疫情防控'));
    expect(items[at]).toEqual({ kind: 'heading', level: 3, text: '1．依法抓好疫情防控和疫苗接种工作。' });
    expect(items[at + 1]!.kind).toBe('paragraph');
    expect(items[at + 1]!.text.startsWith('健全疫情防控领导指挥体系')).toBe(true);
    // A heading that is its whole paragraph has no paragraph after it.
    expect(items.find((i) => i.kind === 'heading')).toEqual({ kind: 'heading', level: 1, text: '一、主要举措和成效' });
    expect(items[items.findIndex((i) => i.kind === 'heading') + 1]!.kind).toBe('heading');
  });

  it('keeps spaces, commas and the stop with the heading', () => {
    expect(splitHeading('  （一） 加强组织领导，履行责任。全年召开…', { marker: '（一）', title: '加强组织领导，履行责任' })).toEqual({
      heading: '（一） 加强组织领导，履行责任。',
      rest: '全年召开…',
    });
    expect(splitHeading('社会治理不断完善，持续落实', { marker: '', title: '社会治理不断完善' })).toEqual({
      heading: '社会治理不断完善，',
      rest: '持续落实',
    });
    expect(splitHeading('第一部分 主要工作', { marker: '第一部分', title: '主要工作' })).toEqual({
      heading: '第一部分 主要工作',
      rest: '',
    });
  });

  it('is not split where the marker or title is not where the outline found it', () => {
    expect(splitHeading('二、加强领导。', { marker: '一、', title: '加强领导' })).toBeNull();
    expect(splitHeading('一、加强领导。', { marker: '一、', title: '推进改革' })).toBeNull();
    expect(splitHeading('一、其他。加强领导。', { marker: '一、', title: '加强领导' })).toBeNull();
  });

  it('becomes h2, h3, then h4 for every deeper level', () => {
    expect([1, 2, 3, 4, 6].map(headingTag)).toEqual(['h2', 'h3', 'h4', 'h4', 'h4']);
  });
});

describe('a model without body text or with odd parts', () => {
  const base = modelOf(fixture('f-suzhou-004-short'));

  it('is the title and metadata alone', () => {
    const items = readerDocument({ ...base, text: '', outline: [] });
    expect(items.filter((i) => i.kind === 'heading' || i.kind === 'paragraph')).toEqual([]);
    expect(items[0]!.kind).toBe('title');
  });

  it('ignores outline entries of another shape and a heading it cannot place heads with its whole paragraph', () => {
    const text = ['一、甲乙。丙丁', '戊己'].join('\n\n');
    const outline = [{ block: 0, level: 1, marker: '一、', title: '不在此' }, { block: 1 } as never];
    const items = readerDocument({ ...base, text, outline, meta: { ...base.meta, source: 42 as never } });
    expect(body(items)).toEqual([
      { kind: 'heading', level: 1, text: '一、甲乙。丙丁' },
      { kind: 'paragraph', text: '戊己' },
    ]);
    expect(items.some((i) => i.field === 'source')).toBe(false);
  });
});

describe('the type settings read back from storage', () => {
  it('keep font sizes to whole pixels in 14–28', () => {
    expect([undefined, 'x', NaN, 10, 14, 17.6, 28, 40].map(checkReaderFontSize)).toEqual([18, 18, 18, 14, 14, 18, 28, 28]);
  });
  it('keep line heights to tenths in 1.5–2.4', () => {
    expect([undefined, null, 1, 1.5, 1.84, 2.4, 3].map(checkReaderLineHeight)).toEqual([1.9, 1.9, 1.5, 1.5, 1.8, 2.4, 2.4]);
  });
});
