// Every reason detection gives has a message in each locale, and the English
// message filled in is the reason itself: the panel shows the same reason in the
// reader's language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/core/detect';
import { localReason, reasonMessage } from '../../lib/view/detect-reasons';
import { loadPage, parsePage } from '../../lib/node/page-file';
import { t } from '../../lib/view/strings';
import { fixtures } from '../support/fixtures';

const LOCALES = resolve(import.meta.dirname, '../../public/_locales');
const messages = (locale: string) =>
  JSON.parse(readFileSync(`${LOCALES}/${locale}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: object }>;

const URL = 'https://www.example.gov.cn/a.html';
const prose = '区政府坚持依法行政，推进法治政府建设各项任务落实。'.repeat(20);
// Pages that between them give every reason detect() has.
const PAGES = [
  '',
  '<html><frameset><frame src="/main.html"></frameset></html>',
  '<html><body><iframe src="/c.html"></iframe></body></html>',
  '<html><head><title>某区2024年法治政府建设年度报告</title></head><body><div></div><img src="a.png"></body></html>',
  '<html><head><title>某区2024年法治政府建设年度报告</title></head><body><p>详见附件：<a href="/a.pdf">报告.pdf</a></p><iframe src="/x.html"></iframe></body></html>',
  `<html><head><title>某区2024年法治政府建设年度报告</title></head><body><p>${prose}</p></body></html>`,
  `<html><head><title>某区2024年法治政府建设年度报告</title></head><body><p>一、总体情况</p><p>（一）组织领导</p><p>${prose}</p></body></html>`,
  `<html><head><title>法治政府建设年度报告</title></head><body>${'<a href="/x">某区2024年法治政府建设年度报告</a>'.repeat(30)}<p>${prose}</p></body></html>`,
  '<html><head><title>关于某某河道整治的调研报告</title></head><body><p>x</p></body></html>',
  '<html><head><title>关于做好法治政府建设年度报告工作的通知</title></head><body><p>x</p></body></html>',
  '<html><head><title>区政府常务会议审议法治政府建设年度报告</title></head><body><p>x</p></body></html>',
  '<html><head><title>某区法治政府建设推进会</title></head><body><p>x</p></body></html>',
  '<html><head><title>某区召开安全生产会议</title></head><body><p>x</p></body></html>',
  '<html><head></head><body><p>没有标题的一段文字。</p></body></html>',
];

function allReasons(): string[] {
  const reasons = new Set<string>();
  for (const html of PAGES)
    for (const url of [URL, 'file:///tmp/a.html']) detect(parsePage(html), url).reasons.forEach((r) => reasons.add(r));
  for (const f of fixtures()) {
    const page = loadPage(f.file, f.expected.url);
    detect(page.document, page.url).reasons.forEach((r) => reasons.add(r));
  }
  return [...reasons];
}

describe('detection reasons in the reader’s language', () => {
  const reasons = allReasons();

  it('every reason detect() gives is a message, and the English message is the reason', () => {
    const keys = new Set<string>();
    for (const reason of reasons) {
      const found = reasonMessage(reason);
      expect(found, reason).not.toBeNull();
      expect(t(found!.key, ...found!.subs)).toBe(reason);
      keys.add(found!.key);
    }
    // Every reason message is one detect() can give.
    const declared = Object.keys(messages('en')).filter((k) => k.startsWith('reason'));
    expect([...keys].sort()).toEqual(declared.sort());
  });

  it.each(['zh_CN', 'zh_TW'])('%s has every reason message with the same placeholders as English', (locale) => {
    const en = messages('en');
    const local = messages(locale);
    for (const key of Object.keys(en).filter((k) => k.startsWith('reason'))) {
      expect(local[key], key).toBeDefined();
      expect(local[key]!.placeholders, key).toEqual(en[key]!.placeholders);
      expect(local[key]!.message.match(/\$[A-Z]+\$/g)?.sort(), key).toEqual(en[key]!.message.match(/\$[A-Z]+\$/g)?.sort());
    }
  });

  it('a reason with no message is shown as given', () => {
    expect(localReason('something else')).toBe('something else');
  });
});
