// Reading a title as a person does: its head noun decides what kind of page it is,
// in either script, past pinyin glosses, 全文/摘要 trailers and the site's name.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { readTitle, stripGlosses, titleProper } from '../../lib/core/detect-title';
import { stripTitleSuffix } from '../../lib/core/detect';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Each made-up title in Simplified and in its Traditional conversion. */
const bothScripts = (titles: string[]) => titles.flatMap((t) => [t, toTraditional(t)]);

describe('titles whose head is a report noun', () => {
  it.each(
    bothScripts([
      '某某区2024年度法治政府建设情况报告',
      '关于2023年法治政府建设情况的报告',
      '某县人民政府关于2022年度法治政府建设工作的报告',
      '2025年某某市政府工作报告',
      '2026年某某省人民政府工作报告',
      '某某市司法局2023年政府信息公开工作年度报告',
      '某某镇2021年度法治政府建设工作总结',
      '某某街道2024年政府信息公开工作年报',
      '法治政府建设年度报告',
      '政府工作报告',
      '某区2023年度法治政府建设工作情况',
      '二〇二三年某某区法治政府建设年度报告',
      '《某某区2024年法治政府建设年度报告》',
    ]),
  )('%s is a report title', (title) => {
    expect(readTitle(title).kind).toBe('report');
  });

  it('tells which report kind the title names, and whether it has a year', () => {
    expect(readTitle('某某区2024年度法治政府建设情况报告')).toMatchObject({ head: '报告', hasYear: true, names: '法治政府建设' });
    expect(readTitle('某某市2025年政府工作報告')).toMatchObject({ head: '報告', hasYear: true, names: '政府工作' });
    expect(readTitle('法治政府建设年度报告')).toMatchObject({ hasYear: false, names: '法治政府建设' });
  });

  it('a report noun alone, with no year and no report kind named, is not enough', () => {
    expect(readTitle('关于某某河道整治的调研报告').kind).toBe('none');
    expect(readTitle('关于某某河道整治的调研報告').kind).toBe('none');
  });
});

describe('titles whose head is another kind of page', () => {
  it.each(
    (
      [
        ['关于做好2024年度法治政府建设年度报告工作的通知', '通知'],
        ['《某某区2023年法治政府建设年度报告》解读', '解读'],
        ['某某市法治政府建设年度报告编写指引', '指引'],
        ['2024年度法治政府建设年度报告撰写指南', '指南'],
        ['某某省法治政府建设年度报告制度实施办法', '办法'],
        ['某某区2024年法治政府建设年度报告工作方案', '方案'],
        ['法治政府建设年度报告公开工作实施细则', '细则'],
        ['2023年度政府信息公开工作年度报告模板', '模板'],
        ['政府信息公开工作年度报告格式', '格式'],
        ['某某市第十六届人民代表大会第四次会议关于政府工作报告的决议', '决议'],
        ['某某区人民政府关于2023年法治政府建设年度报告的决定', '决定'],
        ['某某市2024年国民经济和社会发展统计公报', '公报'],
        ['关于进一步做好法治政府建设年度报告工作的意见', '意见'],
      ] as const
    ).flatMap(([title, head]) => [
      [title, head],
      [toTraditional(title), toTraditional(head)],
    ]),
  )('%s is not a report (head 「%s」)', (title, head) => {
    expect(readTitle(title)).toMatchObject({ kind: 'other', head });
  });

  it('news about a report is not the report', () => {
    expect(readTitle('我区召开区政府常务会议审议2023年度法治政府建设情况报告').kind).toBe('news');
    expect(readTitle('區政府召開常務會議 審議《船營區2023年法治政府建設年度報告》').kind).toBe('news');
    expect(readTitle('一图读懂2025年某某市政府工作报告').kind).toBe('news');
  });

  it('a title with no report word at all is none', () => {
    expect(readTitle('某某区2024年第一次区长办公会议纪要').kind).toBe('none');
    expect(readTitle('').kind).toBe('none');
  });
});

