// The outline holds the report alone: not a table's rows, not the title repeated
// in the body, not run-in enumerations; appendices after the sign-off are parts of their own.
import { describe, expect, it } from 'vitest';
import { appendixStart, buildOutline, headingText, matchAppendix, sectionPaths } from '../../lib/core/outline';
import type { Block } from '../../lib/core/types';

type Spec = string | (Partial<Block> & { text: string });
const blocks = (specs: Spec[]): Block[] =>
  specs.map((s) => ({ tag: 'p', bold: false, boldLead: 0, centered: false, heading: false, ...(typeof s === 'string' ? { text: s } : s) }));
const cell = (text: string): Spec => ({ text, tag: 'td', inTable: true });
const bold = (text: string): Spec => ({ text, bold: true, boldLead: text.length });
const centred = (text: string): Spec => ({ text, bold: true, centered: true, boldLead: text.length });
const outline = (specs: Spec[], title = '') => buildOutline(blocks(specs), title);
const written = (specs: Spec[], title = '') =>
  outline(specs, title).entries.map((e) => `${e.level}${e.appendix ? 'A' : ''} ${e.marker}${e.title}`);

describe('rows of a statistics table', () => {
  const report = [
    '一、总体情况',
    '全年主动公开政府信息1200条。',
    '二、收到和处理政府信息公开申请情况',
    cell('一、本年新收政府信息公开申请数量'),
    cell('36'),
    cell('二、上年结转政府信息公开申请数量'),
    cell('2'),
    cell('三、本年度办理结果'),
    cell('（一）予以公开'),
    cell('20'),
    '三、存在的主要问题及改进情况',
  ];

  it('gives no outline entries', () => {
    expect(written(report)).toEqual(['1 一、总体情况', '1 二、收到和处理政府信息公开申请情况', '1 三、存在的主要问题及改进情况']);
  });

  it('makes no numbering problem: 一、 in the table does not restart the report', () => {
    expect(outline(report).problems).toEqual([]);
  });

  it('still reads the same lines as headings when they are paragraphs', () => {
    expect(written(['一、本年新收申请', '二、上年结转申请'])).toEqual(['1 一、本年新收申请', '1 二、上年结转申请']);
  });
});

describe('the title repeated at the top of the body', () => {
  const title = '某区人民政府关于2023年度法治政府建设情况的报告';

  it('is the title, whole or split over two lines, not marker-less headings', () => {
    expect(
      written(
        [
          centred('某区人民政府关于2023年度'),
          centred('法治政府建设情况的报告'),
          '2023年，我区坚持以习近平法治思想为指导，全面推进依法行政，各项工作取得新进展。',
          '一、主要举措和成效',
        ],
        title,
      ),
    ).toEqual(['1 一、主要举措和成效']);
  });

  it('is the title with its year on a line of its own, and the subtitle and byline under it', () => {
    const body = [
      centred('某区人民政府关于'),
      centred('2023年度'),
      centred('法治政府建设情况的报告'),
      centred('——2024年2月5日在区人民代表大会上'),
      centred('区长 王某某'),
      '2023年，我区坚持以习近平法治思想为指导，全面推进依法行政，各项工作取得新进展。',
      '一、主要举措和成效',
    ];
    expect(written(body, title)).toEqual(['1 一、主要举措和成效']);
  });

  it('does not hide a bold heading once the report has begun', () => {
    const body = [
      centred('某区人民政府关于2023年度法治政府建设情况的报告'),
      '2023年，我区坚持以习近平法治思想为指导，全面推进依法行政，各项工作取得新进展。',
      bold('主要举措和成效'),
      '全年制定规范性文件5件。',
    ];
    expect(written(body, title)).toEqual(['1 主要举措和成效']);
  });

  it('leaves signature and date lines out of the outline, bold or not', () => {
    expect(written(['一、主要举措', '正文。', bold('某区人民政府'), bold('2024年3月5日')])).toEqual(['1 一、主要举措']);
  });
});

