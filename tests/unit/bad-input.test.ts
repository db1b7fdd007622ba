// Pages that are not reports or cannot be read as pages: empty documents,
// framesets, frame-only pages, attachment-only pages, and pages whose bytes are
// not in the charset they declare. Read through decodePage + parsePage as the
// command line reads a file: never an error, and a reason a reader understands
// (or, for a wrong charset, the page decoded to readable Chinese).

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../lib/core/charset';
import { readReport, type Reading } from '../../lib/core/model';
import { parsePage } from '../../lib/node/page-file';
import { fixtures } from '../support/fixtures';
import { checkReading } from '../support/well-formed';

const URL = 'https://www.example.gov.cn/art/2024/3/1/art_1_1.html';
const BAD_DIR = resolve(import.meta.dirname, '../fixtures/bad');
const REPORT_TITLE = '某某区2023年法治政府建设年度报告';

function readBytes(bytes: Uint8Array, url = URL): Reading & { charset: string } {
  const { text, charset } = decodePage(bytes);
  const reading = readReport(parsePage(text), url);
  checkReading(reading);
  return { ...reading, charset };
}

const readHtml = (html: string) => readBytes(new TextEncoder().encode(html));

function expectNotReport(reading: Reading, reason: RegExp) {
  expect(reading.model.isReport).toBe(false);
  expect(
    reading.model.reasons.some((r) => reason.test(r)),
    reading.model.reasons.join('; '),
  ).toBe(true);
}

/** Bytes of a latin1 string (the ASCII parts of a page edited in place, other bytes kept). */
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('empty pages', () => {
  it.each([
    ['no bytes at all', ''],
    ['only a doctype', '<!DOCTYPE html>'],
    ['an empty body', '<html><head></head><body></body></html>'],
    ['a body of whitespace, nbsp and U+3000', '<html><body> \n&nbsp;\u3000 </body></html>'],
    ['a body of scripts and styles', '<html><body><script>var a = 1;</script><style>p{}</style></body></html>'],
    ['a report title over an empty body', `<html><head><title>${REPORT_TITLE}</title></head><body></body></html>`],
  ])('%s: "the page is empty"', (_name, html) => {
    const reading = readHtml(html);
    expectNotReport(reading, /^the page is empty: it has no text$/);
    expect(reading.model.outline).toEqual([]);
    expect(reading.model.figures).toEqual([]);
  });

  it('a body with elements but no text says the page has no text', () => {
    const reading = readHtml(
      `<html><head><title>${REPORT_TITLE}</title></head><body><div><span></span><img src="a.png"></div></body></html>`,
    );
    expectNotReport(reading, /^the page has no text$/);
  });
});

describe('frames', () => {
  it('a frameset: open the frame that holds the content', () => {
    const reading = readHtml(
      `<html><head><title>${REPORT_TITLE}</title></head>` +
        '<frameset cols="20%,80%"><frame name="left" src="menu.html"><frame name="main" src="/art/2024/3/1/report.html"></frameset></html>',
    );
    expectNotReport(reading, /^the page is a frameset: open the frame \(\/art\/2024\/3\/1\/report\.html\) to read it$/);
  });

  it('a frameset with nested framesets and no address still says what to do', () => {
    const reading = readHtml('<html><frameset rows="10%,*"><frame><frameset cols="*,*"><frame><frame></frameset></frameset></html>');
    expectNotReport(reading, /^the page is a frameset: open the frame to read it$/);
  });

  it('a body of iframes only: open the frame', () => {
    const reading = readHtml(
      `<html><head><title>${REPORT_TITLE}</title></head><body>` +
        '<iframe id="topbar" src="/head.html"></iframe><iframe src="/content/2024/report.html"></iframe><script>x()</script></body></html>',
    );
    expectNotReport(reading, /^the page shows its content in a frame: open the frame \(\/content\/2024\/report\.html\) to read it$/);
  });

  it('an iframe beside a little text: the content may be in the frame', () => {
    const reading = readHtml(
      `<html><head><title>${REPORT_TITLE}</title></head><body><div class="crumb">首页 &gt; 政务公开</div>` +
        '<div class="content"><iframe src="/content/report.html" width="100%"></iframe></div></body></html>',
    );
    expectNotReport(reading, /^the page may show its content in a frame: open the frame \(\/content\/report\.html\) to read it$/);
  });
});

describe('attachment only', () => {
  it('a report title over a link to the file: open the attachment', () => {
    const reading = readHtml(
      `<html><head><title>${REPORT_TITLE}_某某区人民政府</title></head><body><h1>${REPORT_TITLE}</h1>` +
        `<div class="TRS_Editor"><p>附件：<a href="/upload/2024/report.pdf">${REPORT_TITLE}.pdf</a></p></div></body></html>`,
    );
    expectNotReport(reading, /^the report may be an attached file: open the attachment to read it$/);
  });

  it('the attachment-only fixture page', () => {
    const fixture = fixtures().find((f) => f.name === 'b-trs-attachment-only')!;
    const reading = readBytes(readFileSync(fixture.file));
    expectNotReport(reading, /attached file: open the attachment/);
    expect(reading.model.title).toBe(fixture.expected.title);
  });
});