describe('pinyin glosses are read past', () => {
  it.each([
    ['某某市2025年政府工作報(bào)告', '某某市2025年政府工作報告'],
    ['某某市2025年政(zhèng)府工作报（bào）告', '某某市2025年政府工作报告'],
    ['某某區2024年法(fǎ)治政府建設年度報(bào)告', '某某區2024年法治政府建設年度報告'],
    ['某某区2024年法治政府建设年度报<ruby>告<rt>gào</rt></ruby>', '某某区2024年法治政府建设年度报告'],
    ['某某區2024年法治政府建設年度報bào告', '某某區2024年法治政府建設年度報告'],
    ['某某区2024年法治政府建设年度报告', '某某区2024年法治政府建设年度报告'],
  ])('%s reads %s', (glossed, plain) => {
    expect(stripGlosses(glossed)).toBe(plain);
    expect(readTitle(glossed).kind).toBe('report');
  });

  it('a gloss never hides a notice', () => {
    expect(readTitle('關於做好2024年度法治政府建設年度報(bào)告工作的通(tōng)知').kind).toBe('other');
  });

  it('Latin words that are not glosses stay', () => {
    expect(stripGlosses('2024年某某区APP建设情况（PDF版）')).toBe('2024年某某区APP建设情况（PDF版）');
  });
});

describe('what trails the title proper', () => {
  it.each([
    ['2026年某某省政府工作报告（全文）', '2026年某某省政府工作报告'],
    ['2026年某某省政府工作报告全文', '2026年某某省政府工作报告'],
    ['2026年某某省政府工作報告(摘要)', '2026年某某省政府工作報告'],
    ['2026年某某省政府工作报告摘要', '2026年某某省政府工作报告'],
    ['《2026年某某省政府工作报告》全文', '2026年某某省政府工作报告'],
    ['政府工作报告——2026年1月20日在某某省第十四届人民代表大会第五次会议上', '政府工作报告'],
    ['政府工作报告（2026年1月20日在某某省第十四届人民代表大会第五次会议上）', '政府工作报告'],
    ['某某区2024年法治政府建设年度报告（征求意见稿）', '某某区2024年法治政府建设年度报告'],
  ])('%s: head read from %s', (title, proper) => {
    expect(titleProper(title)).toBe(proper);
    const reading = readTitle(title);
    expect(reading.kind).toBe('report');
    expect(reading.hasYear).toBe(true);
  });

  it('a notice with a trailer is still a notice', () => {
    expect(readTitle('关于2024年法治政府建设年度报告的通知（2024年第3号）').kind).toBe('other');
    expect(readTitle('《政府工作报告》编写说明（全文）').kind).toBe('other');
  });
});

describe('site names around the title', () => {
  it.each([
    ['某某区2024年度法治政府建设情况报告_法治政府建设_某某区人民政府', '某某区2024年度法治政府建设情况报告'],
    ['某某区2024年度法治政府建设情况报告 - 某某区人民政府网', '某某区2024年度法治政府建设情况报告'],
    ['某某市人民政府 法治政府建设年度报告 某某街道2024年法治政府建设工作报告', '某某街道2024年法治政府建设工作报告'],
    ['某某市人民政府 政务公开 2026年某某市政府工作报告', '2026年某某市政府工作报告'],
    ['某某區2024年度法治政府建設情況報告_法治政府建設_某某區人民政府', '某某區2024年度法治政府建設情況報告'],
    ['某某市人民政府 法治政府建設年度報告 某某街道2024年法治政府建設工作報告', '某某街道2024年法治政府建設工作報告'],
  ])('%s → %s', (title, article) => {
    expect(stripTitleSuffix(title)).toBe(article);
    expect(readTitle(stripTitleSuffix(title)).kind).toBe('report');
  });

  it('a notice wrapped in a site name stays a notice', () => {
    expect(readTitle(stripTitleSuffix('关于报送2024年度法治政府建设年度报告的通知_通知公告_某某市人民政府')).kind).toBe('other');
  });
});
