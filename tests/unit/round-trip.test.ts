// @vitest-environment node
// Every change the reader makes to a live page is undone exactly: cleaning and
// script conversion, on every fixture, compared as serialised DOM.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../lib/core/charset';
import { loadConverter } from '../../lib/core/convert';
import { createPageConverter } from '../../lib/page/convert-page';
import { ReaderSession, type ConvertModule } from '../../lib/page/session';
import { fixtures } from '../support/fixtures';

const labels = { publisher: '发布机构', written: '成文日期', published: '发布日期', indexNo: '索引号', docNo: '文号', source: '来源' };
const module: ConvertModule = { loadConverter, createPageConverter };

describe.each(fixtures().map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  it('cleans and converts, then restores the page exactly', async () => {
    const dom = new JSDOM(decodePage(readFileSync(fixture.file)).text, { url: fixture.expected.url });
    const doc = dom.window.document as unknown as Document;
    const before = doc.documentElement.outerHTML;
    const session = new ReaderSession(doc, fixture.expected.url, labels);

    session.setClean(true);
    if (session.reading.container) expect(doc.documentElement.outerHTML).not.toBe(before);
    session.setClean(false);
    expect(doc.documentElement.outerHTML).toBe(before);

    const other = session.model.script === 'traditional' ? 'simplified' : 'traditional';
    expect(await session.setScript({ view: other, standard: 'twp', quotes: true }, async () => module)).toBe(other);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    session.setClean(true);
    await session.setScript({ view: 'original', standard: 'twp', quotes: true }, async () => module);
    session.setClean(false);
    expect(doc.documentElement.outerHTML).toBe(before);
    session.dispose();
    dom.window.close();
  });
});