describe('run-in enumerations', () => {
  it('stay text when each opens its own paragraph, bold or not', () => {
    const body = [
      '（一）加强组织领导',
      bold('一是健全工作机制。'),
      { text: '二是压实工作责任。区政府常务会议专题研究法治政府建设3次。', boldLead: 9 },
      { text: '第一，坚持依法决策。重大行政决策全部经过合法性审查。', boldLead: 7 },
      { text: '首先，强化学法用法。全年开展会前学法12次。', boldLead: 7 },
      { text: '三要抓好督察整改。', bold: true, boldLead: 9 },
      '（二）完善制度体系',
    ];
    expect(written(body)).toEqual(['1 （一）加强组织领导', '1 （二）完善制度体系']);
  });

  it('are not confused with a bold heading that merely begins with a numeral word', () => {
    expect(written(['（一）加强组织领导', bold('一体推进法治政府建设')])).toEqual(['1 （一）加强组织领导', '2 一体推进法治政府建设']);
  });
});

describe('appendices after the sign-off', () => {
  const report = [
    '一、主要举措和成效',
    '（一）依法全面履行政府职能',
    '全年办结行政许可事项3200件。',
    '二、存在的不足和原因',
    '三、下一年度工作安排',
    '某区人民政府',
    '2024年3月5日',
    '附件1',
    '2023年度行政执法情况统计说明',
    '一、行政许可情况',
    '全年办理行政许可3200件。',
    '二、行政处罚情况',
    '（一）一般程序案件',
    '附件2：名词解释',
    '1.“一网通办”：企业和群众办事一个入口。',
    '2.“综合查一次”：对同一对象的多项检查合并进行。',
  ];

  it('become parts of their own at the end, the appendix at level 1 and its headings below', () => {
    expect(written(report)).toEqual([
      '1 一、主要举措和成效',
      '2 （一）依法全面履行政府职能',
      '1 二、存在的不足和原因',
      '1 三、下一年度工作安排',
      '1A 附件12023年度行政执法情况统计说明',
      '2A 一、行政许可情况',
      '2A 二、行政处罚情况',
      '3A （一）一般程序案件',
      '1A 附件2：名词解释',
      '2A 1.“一网通办”',
      '2A 2.“综合查一次”',
    ]);
  });

  it('count their numbering afresh: 一、 again is no problem', () => {
    expect(outline(report).problems).toEqual([]);
  });

  it('still report a gap inside an appendix', () => {
    const gap = [...report.slice(0, 10), '三、行政检查情况'];
    expect(outline(gap).problems.map((p) => p.marker)).toEqual(['三、']);
  });

  it('tell where the appendices begin, and give their paragraphs appendix section paths', () => {
    const { entries } = outline(report);
    expect(appendixStart(entries)).toBe(7);
    const paths = sectionPaths(report.length, entries);
    expect(paths[10]).toBe('附件1 2023年度行政执法情况统计说明 > 一、行政许可情况');
    expect(paths[6]).toBe('三、下一年度工作安排');
  });

  it('follow a closing exhortation in a 政府工作报告 too, and 名词解释 alone heads one', () => {
    const body = [
      '一、工作回顾',
      '二、今年工作安排',
      '各位代表！让我们团结一心，奋力谱写新篇章！',
      '名词解释',
      '1.“两新”：大规模设备更新和消费品以旧换新。',
    ];
    expect(written(body)).toEqual(['1 一、工作回顾', '1 二、今年工作安排', '1A 名词解释', '2A 1.“两新”']);
  });

  it('are not taken from an 附件 line inside the report, or a link to an attached file', () => {
    const inside = ['一、总体情况', '附件：统计表', '二、主动公开情况', '特此报告。', '附件：2023年度报告.pdf'];
    expect(written(inside)).toEqual(['1 一、总体情况', '1 二、主动公开情况']);
    expect(matchAppendix('附件：2023年度报告.pdf')).toBeNull();
    expect(matchAppendix('附件')).toEqual({ marker: '附件', title: '' });
    expect(matchAppendix('附：工作台账')).toEqual({ marker: '附：', title: '工作台账' });
    expect(matchAppendix('附近社区开展活动')).toBeNull();
    expect(appendixStart(outline(inside).entries)).toBe(-1);
  });

  it('write an appendix marker and its title with a space, other markers without', () => {
    expect(headingText({ marker: '附件1', title: '统计说明' })).toBe('附件1 统计说明');
    expect(headingText({ marker: '附件：', title: '统计说明' })).toBe('附件：统计说明');
    expect(headingText({ marker: '一、', title: '总体情况' })).toBe('一、总体情况');
  });
});

