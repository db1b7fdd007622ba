import { describe, expect, it } from 'vitest';
import { buildOutline, headingTitle, markerNumber, matchMarker, sectionPaths } from '../../lib/core/outline';
import type { Block } from '../../lib/core/types';
import { seedParagraphs } from '../support/seeds';

const blocks = (texts: string[]): Block[] =>
  texts.map((text) => ({ text, tag: 'p', bold: false, boldLead: 0, centered: false, heading: false }));

describe('markers', () => {
  it('reads full- and half-width markers of every level', () => {
    expect(matchMarker('一、主要举措和成效')?.marker).toBe('一、');
    expect(matchMarker('（一）政府职能依法全面履行')?.marker).toBe('（一）');
    expect(matchMarker('(一)政府职能')?.marker).toBe('(一)');
    expect(matchMarker('1.依法抓好疫情防控')?.marker).toBe('1.');
    expect(matchMarker('1．依法抓好')?.marker).toBe('1．');
    expect(matchMarker('1、依法抓好')?.marker).toBe('1、');
    expect(matchMarker('（1）加强')?.marker).toBe('（1）');
    expect(matchMarker('②加强')?.marker).toBe('②');
    expect(matchMarker('第二部分 工作安排')?.marker).toBe('第二部分');
  });

  it('does not take numbers, enumerations or parentheses inside sentences for markers', () => {
    expect(matchMarker('1.5万人次参加')).toBeNull();
    expect(matchMarker('12.4宪法宣传日')).toBeNull();
    expect(matchMarker('一是牵头成立站区秩序中队')).toBeNull();
    expect(matchMarker('对重点人员(群体)稳控')).toBeNull();
    expect(matchMarker('2020年，天宫殿街道')).toBeNull();
  });

  it('counts markers', () => {
    expect(markerNumber('十一、')).toBe(11);
    expect(markerNumber('（二十）')).toBe(20);
    expect(markerNumber('（３）')).toBe(3);
    expect(markerNumber('⑫')).toBe(12);
  });

  it('takes the lead phrase as the heading', () => {
    expect(headingTitle('依法抓好疫情防控和疫苗接种工作。健全疫情防控')).toBe('依法抓好疫情防控和疫苗接种工作');
    expect(headingTitle('创新工作方法,着力提高依法行政水平。')).toBe('创新工作方法,着力提高依法行政水平');
    expect(headingTitle('主要举措和成效')).toBe('主要举措和成效');
    expect(headingTitle('加强组织领导 区委高度重视法治政府建设工作，定期听取汇报，研究解决重大问题')).toBe('加强组织领导');
    expect(headingTitle('加强组织领导 统筹推进')).toBe('加强组织领导 统筹推进');
  });
});

describe('outline of the seed reports', () => {
  it('nests 一、 (一) 1. in seed 000 and finds its four parts', () => {
    const { entries, problems } = buildOutline(blocks(seedParagraphs('000')));
    const top = entries.filter((e) => e.level === 1).map((e) => e.marker + e.title);
    expect(top).toEqual([
      '一、主要举措和成效',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '三、存在的不足和原因',
      '四、2022年推进法治政府建设的工作思路目标举措',
    ]);
    expect(entries.find((e) => e.marker === '1.')).toMatchObject({ level: 3, title: '依法抓好疫情防控和疫苗接种工作' });
    expect(problems).toEqual([]);
  });

  it('does not take 一是 enumerations for headings (seed 001)', () => {
    const { entries } = buildOutline(blocks(seedParagraphs('001')));
    expect(entries.some((e) => e.title.startsWith('是'))).toBe(false);
    expect(entries.filter((e) => e.level === 1)).toHaveLength(3);
    expect(entries.filter((e) => e.level === 2)).toHaveLength(13);
  });

  it('makes levels relative when a report uses only (一) and 1.', () => {
    const { entries } = buildOutline(
      blocks(['（一）加强组织领导', '正文。', '1.开展法治宣传。内容', '2.加强服务。内容', '（二）完善制度']),
    );
    expect(entries.map((e) => e.level)).toEqual([1, 2, 2, 1]);
  });

  it('reports skipped, repeated and out-of-order numbering', () => {
    const { problems } = buildOutline(blocks(['一、甲', '三、乙', '（一）丙', '（一）丁', '（三）戊', '（二）己']));
    expect(problems.map((p) => [p.kind, p.marker])).toEqual([
      ['skipped', '三、'],
      ['repeated', '（一）'],
      ['skipped', '（三）'],
      ['out-of-order', '（二）'],
    ]);
  });

  it('restarts lower levels under a new parent', () => {
    const { problems } = buildOutline(blocks(['一、甲', '（一）子', '（二）子', '二、乙', '（一）子']));
    expect(problems).toEqual([]);
  });

  it('gives every paragraph its section path', () => {
    const { entries } = buildOutline(blocks(['前言。', '一、甲', '（一）子', '正文。', '二、乙']));
    expect(sectionPaths(5, entries)).toEqual(['', '一、甲', '一、甲 > （一）子', '一、甲 > （一）子', '二、乙']);
  });
});
