// Which linked files the panel offers as "the attached report".
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAttachments } from '../../lib/core/attachments';
import { fileAtAddress, fileKindOfContentType } from '../../lib/core/file-address';
import { pageTitle } from '../../lib/core/detect';
import { findArticle } from '../../lib/core/extract';
import { loadPage, parsePage } from '../../lib/node/page-file';
import { FIXTURE_DIR, fixtures } from '../support/fixtures';

const candidates = (doc: Document, url: string) => findAttachments(doc, url, findArticle(doc)?.element ?? null, pageTitle(doc));
const onFixture = (name: string) => {
  const f = fixtures().find((x) => x.name === name)!;
  return candidates(loadPage(join(FIXTURE_DIR, `${name}.html`), f.expected.url).document, f.expected.url);
};

describe('attached reports', () => {
  it('offers the report PDF of a page that is only a link to it, at its absolute address', () => {
    const [first] = onFixture('b-trs-attachment-only');
    expect(first).toMatchObject({
      url: 'https://www.scpc.gov.cn/zwgk/bmxxgk/sfj/qtfdxx/202403/P020240328603154872190.pdf',
      name: '平昌县司法局2023年度法治政府建设年度报告',
      kind: 'pdf',
      likely: true,
    });
  });

  it('offers nothing on pages that link no file', () => {
    for (const name of ['b-trs-004', 'f-shenzhen-001-t', 'c-hanweb-search']) expect(onFixture(name)).toEqual([]);
  });

  const page = (body: string, footer = '') =>
    parsePage(
      `<html><head><title>某县2023年法治政府建设年度报告_某县人民政府</title></head><body><div class="nav"><a href="/guide.pdf">办事指南.pdf</a></div>` +
        `<h1>某县2023年法治政府建设年度报告</h1><div class="TRS_Editor">${body}</div><div class="footer">${footer}</div></body></html>`,
    );
  const url = 'https://www.example.gov.cn/art/2024/1/1/art_1.html';

  it('takes the file name from the link text, its title or a download address', () => {
    const doc = page(
      '<p>附件：<a href="/download.jsp?file=a1.docx">某县2023年法治政府建设年度报告</a></p>' +
        '<p><a href="/u/2.ofd" title="某县2023年法治政府建设年度报告（签章版）.ofd">点击下载</a></p>' +
        '<p><a href="/u/3.wps">年度工作总结.wps</a></p>',
    );
    const found = candidates(doc, url);
    expect(found.map((c) => [c.kind, c.likely])).toEqual([
      ['docx', true],
      ['ofd', true],
      ['wps', true],
      ['pdf', false], // 办事指南.pdf in the navigation
    ]);
    expect(found[0]!.url).toBe('https://www.example.gov.cn/download.jsp?file=a1.docx');
  });

  it("finds files named only once their address is decoded, and a relative link that keeps the page's own file name", () => {
    const doc = page(
      '<p>附件：<a href="/down.do?name=%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A%2Epdf">某县2023年法治政府建设年度报告</a></p>' +
        '<p><a href="/u/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A%2EOFD">某县2023年法治政府建设年度报告（签章版）</a></p>',
    );
    expect(candidates(doc, url).map((c) => [c.kind, c.likely])).toEqual([
      ['pdf', true],
      ['ofd', true],
      ['pdf', false],
    ]);
    const onFile = candidates(
      page('<p><a href="?download=1">某县2023年法治政府建设年度报告</a></p>'),
      'https://www.example.gov.cn/u/report.docx',
    );
    expect(onFile.map((c) => [c.url, c.kind])).toEqual([
      ['https://www.example.gov.cn/u/report.docx?download=1', 'docx'],
      ['https://www.example.gov.cn/guide.pdf', 'pdf'],
    ]);
  });

  it('does not offer forms in the body, nor files linked from the navigation or the footer', () => {
    const doc = page(
      '<p>附件：<a href="/u/form.doc">政府信息公开申请表.doc</a></p>',
      '<a href="/u/report.pdf">2023年法治政府建设年度报告.pdf</a>',
    );
    const found = candidates(doc, url);
    expect(found.filter((c) => c.likely)).toEqual([]);
    expect(found.map((c) => c.name)).toEqual(expect.arrayContaining(['政府信息公开申请表', '办事指南']));
  });
});

describe('a tab that shows a file itself', () => {
  it('reads the file an address names, by its path or a download parameter, without the fragment', () => {
    expect(fileAtAddress('https://www.scpc.gov.cn/zwgk/202403/P020240328603154872190.pdf#page=3')).toMatchObject({
      url: 'https://www.scpc.gov.cn/zwgk/202403/P020240328603154872190.pdf',
      name: 'P020240328603154872190',
      kind: 'pdf',
    });
    expect(fileAtAddress('https://www.example.gov.cn/u/%E6%B3%95%E6%B2%BB%E6%8A%A5%E5%91%8A.OFD')).toMatchObject({
      name: '法治报告',
      kind: 'ofd',
    });
    expect(fileAtAddress('https://www.example.gov.cn/download.jsp?file=2023/a1.docx&id=7')).toMatchObject({ name: 'a1', kind: 'docx' });
    // Hanweb portals serve attachments through their download module, the file named in a parameter.
    expect(fileAtAddress('https://jxt.example.gov.cn/module/download/downfile.jsp?classid=0&filename=1f4c7b2b4c2e.pdf')).toMatchObject({
      name: '1f4c7b2b4c2e',
      kind: 'pdf',
    });
  });

  it('names nothing for a page, an address without a file, or a non-web address', () => {
    for (const address of [
      'https://www.example.gov.cn/art/2024/1/1/art_1.html',
      'https://www.example.gov.cn/download.jsp?id=7',
      'https://www.example.gov.cn/pdf/index.html',
      'chrome://newtab/',
      'not an address',
    ])
      expect(fileAtAddress(address)).toBeNull();
  });

  it('takes a download without a file name by its declared content type', () => {
    expect(fileKindOfContentType('application/pdf')).toBe('pdf');
    expect(fileKindOfContentType('application/vnd.openxmlformats-officedocument.wordprocessingml.document; charset=binary')).toBe('docx');
    expect(fileKindOfContentType('application/ofd')).toBe('ofd');
    expect(fileKindOfContentType('application/msword')).toBe('doc');
    expect(fileKindOfContentType('text/html; charset=utf-8')).toBeNull();
    expect(fileKindOfContentType('application/octet-stream')).toBeNull();
  });
});