describe('pages that are not reports', () => {
  it.each([
    ['a notice', '关于开展2024年法治宣传工作的通知', '<p>各单位：现将有关事项通知如下。</p>'],
    [
      'a list page',
      '通知公告',
      Array.from({ length: 40 }, (_, i) => `<li><a href="/a${i}.html">关于第${i}期法治培训的通知</a></li>`).join(''),
    ],
    ['an untitled page of text', '', '<p>' + '依法行政工作稳步推进。'.repeat(20) + '</p>'],
  ])('%s is turned down with reasons', (_name, title, body) => {
    const reading = readHtml(`<html><head><title>${title}</title></head><body><div>${body}</div></body></html>`);
    expect(reading.model.isReport).toBe(false);
    expect(reading.model.reasons.length).toBeGreaterThan(1);
  });

  it('markup that is not a page at all (text, a fragment, unclosed tags) never throws', () => {
    for (const html of [
      'plain text, no markup',
      '<p>一、',
      '<td>1</td><td>',
      '<<<>>>',
      '<html><body><p>一、总体情况<p>（一）',
      '\u0000\ufffd\ud800',
    ]) {
      const reading = readHtml(html);
      expect(reading.model.isReport, html).toBe(false);
      expect(reading.model.reasons.length, html).toBeGreaterThan(0);
    }
  });
});

describe('wrong charset', () => {
  it('a gb2312 page declared as utf-8 decodes to readable Chinese', () => {
    const reading = readBytes(readFileSync(join(BAD_DIR, 'gb2312-declared-utf8.html')));
    expect(reading.charset).toBe('gb18030');
    expect(reading.model.title).toBe('某镇2023年法治政府建设工作报告');
    expect(reading.model.isReport).toBe(true);
    expect(reading.model.outline.map((e) => e.marker + e.title).slice(0, 2)).toEqual([
      '一、主要举措和成效',
      '（一）加强党对法治政府建设的领导',
    ]);
    expect(reading.model.meta.written).toBe('2024-03-20');
    expect(reading.model.text).not.toMatch(/\ufffd/);
  });

  it('the gb2312 fixture declared as utf-8 reads as it does declared right', () => {
    const fixture = fixtures().find((f) => f.name === 'f-shanghai-003.gbk')!;
    const bytes = readFileSync(fixture.file);
    const right = readBytes(bytes);
    const wrong = readBytes(fromLatin1(latin1(bytes).replace(/charset=gb2312/gi, 'charset=utf-8')));
    expect(latin1(bytes)).toMatch(/charset=gb2312/i);
    expect(wrong.model.title).toBe(fixture.expected.title);
    expect(wrong.model.outline).toEqual(right.model.outline);
    expect(wrong.model.text).toBe(right.model.text);
  });

  it('a gb2312 page with no charset at all decodes to readable Chinese', () => {
    const bytes = readFileSync(join(BAD_DIR, 'gb2312-declared-utf8.html'));
    const reading = readBytes(fromLatin1(latin1(bytes).replace(/<meta http-equiv="Content-Type"[^>]*>/i, '')));
    expect(reading.model.title).toBe('某镇2023年法治政府建设工作报告');
  });

  it('a utf-8 page declared as gb2312 decodes as utf-8, not as mojibake', () => {
    const fixture = fixtures().find((f) => f.name === 'd-ucap-000-t')!;
    const bytes = readFileSync(fixture.file);
    const html = latin1(bytes);
    const declared = html.replace(/charset=["']?utf-8/i, (m) => m.replace(/utf-8/i, 'gb2312'));
    expect(declared).not.toBe(html);
    const reading = readBytes(fromLatin1(declared));
    expect(reading.charset).toBe('utf-8');
    expect(reading.model.title).toBe(fixture.expected.title);
    expect(reading.model.isReport).toBe(true);
  });

  it('bytes valid in no charset still read, with the bad bytes replaced', () => {
    const { text, charset } = decodePage(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x80, 0x81, 0x3c, 0x2f, 0x70, 0x3e]));
    expect(typeof text).toBe('string');
    expect(charset).toMatch(/gb18030|with errors/);
    readHtml(text);
  });
});

describe('every fixture page through decodePage + parsePage', () => {
  it.each(fixtures().map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const reading = readBytes(readFileSync(fixture.file), fixture.expected.url);
    expect(reading.model.isReport).toBe(fixture.expected.isReport);
    expect(reading.model.text).not.toMatch(/\ufffd/);
  });
});