describe('a numbered list item whose text begins with digits', () => {
  it('is the next item when it follows its number, with a year or a 5+2 name after the point', () => {
    const list = ['1.“双一流”：大学和学科。', '2.“双招双引”：招才引智。', '3.2026年十件民生实事：内容。', '4.5+2就业之家：五级两类。'];
    expect(written(list).map((e) => e.slice(0, 8))).toEqual(['1 1.“双一流', '1 2.“双招双', '1 3.2026', '1 4.5+2就']);
    expect(outline(list).problems).toEqual([]);
  });

  it('is a decimal anywhere else', () => {
    expect(written(['1.加强领导。', '3.5万人参加培训。', '2.2026年工作'])).toEqual(['1 1.加强领导', '1 2.2026年工作']);
    expect(written(['7.5万人次参加。'])).toEqual([]);
  });
});

describe('standalone lead lines', () => {
  const long = (s: string) => `${s}，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，各项事业取得新的成绩。`;
  const title = '2026年某省政府工作报告';

  it('are headings between paragraphs of the report, parts beside the numbering when the report opens with them', () => {
    const body = [
      '各位代表：',
      long('现在我代表省人民政府向大会报告工作'),
      '“十四五”时期工作回顾',
      long('五年来'),
      '2026年重点工作',
      long('今年是开局之年'),
      '（一）扩大有效需求',
      long('促进消费'),
      '（二）建设现代化产业体系',
      long('做强制造业'),
    ];
    // Levels are the numbering's: its highest marker stays level 1 (README); the parts stand beside it.
    expect(written(body, title)).toEqual([
      '1 “十四五”时期工作回顾',
      '1 2026年重点工作',
      '1 （一）扩大有效需求',
      '1 （二）建设现代化产业体系',
    ]);
    expect(outline(body, title).problems).toEqual([]);
  });

  it('let the numbering restart under each part without a problem', () => {
    const body = [
      long('开篇'),
      '过去一年工作回顾',
      long('一年来'),
      '一、稳增长',
      long('甲'),
      '今年工作安排',
      long('今年'),
      '一、扩内需',
      long('乙'),
    ];
    expect(written(body, title)).toEqual(['1 过去一年工作回顾', '1 一、稳增长', '1 今年工作安排', '1 一、扩内需']);
    expect(outline(body, title).problems).toEqual([]);
  });

  it('are not a sentence, a salutation, a signature, the title again, or a short line among short lines', () => {
    const body = [
      long('开篇'),
      '一、工作回顾',
      long('回顾'),
      '五年来主要做了以下工作。',
      long('一是'),
      '重点抓好八个方面工作：',
      long('二是'),
      '各位代表',
      long('三是'),
      '某省人民政府',
      long('四是'),
      '2026年某省人民政府工作报告',
      long('五是'),
      '相关链接',
      '下一篇文章的标题',
      long('六是'),
    ];
    expect(written(body, title)).toEqual(['1 一、工作回顾']);
  });
});

describe('marked-up lines that are not headings', () => {
  const text = '今年以来，全区上下坚持稳中求进工作总基调，扎实推进各项工作，经济社会发展取得新成效。';

  it('before the report begins: a toolbar, a source line, a byline, unless the text it heads follows', () => {
    const body = [
      bold('下载'),
      bold('全屏'),
      bold('来源：某某日报'),
      bold('省长 某 某'),
      bold('各位代表'),
      text,
      bold('一年来的主要工作'),
      text,
    ];
    expect(written(body, '2026年某省政府工作报告')).toEqual(['1 一年来的主要工作']);
    // The same opening heading, right under the title, with its text after it.
    expect(written([bold('一年来的主要工作'), text], '2026年某省政府工作报告')).toEqual(['1 一年来的主要工作']);
  });

  it('a byline with a name of any length, followed by a photo caption rather than the report', () => {
    const body = [
      bold('自治区主席 某某·某某某'),
      '1月27日，某某代表自治区人民政府向大会作政府工作报告。本报记者 某某 摄',
      bold('某某某'),
      '省长某某作政府工作报告。某某日报记者 某某某 摄',
      '各位代表：',
      text,
    ];
    expect(written(body, '2026年某自治区政府工作报告')).toEqual([]);
  });

  it('the title again, worded a little differently, in a list of related articles at the end', () => {
    expect(written(['一、工作回顾', text, bold('2026年某省人民政府工作报告'), text], '2026年某省政府工作报告')).toEqual(['1 一、工作回顾']);
  });

  it('a bold line that leads into a list with a colon, or a link ending in >>', () => {
    expect(written(['一、工作安排', text, bold('重点抓好以下工作：'), text, bold('相关链接>>')])).toEqual(['1 一、工作安排']);
  });
});
